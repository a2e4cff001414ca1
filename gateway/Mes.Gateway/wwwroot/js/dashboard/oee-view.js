import { el, fillTable, numberCell } from '../core/dom.js';
import { durationSeconds, localDay } from '../core/format.js';
import { inParallel } from '../core/parallel.js';
import { reasonText } from '../core/reasons.js';
import { barChart } from '../charts/bar-chart.js';
import { paretoChart } from '../charts/pareto-chart.js';
import { trendChart } from '../charts/trend-chart.js';

// OEE of the line, its workstations and its shifts, every figure with the inputs it came from (on hover
// and in the expandable basis): the same numbers the API computes, never recomputed here.
const buckets = { 8: [8, 1], 24: [12, 2], 168: [7, 24] };
const hour = 3600 * 1000;

export class OeeView {
  constructor(context) {
    this.context = context;
    document.getElementById('oee-window').addEventListener('change', () => this.activate());
  }

  deactivate() {}

  async activate() {
    const { lineId } = this.context;
    if (!lineId) return;
    const hours = Number(document.getElementById('oee-window').value);
    const to = new Date();
    const from = new Date(to.getTime() - hours * hour);
    try {
      const line = await this.lineOee(from, to);
      this.renderFigures(line);
      this.renderWorkstations(line);
      this.renderPareto(line);
    } catch (error) {
      document.getElementById('oee-figures').replaceChildren(el('p', { class: 'error-text' }, reasonText(this.context.catalogue, error)));
      return;
    }
    await Promise.all([this.renderTrend(to, hours), this.renderShifts()]);
  }

  lineOee(from, to) {
    return this.context.api.get(`/v1/lines/${encodeURIComponent(this.context.lineId)}/oee`, { from: from.toISOString(), to: to.toISOString() });
  }

  basisText(basis) {
    const { catalogue: c, format: f } = this.context;
    if (!basis) return '';
    return [
      `${c.t('oee.planned-time')}: ${f.duration(durationSeconds(basis.plannedTime))}`,
      `${c.t('oee.run-time')}: ${f.duration(durationSeconds(basis.runTime))}`,
      `${c.t('oee.ideal-cycle')}: ${f.quantity(basis.idealCycleSeconds, 's')}`,
      `${c.t('oee.total-count')}: ${f.integer(basis.totalCount)}`,
      `${c.t('oee.good-count')}: ${f.integer(basis.goodCount)}`,
    ].join('\n');
  }

  renderFigures(line) {
    const { catalogue: c, format: f } = this.context;
    const factors = line.factors ?? {};
    const constraint = (line.workstations ?? []).find((w) => w.workstationId === line.constraintWorkstationId);
    const basis = this.basisText(constraint?.basis);
    const figure = (key, value, note) => el('div', { class: `figure ${key === 'oee' ? 'main' : ''}`, title: note, dataset: { figure: key } },
      el('span', { class: 'figure-label' }, c.t(`oee.${key}`)), el('strong', {}, f.percent(value)), note ? el('small', { class: 'muted' }, note.split('\n')[0]) : null);
    document.getElementById('oee-figures').replaceChildren(
      figure('oee', factors.oee, c.t('oee.formula')),
      figure('availability', factors.availability, basis),
      figure('performance', factors.performance, factors.performanceCapped ? c.t('oee.capped') : basis),
      figure('quality', factors.quality, c.t('oee.quality-rolled')),
      el('details', { class: 'basis' }, el('summary', {}, c.t('oee.basis', { workstation: line.constraintWorkstationId ?? '–' })), el('pre', {}, basis)));
  }

  renderWorkstations(line) {
    const { catalogue: c, format: f } = this.context;
    const rows = (line.workstations ?? []).map((w) => {
      const basis = this.basisText(w.basis);
      return {
        class: w.workstationId === line.constraintWorkstationId ? 'constraint' : '',
        cells: [w.workstationId, ...['oee', 'availability', 'performance', 'quality'].map((k) => numberCell(f.percent(w.factors?.[k]), basis))],
      };
    });
    fillTable(document.getElementById('oee-workstations'), [c.t('line.workstation'), c.t('oee.oee'), c.t('oee.availability'), c.t('oee.performance'), c.t('oee.quality')], rows);
  }

  renderPareto(line) {
    const { catalogue: c, format: f } = this.context;
    const items = (line.workstations ?? []).map((w) => {
      const planned = durationSeconds(w.basis?.plannedTime);
      const run = durationSeconds(w.basis?.runTime);
      return { label: w.workstationId, value: Math.max(0, planned - run), note: this.basisText(w.basis) };
    });
    const box = document.getElementById('oee-pareto');
    box.replaceChildren(items.some((i) => i.value > 0)
      ? paretoChart({ items, label: c.t('oee.pareto'), formatValue: (v) => f.duration(v), formatShare: (s) => f.percent(s, 0) })
      : el('p', { class: 'muted' }, c.t('oee.no-loss')));
  }

  async renderTrend(to, hours) {
    const { catalogue: c, format: f, config } = this.context;
    const [count, size] = buckets[hours] ?? buckets[24];
    const starts = Array.from({ length: count }, (_, i) => new Date(to.getTime() - (count - i) * size * hour));
    const results = await inParallel(starts.map((start) => () => this.lineOee(start, new Date(start.getTime() + size * hour))));
    const points = results.map((r, i) => ({ x: starts[i], y: r.value?.factors ? Number(r.value.factors.oee) : null, note: r.value ? `${c.t('oee.availability')} ${f.percent(r.value.factors.availability)} · ${c.t('oee.performance')} ${f.percent(r.value.factors.performance)} · ${c.t('oee.quality')} ${f.percent(r.value.factors.quality)}` : '' }));
    const formatX = size >= 24 ? (x) => f.date(x) : (x) => f.hour(x);
    document.getElementById('oee-trend').replaceChildren(trendChart({ points, label: c.t('oee.trend'), formatX, formatY: (v) => f.percent(v, 0), target: config.oeeTarget }));
  }

  async renderShifts() {
    const { catalogue: c, format: f, config, api, lineId } = this.context;
    const days = Array.from({ length: config.shiftDays ?? 3 }, (_, i) => localDay(new Date(Date.now() - i * 24 * hour))).reverse();
    const wanted = days.flatMap((day) => (config.shifts ?? []).map((shift) => ({ day, shift })));
    const results = await inParallel(wanted.map(({ day, shift }) => () => api.get(`/v1/lines/${encodeURIComponent(lineId)}/shifts/${day}/${encodeURIComponent(shift)}/oee`)));
    const shown = wanted.map((w, i) => ({ ...w, report: results[i].value })).filter((w) => w.report);
    const label = (w) => `${f.date(`${w.day}T12:00:00`)} ${c.t(`shift.${w.shift}`).startsWith('shift.') ? w.shift : c.t(`shift.${w.shift}`)}`;
    document.getElementById('oee-shifts').replaceChildren(barChart({
      items: shown.map((w) => ({ label: label(w), value: Number(w.report.factors?.oee ?? 0), kind: Number(w.report.factors?.oee ?? 0) < (config.oeeTarget ?? 0) ? 'bad' : 'ok' })),
      label: c.t('oee.by-shift'), formatValue: (v) => f.percent(v), max: 1,
    }));
    fillTable(document.getElementById('oee-shift-table'), [c.t('oee.shift'), c.t('oee.availability'), c.t('oee.performance'), c.t('oee.quality'), c.t('oee.oee')],
      shown.map((w) => ({ cells: [label(w), ...['availability', 'performance', 'quality', 'oee'].map((k) => numberCell(f.percent(w.report.factors?.[k])))] })));
  }
}
