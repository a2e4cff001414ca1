import { chartRoot, frame, svg, text } from './svg.js';

// Horizontal bars with their values, for comparing a few named things (yield per operation, stock per
// item). A bar may carry a class (e.g. 'bad') to stand out.
export function barChart({ items, label, formatValue, max }) {
  const rowHeight = 28;
  const f = frame(640, Math.max(60, items.length * rowHeight + 24), { top: 12, right: 96, bottom: 12, left: 160 });
  const root = chartRoot(f.width, f.height, label);
  const top = max ?? Math.max(...items.map((i) => i.value), 0) ?? 1;
  items.forEach((item, i) => {
    const y = f.top + i * rowHeight;
    const width = top > 0 ? (Math.max(0, item.value) / top) * f.innerWidth : 0;
    root.append(text(f.left - 8, y + rowHeight / 2 + 4, item.label, { class: 'axis', 'text-anchor': 'end' }));
    root.append(svg('rect', { x: f.left, y: y + 4, width: f.innerWidth, height: rowHeight - 8, class: 'track' }));
    const bar = svg('rect', { x: f.left, y: y + 4, width, height: rowHeight - 8, class: `bar ${item.kind ?? ''}`.trim() });
    const title = svg('title');
    title.textContent = `${item.label}: ${formatValue(item.value)}${item.note ? `\n${item.note}` : ''}`;
    bar.append(title);
    root.append(bar);
    root.append(text(f.left + width + 6, y + rowHeight / 2 + 4, formatValue(item.value), { class: 'value' }));
  });
  return root;
}
