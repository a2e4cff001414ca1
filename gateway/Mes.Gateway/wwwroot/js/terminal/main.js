import { Api, newRequestId } from '../core/api.js';
import { ApiError } from '../core/api-error.js';
import { applyCatalogue, fillLanguageChoice, loadCatalogue } from '../core/i18n.js';
import { Formatter } from '../core/format.js';
import { chosenLanguage, rememberLanguage } from '../core/language-choice.js';
import { reasonText } from '../core/reasons.js';
import { Flash } from './flash.js';
import { OfflineQueue } from './offline-queue.js';
import { ScanField } from './scan-field.js';
import { terminalStore } from './terminal-store.js';
import { WorkScreen } from './work-screen.js';

// The workstation terminal (kiosk): the device signs in with its terminal key, an operator badges in,
// and everything after is a scan or a large button. Changes go out with a request id; when the gateway
// cannot be reached they wait in the offline queue and go out in order when it is back.
class Terminal {
  constructor() {
    this.catalogue = null;
    this.format = null;
    this.workstationId = null;
    this.status = null;
    this.instruction = null;
    this.mode = { name: 'unit' };
    this.defectSerial = null;
    this.online = true;
    this.flash = new Flash(document.getElementById('flash'));
    this.screen = new WorkScreen(this);
    this.deviceApi = new Api(() => ({ terminalKey: terminalStore.key }));
    this.operatorApi = new Api(() => ({ token: terminalStore.operator?.token }));
    this.queue = new OfflineQueue('mes.terminal.queue', (item) => this.replayOne(item), () => this.showQueue());
    this.scanField = new ScanField(document.getElementById('scan'), (value) => this.scan(value));
  }

  // A queued change sent again; a token that expired meanwhile sends the operator back to the badge.
  async replayOne(item) {
    try {
      return await this.operatorApi.post(item.path, item.body);
    } catch (error) {
      if (error.status === 401) terminalStore.operator = null;
      throw error;
    }
  }

  get units() {
    return terminalStore.units;
  }

  set units(units) {
    terminalStore.units = units;
    this.screen.renderUnits();
  }

  t(key, params) {
    return this.catalogue.t(key, params);
  }

  reason(error) {
    return reasonText(this.catalogue, error);
  }

  async start() {
    await this.useLanguage(chosenLanguage(`operator.${terminalStore.operator?.badge}`, 'terminal', 'browser'));
    this.bind();
    this.setOnline(true);
    this.showQueue();
    setInterval(() => this.heartbeat(), 2000);
    if (!terminalStore.key) return this.stage('provision');
    try {
      const who = await this.deviceApi.get('/v1/auth/whoami');
      this.workstationId = who.workstationId;
    } catch (error) {
      if (error.status === 401) {
        terminalStore.key = null;
        this.flash.show('fail', this.t('terminal.key-refused'), this.reason(error));
        return this.stage('provision');
      }
      this.flash.show('fail', this.t('reason.GATEWAY_UNREACHABLE'), this.reason(error));
      return this.stage(terminalStore.operator ? 'work' : 'badge');
    }
    if (!terminalStore.operator) return this.stage('badge');
    await this.stage('work');
    this.heartbeat();
  }

  bind() {
    document.getElementById('language').addEventListener('change', async (event) => {
      const owner = terminalStore.operator ? `operator.${terminalStore.operator.badge}` : 'terminal';
      rememberLanguage(owner, event.target.value);
      await this.useLanguage(event.target.value);
      this.showQueue();
      this.screen.render();
      this.prompt();
    });
    document.getElementById('pass').addEventListener('click', () => this.completeLatest(true));
    document.getElementById('fail').addEventListener('click', () => this.units.length && this.askDefects(this.units[this.units.length - 1].serial));
    document.getElementById('select-order').addEventListener('click', () => this.setMode({ name: 'order' }));
    document.getElementById('cancel-mode').addEventListener('click', () => this.setMode({ name: 'unit' }));
    document.getElementById('log-out').addEventListener('click', () => this.logOut());
    document.getElementById('defects-cancel').addEventListener('click', () => document.getElementById('defects').close());
    document.getElementById('defects-confirm').addEventListener('click', () => this.confirmDefects());
    window.addEventListener('online', () => this.heartbeat());
  }

  async useLanguage(code) {
    this.catalogue = await loadCatalogue(code);
    this.format = new Formatter(this.catalogue);
    applyCatalogue(this.catalogue);
    document.title = `${this.t('app.name')} · ${this.t('terminal.title')}`;
    await fillLanguageChoice(document.getElementById('language'), this.catalogue.meta.code);
  }

  async stage(name) {
    this.stageName = name;
    for (const section of document.querySelectorAll('.stage')) section.classList.toggle('hidden', section.id !== `stage-${name}`);
    document.getElementById('actions').classList.toggle('hidden', name !== 'work');
    document.body.dataset.stage = name;
    const operator = terminalStore.operator;
    document.getElementById('operator-name').textContent = name === 'work' && operator ? operator.name : '';
    if (name === 'work') {
      await this.refresh(true);
      await this.loadDefectCodes();
    }
    this.setMode({ name: name === 'work' && this.status && !this.status.order ? 'order' : 'unit' });
  }

  setMode(mode) {
    this.mode = mode;
    document.getElementById('cancel-mode').classList.toggle('hidden', mode.name === 'unit');
    document.body.dataset.mode = mode.name;
    this.prompt();
  }

  prompt() {
    const text = {
      provision: () => this.t('terminal.prompt-key'),
      badge: () => this.t('terminal.prompt-badge'),
      work: () => ({
        unit: () => this.t('terminal.prompt-unit'),
        order: () => this.t('terminal.prompt-order'),
        lot: () => this.t('terminal.prompt-lot', { slot: this.mode.slot }),
      })[this.mode.name](),
    }[this.stageName ?? 'badge'];
    document.getElementById('prompt').textContent = text();
  }

  async refresh(withInstruction = false) {
    if (!this.workstationId) return;
    const path = `/v1/workstations/${encodeURIComponent(this.workstationId)}`;
    try {
      const status = await this.deviceApi.get(`${path}/status`);
      const orderChanged = status.order?.orderNo !== this.status?.order?.orderNo;
      this.status = status;
      if (withInstruction || orderChanged || !this.instruction) this.instruction = await this.deviceApi.get(`${path}/instruction`);
      this.setOnline(true);
    } catch (error) {
      if (error.retryable) this.setOnline(false);
    }
    this.screen.render();
  }

  async loadDefectCodes() {
    const codes = await (await fetch('config/defect-codes.json', { cache: 'no-cache' })).json();
    document.getElementById('defect-codes').replaceChildren(...codes.map((code) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'reason defect';
      button.dataset.defect = code;
      button.setAttribute('aria-pressed', 'false');
      button.textContent = this.catalogue.has(`defect.${code}`) ? this.t(`defect.${code}`) : code;
      button.addEventListener('click', () => button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true')));
      return button;
    }));
  }

  // Every scan lands here; what it means depends on the stage and on what the terminal asked for.
  async scan(value) {
    this.flash.hide();
    if (document.getElementById('defects').open) return this.toggleDefect(value);
    if (this.stageName === 'provision') return this.provision(value);
    if (this.stageName === 'badge') return this.badgeIn(value);
    if (this.mode.name === 'order') return this.change('order', { orderNo: value }, this.t('terminal.done-order', { order: value }));
    if (this.mode.name === 'lot') {
      const slot = this.mode.slot;
      return this.change(`slots/${encodeURIComponent(slot)}/load`, { lotNo: value }, this.t('terminal.done-load', { lot: value, slot }));
    }
    if (this.units.some((u) => u.serial === value)) return this.complete(value, true);
    return this.startUnit(value);
  }

  async provision(key) {
    terminalStore.key = key;
    try {
      const who = await this.deviceApi.get('/v1/auth/whoami');
      if (!who.roles?.includes('terminal')) throw new ApiError({ status: 403, reason: 'NOT_A_TERMINAL_KEY' });
      this.workstationId = who.workstationId;
      this.flash.show('pass', this.t('terminal.provisioned', { workstation: who.workstationId }));
      await this.stage('badge');
    } catch (error) {
      terminalStore.key = null;
      this.flash.show('fail', this.t('terminal.key-refused'), this.reason(error));
    }
  }

  async badgeIn(badge) {
    try {
      const token = await this.deviceApi.post('/v1/auth/badge-login', { badge });
      terminalStore.operator = { token: token.accessToken, expiresAt: token.expiresAt, badge, name: badge };
      const status = await this.operatorApi.post(`/v1/workstations/${encodeURIComponent(this.workstationId)}/login`, { requestId: newRequestId(), badge });
      terminalStore.operator = { ...terminalStore.operator, name: status.operator?.name ?? badge };
      const own = chosenLanguage(`operator.${badge}`);
      if (own && own !== this.catalogue.meta.code) await this.useLanguage(own);
      this.flash.show('pass', this.t('terminal.welcome', { name: terminalStore.operator.name }));
      await this.stage('work');
      await this.replay();
    } catch (error) {
      terminalStore.operator = null;
      this.flash.show('fail', this.t('terminal.badge-refused'), this.reason(error));
    }
  }

  async logOut() {
    const path = `/v1/workstations/${encodeURIComponent(this.workstationId)}/logout`;
    try {
      if (this.queue.length === 0) await this.operatorApi.post(path, { requestId: newRequestId() });
    } catch (error) {
      if (!error.retryable) this.flash.show('fail', this.t('terminal.refused'), this.reason(error));
    }
    terminalStore.operator = null;
    await this.useLanguage(chosenLanguage('terminal', 'browser'));
    await this.stage('badge');
  }

  async startUnit(serial) {
    const started = await this.change(`units/${encodeURIComponent(serial)}/start`, { serial }, null);
    if (!started) return;
    const unit = started.result;
    this.units = [...this.units.filter((u) => u.serial !== serial), {
      serial, queued: !!started.queued, operationId: unit?.current?.operationId, startedAt: unit?.current?.startedAt ?? new Date().toISOString(),
    }];
    if (!started.queued) this.flash.show('pass', this.t('terminal.done-start', { serial }), unit?.current?.operationId ?? '');
  }

  completeLatest(passed) {
    const latest = this.units[this.units.length - 1];
    if (latest) this.complete(latest.serial, passed);
    else this.flash.show('fail', this.t('terminal.refused'), this.t('terminal.nothing-to-complete'));
  }

  async complete(serial, passed, defectCodes = []) {
    const body = { serial, result: passed ? 'OPERATION_RESULT_PASS' : 'OPERATION_RESULT_FAIL', defectCodes, measurements: this.screen.measurements() };
    const done = await this.change(`units/${encodeURIComponent(serial)}/complete`, body, null);
    if (!done) return;
    this.units = this.units.filter((u) => u.serial !== serial);
    this.screen.clearMeasurements();
    if (!done.queued) {
      this.flash.show(passed ? 'pass' : 'done-fail', this.t(passed ? 'terminal.done-pass' : 'terminal.done-fail', { serial }),
        done.result?.nextOperationId ? this.t('terminal.next-operation', { operation: done.result.nextOperationId }) : '');
    }
  }

  askDefects(serial) {
    this.defectSerial = serial;
    for (const button of document.querySelectorAll('#defect-codes button')) button.setAttribute('aria-pressed', 'false');
    document.getElementById('defects').showModal();
  }

  toggleDefect(code) {
    const button = document.querySelector(`#defect-codes button[data-defect="${CSS.escape(code)}"]`);
    if (button) button.setAttribute('aria-pressed', 'true');
    else this.flash.show('fail', this.t('terminal.refused'), this.t('terminal.unknown-defect', { code }));
  }

  async confirmDefects() {
    const codes = [...document.querySelectorAll('#defect-codes button[aria-pressed="true"]')].map((b) => b.dataset.defect);
    document.getElementById('defects').close();
    await this.complete(this.defectSerial, false, codes);
  }

  startLoading(slot) {
    this.setMode({ name: 'lot', slot });
  }

  async reportDowntime(reasonCode) {
    await this.change('downtime', { reasonCode }, this.t('terminal.done-downtime', { reason: reasonCode }));
  }

  // Sends a change to the workstation, or queues it: behind anything already queued (order matters),
  // or when the gateway does not answer. A refusal flashes red with the reason in the worker's words.
  async change(action, fields, doneText) {
    const item = {
      path: `/v1/workstations/${encodeURIComponent(this.workstationId)}/${action}`,
      body: { requestId: newRequestId(), ...fields },
      label: action.split('/').map(decodeURIComponent).join(' '),
    };
    if (this.queue.length > 0) return this.enqueue(item);
    try {
      const result = await this.operatorApi.post(item.path, item.body);
      this.setOnline(true);
      if (doneText) this.flash.show('pass', doneText);
      if (action === 'order' || action.startsWith('slots/')) this.setMode({ name: 'unit' });
      await this.afterChange(result);
      return { result };
    } catch (error) {
      if (error.retryable) return this.enqueue(item);
      if (error.status === 401) return this.tokenExpired();
      this.flash.show('fail', this.t('terminal.refused'), this.reason(error));
      return null;
    }
  }

  async afterChange(result) {
    if (result?.workstationId && result.sequence !== undefined) {
      const orderChanged = result.order?.orderNo !== this.status?.order?.orderNo;
      this.status = result;
      if (orderChanged) await this.refresh(true);
      else this.screen.render();
    } else {
      await this.refresh();
    }
  }

  enqueue(item) {
    this.queue.add(item);
    this.setOnline(false);
    this.flash.show('queued', this.t('terminal.queued-title'), this.t('terminal.queued-text', { count: this.format.integer(this.queue.length) }));
    return { queued: true };
  }

  async tokenExpired() {
    terminalStore.operator = null;
    this.flash.show('fail', this.t('terminal.badge-again'));
    await this.stage('badge');
    return null;
  }

  // The gateway answering its health probe is not enough to call the terminal online: the worker's
  // scans must get through, so the badge turns green only once the queue has gone out.
  async heartbeat() {
    if (this.queue.length === 0 && this.online) return;
    try {
      const response = await fetch('/health/live', { cache: 'no-store' });
      if (!response.ok) return;
    } catch {
      return;
    }
    await this.replay();
    this.setOnline(this.queue.length === 0);
  }

  async replay() {
    if (!terminalStore.operator || this.queue.length === 0) return;
    const answered = await this.queue.replay();
    const refused = answered.filter((a) => a.error);
    if (refused.length) this.showRejected(refused);
    if (answered.length) {
      this.units = this.units.map((u) => ({ ...u, queued: this.queue.items.some((i) => i.body.serial === u.serial) }));
      await this.refresh();
    }
    if (this.queue.length && !terminalStore.operator) await this.tokenExpired();
  }

  showRejected(refused) {
    const box = document.getElementById('rejected');
    box.classList.remove('hidden');
    box.replaceChildren(...refused.map(({ item, error }) => {
      const line = document.createElement('p');
      line.textContent = `${item.label}: ${this.reason(error)}`;
      return line;
    }));
    this.flash.show('fail', this.t('terminal.replay-refused', { count: this.format.integer(refused.length) }), this.reason(refused[0].error));
  }

  setOnline(online) {
    this.online = online;
    const badge = document.getElementById('connection');
    badge.dataset.state = online ? 'online' : 'offline';
    badge.className = `badge ${online ? 'ok' : 'bad'}`;
    badge.textContent = this.t(online ? 'terminal.online' : 'terminal.offline');
  }

  showQueue() {
    const count = this.queue.length;
    const badge = document.getElementById('queue');
    badge.dataset.count = String(count);
    badge.textContent = this.t('terminal.queue', { count: this.format.integer(count) });
    badge.classList.toggle('hidden', count === 0);
  }
}

await new Terminal().start();
