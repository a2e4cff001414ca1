import { el, fillTable } from '../core/dom.js';
import { reasonText } from '../core/reasons.js';

// Genealogy search: a serial gives what went into the unit (lots, components, stations, operators);
// a lot number gives its recall list (every unit that used it, with order and shipment). The query is
// tried as a serial first, then as a lot.
export class TraceView {
  constructor(context) {
    this.context = context;
    document.getElementById('trace-form').addEventListener('submit', (e) => { e.preventDefault(); this.search(); });
  }

  deactivate() {}

  async activate() {
    document.getElementById('trace-query').focus();
  }

  async search() {
    const { api, catalogue: c } = this.context;
    const query = document.getElementById('trace-query').value.trim();
    const error = document.getElementById('trace-error');
    const result = document.getElementById('trace-result');
    error.textContent = '';
    result.replaceChildren();
    if (!query) return;
    try {
      this.renderGenealogy(await api.get(`/v1/units/${encodeURIComponent(query)}/genealogy`));
      return;
    } catch (unitError) {
      if (unitError.status !== 404) {
        error.textContent = reasonText(c, unitError);
        return;
      }
    }
    try {
      this.renderRecall(await api.get(`/v1/lots/${encodeURIComponent(query)}/recall`));
    } catch (lotError) {
      error.textContent = lotError.status === 404 ? c.t('trace.not-found', { query }) : reasonText(c, lotError);
    }
  }

  renderGenealogy(trace) {
    const { catalogue: c, format: f } = this.context;
    const lots = el('table', { id: 'trace-lots' });
    fillTable(lots, ['trace.lot', 'trace.part', 'trace.quantity', 'trace.slot', 'line.workstation', 'trace.operation', 'trace.unit'].map((k) => c.t(k)),
      (trace.lots ?? []).map((l) => ({ dataset: { lot: l.lotNo }, cells: [l.lotNo, l.partNo, { value: f.number(l.quantity), class: 'number', title: l.quantitySource }, l.slot, l.workstationId, l.operationId, l.serial] })));
    const operations = el('table', { id: 'trace-operations' });
    fillTable(operations, ['trace.operation', 'line.workstation', 'trace.badge', 'trace.completed', 'trace.result', 'trace.defects'].map((k) => c.t(k)),
      (trace.operations ?? []).map((o) => ({
        class: o.passed ? '' : 'flagged',
        cells: [o.operationId, o.workstationId, o.badge, f.dateTime(o.completedAt), { value: c.t(o.passed ? 'trace.pass' : 'trace.fail'), class: o.passed ? 'ok-text' : 'error-text' }, (o.defectCodes ?? []).join(', ')],
      })));
    document.getElementById('trace-result').replaceChildren(
      el('div', { class: 'panel', dataset: { trace: 'backward' } },
        el('h3', {}, c.t('trace.genealogy-of', { serial: trace.serial })),
        el('p', { class: 'muted' }, c.t('trace.summary', { lots: f.integer(trace.lots?.length ?? 0), components: f.integer(trace.componentSerials?.length ?? 0), operators: (trace.operators ?? []).join(', ') || '–' })),
        (trace.componentSerials ?? []).length ? el('p', {}, `${c.t('trace.components')}: ${trace.componentSerials.join(', ')}`) : null,
        el('h3', {}, c.t('trace.lots')), lots,
        el('h3', {}, c.t('trace.operations')), operations));
  }

  renderRecall(recall) {
    const { catalogue: c, format: f } = this.context;
    const units = el('table', { id: 'trace-units' });
    fillTable(units, ['trace.unit', 'orders.order', 'orders.product', 'trace.shipment', 'trace.via'].map((k) => c.t(k)),
      (recall.units ?? []).map((u) => ({ class: u.shipmentNo ? 'flagged' : '', dataset: { serial: u.serial }, cells: [u.serial, u.orderNo, u.productNo, u.shipmentNo || c.t('trace.in-plant'), u.via] })));
    document.getElementById('trace-result').replaceChildren(
      el('div', { class: 'panel', dataset: { trace: 'forward' } },
        el('h3', {}, c.t('trace.recall-of', { lot: recall.lotNo })),
        el('p', { class: 'muted' }, c.t('trace.recall-summary', { units: f.integer(recall.units?.length ?? 0), orders: f.integer(recall.orders?.length ?? 0), shipments: f.integer(recall.shipments?.length ?? 0) })),
        units));
  }
}
