// The full-screen signal after a scan: green for done, red for refused (it stays until the next scan or
// a tap, so the worker reads why), amber for saved while the gateway is away.
export class Flash {
  constructor(root) {
    this.root = root;
    this.timer = null;
    root.addEventListener('click', () => this.hide());
  }

  show(kind, title, text = '') {
    clearTimeout(this.timer);
    this.root.className = `flash ${kind}`;
    this.root.dataset.kind = kind;
    this.root.querySelector('.flash-title').textContent = title;
    this.root.querySelector('.flash-text').textContent = text;
    if (kind !== 'fail') this.timer = setTimeout(() => this.hide(), kind === 'pass' ? 1200 : 2000);
  }

  hide() {
    clearTimeout(this.timer);
    this.root.className = 'flash hidden';
    delete this.root.dataset.kind;
  }
}
