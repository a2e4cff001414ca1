import { el, fillTable } from '../core/dom.js';

// Draws the work stage from what the gateway said (the workstation's status and its work instruction)
// and what this terminal holds (units started here, the slot being loaded).
export class WorkScreen {
  constructor(terminal) {
    this.terminal = terminal;
  }

  get c() {
    return this.terminal.catalogue;
  }

  get f() {
    return this.terminal.format;
  }

  render() {
    const { status, instruction } = this.terminal;
    if (!status) return;
    document.getElementById('station-name').textContent = status.name || status.workstationId;
    document.getElementById('station-id').textContent = status.workstationId;
    document.getElementById('order-no').textContent = status.order?.orderNo ?? this.c.t('terminal.no-order');
    document.getElementById('order-product').textContent = status.order ? `${status.order.productNo}${instruction?.productName ? ` · ${instruction.productName}` : ''}` : '';
    document.getElementById('order-bonded').classList.toggle('hidden', !status.order?.bonded);
    this.renderOperations(instruction);
    this.renderSetup(status, instruction);
    this.renderDowntime(status, instruction);
    this.renderUnits();
    const notReady = document.getElementById('not-ready');
    notReady.classList.toggle('hidden', !status.notReady);
    notReady.textContent = status.notReady ? this.terminal.reason(status.notReady) : '';
  }

  renderOperations(instruction) {
    const operations = instruction?.operations ?? [];
    document.getElementById('operations').replaceChildren(...operations.map((o) =>
      el('li', { class: o.rework ? 'rework' : '' }, el('strong', {}, o.name), ' ', el('span', { class: 'muted' }, `${o.operationId} · ${this.c.t('terminal.certification')}: ${o.certification}`))));
    const steps = operations.flatMap((o) => o.testSteps ?? []);
    const box = document.getElementById('measurements');
    const kept = Object.fromEntries([...box.querySelectorAll('input')].map((i) => [i.name, i.value]));
    box.replaceChildren(...steps.map((s) => el('label', { class: 'measurement', 'data-keeps-focus': true },
      el('span', {}, `${s.name} (${this.limits(s)})`),
      el('input', { name: s.name, inputmode: 'decimal', autocomplete: 'off', value: kept[s.name] ?? '', dataset: { step: s.name } }))));
  }

  limits(step) {
    const low = step.low === '' || step.low === undefined ? '−∞' : this.f.number(step.low);
    const high = step.high === '' || step.high === undefined ? '+∞' : this.f.number(step.high);
    return `${low} … ${high} ${step.unit}`;
  }

  renderSetup(status, instruction) {
    const loaded = Object.fromEntries((status.setup ?? []).map((r) => [r.slot, r]));
    const feeds = instruction?.feeds ?? [];
    const slots = feeds.length ? feeds : (status.setup ?? []).map((r) => ({ slot: r.slot, partNo: r.partNo }));
    fillTable(document.getElementById('setup'), ['terminal.slot', 'terminal.part', 'terminal.qty-per', 'terminal.reel', ''].map((k) => (k ? this.c.t(k) : '')),
      slots.map((feed) => {
        const reel = loaded[feed.slot];
        return {
          class: reel ? '' : 'flagged',
          dataset: { slot: feed.slot },
          cells: [
            feed.slot,
            feed.description ? `${feed.partNo} · ${feed.description}` : feed.partNo,
            feed.qtyPer ? { value: this.f.quantity(feed.qtyPer, feed.unit), class: 'number' } : '',
            reel ? { value: `✓ ${reel.lotNo}`, class: 'ok-text' } : { value: `✗ ${this.c.t('terminal.slot-empty')}`, class: 'error-text' },
            el('button', { type: 'button', class: 'load', onclick: () => this.terminal.startLoading(feed.slot) }, this.c.t('terminal.load')),
          ],
        };
      }));
  }

  renderDowntime(status, instruction) {
    const open = status.openDowntime;
    document.getElementById('open-downtime').textContent = open
      ? this.c.t('terminal.down-since', { time: this.f.time(open.startedAt), reason: open.reasonCode || open.alarmCode || '–' })
      : this.c.t('terminal.running');
    document.getElementById('downtime-reasons').replaceChildren(...(instruction?.downtimeReasons ?? []).map((r) =>
      el('button', { type: 'button', class: `reason ${r.category}`, dataset: { reason: r.code }, onclick: () => this.terminal.reportDowntime(r.code) },
        el('strong', {}, r.code), el('span', {}, this.c.has(`downtime.${r.code}`) ? this.c.t(`downtime.${r.code}`) : r.description))));
  }

  renderUnits() {
    const units = this.terminal.units;
    document.getElementById('units-none').hidden = units.length > 0;
    document.getElementById('units').replaceChildren(...units.map((u) => el('li', { dataset: { serial: u.serial, queued: u.queued ? 'true' : 'false' } },
      el('strong', {}, u.serial),
      el('span', { class: 'muted' }, u.queued ? this.c.t('terminal.queued') : `${u.operationId ?? ''} · ${this.f.time(u.startedAt)}`),
      el('button', { type: 'button', class: 'action pass small', onclick: () => this.terminal.complete(u.serial, true) }, this.c.t('terminal.pass')),
      el('button', { type: 'button', class: 'action fail small', onclick: () => this.terminal.askDefects(u.serial) }, this.c.t('terminal.fail')))));
  }

  measurements() {
    return [...document.querySelectorAll('#measurements input')].filter((i) => i.value.trim()).map((i) => ({ step: i.dataset.step, value: i.value.trim().replace(',', '.') }));
  }

  clearMeasurements() {
    for (const input of document.querySelectorAll('#measurements input')) input.value = '';
  }
}
