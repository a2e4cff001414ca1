import { el, fillTable, numberCell } from '../core/dom.js';
import { localDay } from '../core/format.js';
import { reasonText } from '../core/reasons.js';
import { barChart } from '../charts/bar-chart.js';

// The customs account book, read only: balances per item, the ledger of one item, the period
// reconciliation (the write-off table), consumption variance against the floor's counts, and the
// journal's hash-chain verification.
export class BondedView {
  constructor(context) {
    this.context = context;
    this.tab = 'balances';
    this.balances = null;
    for (const button of document.querySelectorAll('#bonded-tabs button')) button.addEventListener('click', () => this.showTab(button.dataset.tab));
    document.getElementById('verify-journal').addEventListener('click', () => this.verify());
    document.getElementById('ledger-item').addEventListener('change', () => this.ledger());
    document.getElementById('reconciliation-form').addEventListener('submit', (e) => { e.preventDefault(); this.reconciliation(); });
    document.getElementById('variance-form').addEventListener('submit', (e) => { e.preventDefault(); this.variance(); });
    const now = new Date();
    document.getElementById('reconciliation-from').value = localDay(new Date(now.getFullYear(), now.getMonth(), 1));
    document.getElementById('reconciliation-to').value = localDay(new Date(now.getFullYear(), now.getMonth() + 1, 1));
  }

  get book() {
    return `/v1/bonded/books/${encodeURIComponent(this.context.config.book)}`;
  }

  deactivate() {}

  async activate() {
    document.getElementById('book-no').textContent = this.context.config.book;
    await this.showTab(this.tab);
  }

  async showTab(tab) {
    this.tab = tab;
    for (const panel of document.querySelectorAll('.bonded-tab')) panel.hidden = panel.dataset.tab !== tab;
    for (const button of document.querySelectorAll('#bonded-tabs button')) button.setAttribute('aria-pressed', String(button.dataset.tab === tab));
    this.error('');
    if (tab === 'balances' || tab === 'ledger') await this.loadBalances();
    if (tab === 'ledger') await this.ledger();
    if (tab === 'reconciliation') await this.reconciliation();
  }

  error(text) {
    document.getElementById('bonded-error').textContent = text;
  }

  async call(request) {
    try {
      return await request();
    } catch (error) {
      if (error.status === 401) this.context.onUnauthenticated();
      this.error(reasonText(this.context.catalogue, error));
      return null;
    }
  }

  async loadBalances() {
    const { catalogue: c, format: f } = this.context;
    const reply = await this.call(() => this.context.api.get(`${this.book}/balances`));
    if (!reply) return;
    this.balances = reply.rows ?? [];
    fillTable(document.getElementById('balance-table'),
      ['bonded.item', 'bonded.status', 'bonded.name', 'bonded.hs-code', 'bonded.stock', 'bonded.at-subcontractor', 'bonded.defective', 'bonded.book-quantity', 'bonded.suspense', 'bonded.scrap'].map((k) => c.t(k)),
      this.balances.map((r) => ({
        class: Number(r.suspense ?? 0) !== 0 ? 'flagged' : '',
        cells: [r.item, c.t(`bonded-status.${r.status}`), r.name, r.hsCode,
          ...[r.stock, r.atSubcontractor, r.defective, r.book, r.suspense, r.scrap].map((v) => numberCell(f.quantity(v ?? '0', r.declaredUnit)))],
      })));
    const bonded = this.balances.filter((r) => r.status === 'Bonded');
    document.getElementById('balance-chart').replaceChildren(bonded.length
      ? barChart({ items: bonded.map((r) => ({ label: r.item, value: Number(r.book ?? 0), note: `${r.name}: ${f.quantity(r.book ?? '0', r.declaredUnit)}` })), label: c.t('bonded.balances'), formatValue: (v) => f.number(v) })
      : el('p', { class: 'muted' }, c.t('bonded.no-balances')));
    const select = document.getElementById('ledger-item');
    const current = select.value;
    select.replaceChildren(...this.balances.map((r) => new Option(`${r.item} · ${r.name} (${c.t(`bonded-status.${r.status}`)})`, `${r.item}|${r.status}`, false, `${r.item}|${r.status}` === current)));
  }

  async ledger() {
    const { catalogue: c, format: f } = this.context;
    const value = document.getElementById('ledger-item').value;
    if (!value) return;
    const [item, status] = value.split('|');
    const reply = await this.call(() => this.context.api.get(`${this.book}/items/${encodeURIComponent(item)}/ledger`, { status }));
    if (!reply) return;
    const unit = reply.declaredUnit;
    document.getElementById('ledger-summary').replaceChildren(
      el('div', { class: 'figure' }, el('span', { class: 'figure-label' }, c.t('bonded.opening')), el('strong', {}, f.quantity(reply.opening ?? '0', unit))),
      el('div', { class: 'figure' }, el('span', { class: 'figure-label' }, c.t('bonded.closing')), el('strong', {}, f.quantity(reply.closing ?? '0', unit))));
    fillTable(document.getElementById('ledger-table'),
      ['bonded.sequence', 'bonded.posted-at', 'bonded.kind', 'bonded.lot', 'bonded.order', 'bonded.documents', 'bonded.in', 'bonded.out', 'bonded.balance', 'bonded.actor'].map((k) => c.t(k)),
      (reply.lines ?? []).map((l) => ({
        cells: [numberCell(l.sequence), f.dateTime(l.postedAt), c.has(`kind.${l.effectiveKind || l.kind}`) ? c.t(`kind.${l.effectiveKind || l.kind}`) : l.kind,
          l.lot, l.order, l.documents, numberCell(l.in ? f.number(l.in) : ''), numberCell(l.out ? f.number(l.out) : ''), numberCell(f.number(l.balance)), l.actor],
      })));
  }

  async reconciliation() {
    const { catalogue: c, format: f } = this.context;
    const from = new Date(`${document.getElementById('reconciliation-from').value}T00:00:00`);
    const to = new Date(`${document.getElementById('reconciliation-to').value}T00:00:00`);
    const reply = await this.call(() => this.context.api.get(`${this.book}/reconciliation`, { from: from.toISOString(), to: to.toISOString() }));
    if (!reply) return;
    const verdict = document.getElementById('reconciliation-verdict');
    verdict.className = `badge ${reply.reconciles ? 'ok' : 'bad'}`;
    verdict.textContent = c.t(reply.reconciles ? 'bonded.reconciles' : 'bonded.does-not-reconcile');
    fillTable(document.getElementById('reconciliation-table'),
      ['bonded.item', 'bonded.status', 'bonded.opening', 'bonded.receipts', 'bonded.consumed', 'bonded.produced', 'bonded.exported', 'bonded.domestic-sold', 'bonded.expected-closing', 'bonded.closing', 'bonded.reconciled'].map((k) => c.t(k)),
      (reply.rows ?? []).map((r) => ({
        class: r.reconciles ? '' : 'flagged',
        cells: [r.item, c.t(`bonded-status.${r.status}`), ...[r.opening, r.receipts, r.consumed, r.produced, r.exported, r.domesticSold, r.expectedClosing, r.closing].map((v) => numberCell(f.number(v ?? '0'))),
          { value: r.reconciles ? '✓' : '✗', class: r.reconciles ? 'ok-text' : 'error-text' }],
      })));
  }

  async variance() {
    const { catalogue: c, format: f } = this.context;
    const actuals = document.getElementById('variance-actuals').value.split('\n').map((line) => line.split(',').map((s) => s.trim()))
      .filter((parts) => parts.length === 3 && parts.every(Boolean)).map(([order, part, stockQuantity]) => ({ order, part, stockQuantity }));
    const tolerancePercent = document.getElementById('variance-tolerance').value.trim() || '0';
    const reply = await this.call(() => this.context.api.post(`${this.book}/consumption-variance`, { tolerancePercent, actuals }));
    if (!reply) return;
    fillTable(document.getElementById('variance-table'),
      ['bonded.order', 'bonded.product', 'bonded.material', 'bonded.declared', 'bonded.actual', 'bonded.variance-amount', 'bonded.variance-percent', 'bonded.flag'].map((k) => c.t(k)),
      (reply.rows ?? []).map((r) => ({
        class: r.outsideTolerance ? 'flagged' : '',
        cells: [r.order, r.product, r.material, numberCell(f.quantity(r.declared, r.declaredUnit)), numberCell(f.quantity(r.actual, r.declaredUnit)),
          numberCell(f.number(r.variance)), numberCell(f.number(r.variancePercent, { maximumFractionDigits: 2 })),
          { value: c.t(r.outsideTolerance ? 'bonded.outside-tolerance' : 'bonded.within-tolerance'), class: r.outsideTolerance ? 'error-text' : 'ok-text' }],
      })));
  }

  async verify() {
    const { catalogue: c, format: f } = this.context;
    const result = document.getElementById('verify-result');
    result.className = 'badge';
    result.textContent = c.t('bonded.verifying');
    const reply = await this.call(() => this.context.api.get(`${this.book}/journal/verification`));
    if (!reply) {
      result.textContent = '';
      return;
    }
    result.className = `badge ${reply.intact ? 'ok' : 'bad'}`;
    result.dataset.intact = String(!!reply.intact);
    result.textContent = reply.intact
      ? c.t('bonded.journal-intact', { count: f.integer(reply.entriesChecked) })
      : c.t('bonded.journal-broken', { sequence: reply.firstBroken?.sequence ?? '?', problem: reply.firstBroken?.problem ?? '' });
  }
}
