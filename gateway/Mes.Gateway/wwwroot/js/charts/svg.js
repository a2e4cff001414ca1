// Small helpers for hand-drawn SVG charts: every chart is plain elements with classes the style sheet
// colours, so the charts follow the page's theme and print without scripts.
const ns = 'http://www.w3.org/2000/svg';

export function svg(tag, attributes = {}, children = []) {
  const element = document.createElementNS(ns, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) element.setAttribute(name, String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

export function text(x, y, content, attributes = {}) {
  const element = svg('text', { x, y, ...attributes });
  element.textContent = content;
  return element;
}

// A chart's drawing area inside its margins.
export function frame(width, height, margin) {
  return {
    width, height, margin,
    left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom,
    innerWidth: width - margin.left - margin.right, innerHeight: height - margin.top - margin.bottom,
  };
}

export function chartRoot(width, height, label) {
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': label, preserveAspectRatio: 'xMidYMid meet' });
}
