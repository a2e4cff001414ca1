import { el, fillTable, numberCell } from '../core/dom.js';
import { LiveStream } from '../core/live-stream.js';
import { inParallel } from '../core/parallel.js';
import { reasonText } from '../core/reasons.js';
import { barChart } from '../charts/bar-chart.js';
import { orderFigures } from './order-figures.js';

// Orders of the line with progress, yield and work in process; the order picked is followed live
// (WatchOrder) with its yield per operation.
export class OrdersView {
  constructor(context) {
    this.context = context;
    this.stream = null;
    this.selected = null;
  }

  deactivate() {
    this.stream?.stop();
    this.stream = null;
  }

  async activate() {
    const { api, lineId, config, catalogue: c } = this.context;
    const table = document.getElementById('order-table');
    try {
      const list = await api.get('/v1/orders', { lineId, limit: config.orderCount ?? 20 });
      const lines = (list.orders ?? []).filter((o) => o.status !== 'Closed');
      const details = await inParallel(lines.map((o) => () => api.get(`/v1/orders/${encodeURIComponent(o.orderNo)}`)));
      this.renderTable(lines.map((o, i) => details[i].value ?? o));
    } catch (error) {
      table.replaceChildren(el('caption', { class: 'error-text' }, reasonText(c, error)));
    }
    if (this.selected) this.follow(this.selected);
  }

  renderTable(orders) {
    const { catalogue: c, format: f } = this.context;
    const rows = orders.map((order) => {
      const figures = orderFigures(order);
      const bar = el('div', { class: 'progress', title: f.percent(figures.progress) }, el('span', {}));
      bar.firstChild.style.inlineSize = `${figures.progress * 100}%`;
      return {
        dataset: { order: order.orderNo },
        class: order.orderNo === this.selected ? 'selected' : '',
        cells: [
          el('button', { type: 'button', class: 'link', onclick: () => this.follow(order.orderNo) }, order.orderNo),
          order.productNo,
          c.t(`order-status.${order.status}`),
          numberCell(f.integer(figures.quantity)),
          numberCell(f.integer(figures.finished)),
          numberCell(f.integer(figures.wip)),
          numberCell(f.integer(figures.scrapped)),
          bar,
          f.date(order.dueDate),
        ],
      };
    });
    fillTable(document.getElementById('order-table'),
      ['orders.order', 'orders.product', 'orders.status', 'orders.quantity', 'orders.finished', 'orders.wip', 'orders.scrapped', 'orders.progress', 'orders.due'].map((k) => c.t(k)),
      rows);
    if (!rows.length) document.getElementById('order-table').append(el('caption', { class: 'muted' }, c.t('orders.none')));
  }

  follow(orderNo) {
    this.deactivate();
    this.selected = orderNo;
    for (const row of document.querySelectorAll('#order-table tbody tr')) row.classList.toggle('selected', row.dataset.order === orderNo);
    this.stream = new LiveStream(this.context.api, `/v1/orders/${encodeURIComponent(orderNo)}/watch`, {
      onMessage: (order) => this.renderDetail(order),
      onRefused: (error) => { document.getElementById('order-figures').replaceChildren(el('p', { class: 'error-text' }, reasonText(this.context.catalogue, error))); },
    }).start();
  }

  renderDetail(order) {
    const { catalogue: c, format: f } = this.context;
    const figures = orderFigures(order);
    document.getElementById('order-detail-title').textContent = `${order.orderNo} · ${order.productNo} · ${c.t(`order-status.${order.status}`)}`;
    const figure = (key, value) => el('div', { class: 'figure', dataset: { figure: key } }, el('span', { class: 'figure-label' }, c.t(key)), el('strong', {}, value));
    document.getElementById('order-figures').replaceChildren(
      figure('orders.progress', f.percent(figures.progress)),
      figure('orders.finished', `${f.integer(figures.finished)} / ${f.integer(figures.quantity)}`),
      figure('orders.wip', f.integer(figures.wip)),
      figure('orders.scrapped', f.integer(figures.scrapped)),
      figure('orders.rolled-yield', figures.rolledYield === null ? '–' : f.percent(figures.rolledYield)));
    const items = (order.operations ?? []).map((o) => ({
      label: o.operationId,
      value: Number(o.yield ?? 0),
      kind: (o.passed ?? 0) + (o.failed ?? 0) === 0 ? '' : Number(o.yield) < 0.95 ? 'bad' : 'ok',
      note: c.t('orders.passed-failed', { passed: f.integer(o.passed), failed: f.integer(o.failed) }),
    }));
    document.getElementById('order-yield').replaceChildren(el('h3', {}, c.t('orders.yield-by-operation')),
      barChart({ items, label: c.t('orders.yield-by-operation'), formatValue: (v) => f.percent(v), max: 1 }));
  }
}
