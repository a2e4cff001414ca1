import { LiveStream } from '../core/live-stream.js';
import { el, fillTable } from '../core/dom.js';
import { reasonText } from '../core/reasons.js';
import { e10States, stateClass } from './machine-states.js';

// The line as it is now: one tile per workstation in route order with its machine state, alarm,
// counters, operator and order, kept live by the WatchLine stream (the view first, then every change).
export class LineView {
  constructor(context) {
    this.context = context;
    this.stream = null;
    this.view = null;
  }

  async activate() {
    const { api, lineId } = this.context;
    this.view = null;
    document.getElementById('line-tiles').replaceChildren();
    if (!lineId) return;
    this.stream = new LiveStream(api, `/v1/lines/${encodeURIComponent(lineId)}/watch`, {
      onMessage: (view) => this.render(view),
      onState: (state) => this.showState(state),
      onRefused: (error) => this.refused(error),
    }).start();
  }

  deactivate() {
    this.stream?.stop();
    this.stream = null;
  }

  showState(state) {
    const badge = document.getElementById('line-live');
    badge.dataset.state = state;
    badge.className = `badge ${state === 'live' ? 'ok' : state === 'refused' ? 'bad' : ''}`;
    badge.textContent = this.context.catalogue.t(`live.${state}`);
  }

  refused(error) {
    if (error.status === 401) this.context.onUnauthenticated();
    document.getElementById('line-tiles').replaceChildren(el('p', { class: 'error-text' }, reasonText(this.context.catalogue, error)));
  }

  render(view) {
    this.view = view;
    const { catalogue: c } = this.context;
    document.getElementById('line-name').textContent = view.name ?? view.lineId;
    const tiles = view.workstations ?? [];
    document.getElementById('line-tiles').replaceChildren(...tiles.map((tile) => this.tile(tile)));
    const counts = Object.fromEntries(e10States.map(([name]) => [name, 0]));
    for (const tile of tiles) counts[tile.machine?.e10State ?? 'NonScheduled'] = (counts[tile.machine?.e10State ?? 'NonScheduled'] ?? 0) + 1;
    document.getElementById('line-summary').replaceChildren(...e10States.map(([name, cls]) =>
      el('div', { class: `summary-item ${cls}` }, el('span', { class: 'dot' }), el('span', {}, c.t(`e10.${name}`)), el('strong', {}, this.context.format.integer(counts[name])))));
    this.renderAlarms(tiles);
  }

  tile(tile) {
    const { catalogue: c, format: f } = this.context;
    const machine = tile.machine ?? {};
    const e10 = machine.e10State || 'NonScheduled';
    const alarm = machine.alarmActive;
    const counters = machine.totalCount !== undefined
      ? el('dl', { class: 'counters' },
        el('div', {}, el('dt', {}, c.t('line.good')), el('dd', {}, f.integer(machine.goodCount))),
        el('div', {}, el('dt', {}, c.t('line.reject')), el('dd', {}, f.integer(machine.rejectCount))),
        el('div', {}, el('dt', {}, c.t('line.total')), el('dd', {}, f.integer(machine.totalCount))))
      : null;
    const downtime = tile.openDowntime;
    return el('article', {
      class: `tile ${stateClass(e10)} ${alarm ? 'alarm' : ''} ${machine.link && machine.link.state !== 'Connected' ? 'unlinked' : ''}`,
      dataset: { workstation: tile.workstationId, e10, alarm: alarm ? machine.alarmCode || 'ALARM' : '' },
      'aria-label': `${tile.name}: ${c.t(`e10.${e10}`)}`,
    },
    el('header', {}, el('h3', {}, tile.name), el('span', { class: 'muted id' }, tile.workstationId)),
    el('div', { class: 'state' }, el('span', { class: 'state-word' }, c.t(`e10.${e10}`)),
      machine.packmlState && machine.packmlState !== 'Undefined' ? el('span', { class: 'packml muted' }, machine.packmlState) : null),
    alarm ? el('p', { class: 'alarm-line', role: 'alert' }, el('strong', {}, machine.alarmCode), ' ', machine.alarmText) : null,
    // A machine the MES cannot hear: the state above is the last one it reported.
    machine.link && machine.link.state !== 'Connected'
      ? el('p', { class: 'link-line', role: 'status', dataset: { link: machine.link.state } },
        c.t(`line.link.${machine.link.state}`, { time: f.time(machine.link.since) }),
        machine.link.problem ? el('span', { class: 'muted' }, ` · ${machine.link.problem}`) : null)
      : null,
    downtime ? el('p', { class: 'downtime muted' }, c.t('line.down-since', { time: f.time(downtime.startedAt) }),
      downtime.reasonCode ? ` · ${downtime.reasonCode}` : '') : null,
    counters,
    el('footer', { class: 'muted' },
      el('span', {}, tile.operator ? `${c.t('line.operator')}: ${tile.operator.name}` : c.t('line.no-operator')),
      el('span', {}, tile.orderNo ? `${c.t('line.order')}: ${tile.orderNo}` : '')));
  }

  renderAlarms(tiles) {
    const { catalogue: c, format: f } = this.context;
    const rows = tiles.filter((t) => t.machine?.alarmActive).map((t) => ({
      class: 'flagged',
      cells: [t.name, t.machine.alarmCode, t.machine.alarmText, f.dateTime(t.openDowntime?.startedAt ?? t.machine.since)],
    }));
    const table = document.getElementById('alarm-table');
    fillTable(table, ['line.workstation', 'line.alarm-code', 'line.alarm-text', 'line.since'].map((k) => c.t(k)), rows);
    table.hidden = rows.length === 0;
    document.getElementById('alarm-none').hidden = rows.length > 0;
  }
}
