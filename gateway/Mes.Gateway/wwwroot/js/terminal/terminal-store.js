// What a terminal keeps across reloads in this browser: its key (provisioned by an administrator), the
// operator's token while badged in, the units started here and not completed, and its language.
const keys = { key: 'mes.terminal.key', operator: 'mes.terminal.operator', units: 'mes.terminal.units' };

function read(name, fallback) {
  const text = localStorage.getItem(keys[name]);
  return text ? JSON.parse(text) : fallback;
}

function write(name, value) {
  if (value === null || value === undefined) localStorage.removeItem(keys[name]);
  else localStorage.setItem(keys[name], JSON.stringify(value));
}

export const terminalStore = {
  get key() { return read('key', null); },
  set key(value) { write('key', value); },
  get operator() {
    const operator = read('operator', null);
    return operator && new Date(operator.expiresAt) > new Date() ? operator : null;
  },
  set operator(value) { write('operator', value); },
  get units() { return read('units', []); },
  set units(value) { write('units', value); },
};
