// Building elements without innerHTML: text goes in as text, so nothing from the API is ever markup.
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

// Replaces a table's content with a header row and body rows; a cell is text, a Node, or
// { value, class, title }.
export function fillTable(table, headers, rows) {
  const cell = (tag, content) => {
    if (content && typeof content === 'object' && !(content instanceof Node)) {
      return el(tag, { class: content.class, title: content.title }, content.value);
    }
    return el(tag, {}, content);
  };
  table.replaceChildren(
    el('thead', {}, el('tr', {}, headers.map((h) => cell('th', h)))),
    el('tbody', {}, rows.map((row) => el('tr', { class: row.class, dataset: row.dataset }, row.cells.map((c) => cell('td', c))))),
  );
}

export function numberCell(value, title) {
  return { value, class: 'number', title };
}
