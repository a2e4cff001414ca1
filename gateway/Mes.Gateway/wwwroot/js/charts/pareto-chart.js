import { chartRoot, frame, svg, text } from './svg.js';

// Bars sorted from the largest, with the cumulative share as a line over them: the few causes that
// make up most of the loss stand out on the left.
export function paretoChart({ items, label, formatValue, formatShare }) {
  const sorted = [...items].filter((i) => i.value > 0).sort((a, b) => b.value - a.value);
  const f = frame(640, 260, { top: 16, right: 48, bottom: 64, left: 64 });
  const root = chartRoot(f.width, f.height, label);
  const total = sorted.reduce((sum, i) => sum + i.value, 0);
  const max = sorted[0]?.value ?? 1;
  const band = f.innerWidth / Math.max(1, sorted.length);
  const y = (v) => f.bottom - (v / max) * f.innerHeight;
  const yShare = (s) => f.bottom - s * f.innerHeight;
  root.append(svg('line', { x1: f.left, x2: f.right, y1: f.bottom, y2: f.bottom, class: 'grid' }));
  for (const tick of [0, 0.5, 1]) {
    root.append(text(f.left - 6, y(tick * max) + 4, formatValue(tick * max), { class: 'axis', 'text-anchor': 'end' }));
    root.append(text(f.right + 6, yShare(tick) + 4, formatShare(tick), { class: 'axis', 'text-anchor': 'start' }));
  }
  let cumulative = 0;
  const line = [];
  sorted.forEach((item, i) => {
    const x = f.left + i * band;
    const bar = svg('rect', { x: x + band * 0.15, y: y(item.value), width: band * 0.7, height: f.bottom - y(item.value), class: 'bar' });
    const title = svg('title');
    title.textContent = `${item.label}: ${formatValue(item.value)}${item.note ? `\n${item.note}` : ''}`;
    bar.append(title);
    root.append(bar);
    const name = text(x + band / 2, f.bottom + 14, item.label, { class: 'axis', 'text-anchor': 'end', transform: `rotate(-30 ${x + band / 2} ${f.bottom + 14})` });
    root.append(name);
    cumulative += item.value;
    line.push(`${x + band / 2},${yShare(total ? cumulative / total : 0)}`);
  });
  if (line.length) {
    root.append(svg('polyline', { points: line.join(' '), class: 'cumulative' }));
    for (const point of line) {
      const [cx, cy] = point.split(',');
      root.append(svg('circle', { cx, cy, r: 3, class: 'cumulative-point' }));
    }
  }
  return root;
}
