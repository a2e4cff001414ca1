import { chartRoot, frame, svg, text } from './svg.js';

// A line over time with points, for fractions of one (OEE and its factors): y from 0 to 100 %, a
// dashed target line, one point per period, the period's value on hover.
export function trendChart({ points, label, formatX, formatY, target }) {
  const f = frame(640, 240, { top: 16, right: 16, bottom: 36, left: 48 });
  const root = chartRoot(f.width, f.height, label);
  const x = (i) => f.left + (points.length <= 1 ? f.innerWidth / 2 : (i * f.innerWidth) / (points.length - 1));
  const y = (v) => f.bottom - Math.max(0, Math.min(1, v)) * f.innerHeight;
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    root.append(svg('line', { x1: f.left, x2: f.right, y1: y(tick), y2: y(tick), class: 'grid' }));
    root.append(text(f.left - 6, y(tick) + 4, formatY(tick), { class: 'axis', 'text-anchor': 'end' }));
  }
  if (target !== undefined) {
    root.append(svg('line', { x1: f.left, x2: f.right, y1: y(target), y2: y(target), class: 'target' }));
  }
  const step = Math.max(1, Math.ceil(points.length / 8));
  points.forEach((p, i) => {
    if (i % step === 0) root.append(text(x(i), f.bottom + 18, formatX(p.x), { class: 'axis', 'text-anchor': 'middle' }));
  });
  const known = points.map((p, i) => ({ ...p, i })).filter((p) => p.y !== null && p.y !== undefined);
  if (known.length > 1) {
    root.append(svg('polyline', { points: known.map((p) => `${x(p.i)},${y(p.y)}`).join(' '), class: 'series' }));
  }
  for (const p of known) {
    const dot = svg('circle', { cx: x(p.i), cy: y(p.y), r: 4, class: 'point' });
    const title = svg('title');
    title.textContent = `${formatX(p.x)}: ${formatY(p.y)}${p.note ? `\n${p.note}` : ''}`;
    dot.append(title);
    root.append(dot);
  }
  return root;
}
