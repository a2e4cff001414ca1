// The scanner's field. A keyboard-wedge scanner types the code and Enter into whatever has focus, so the
// field takes focus back whenever something else had it, except a dialog or field that asks to keep it
// (data-keeps-focus) while the operator types there.
export class ScanField {
  constructor(input, onScan) {
    this.input = input;
    this.onScan = onScan;
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      const value = input.value.trim();
      input.value = '';
      if (value) onScan(value);
    });
    input.addEventListener('blur', () => setTimeout(() => this.refocus(), 150));
    document.addEventListener('pointerup', () => setTimeout(() => this.refocus(), 150));
    this.refocus();
  }

  refocus() {
    const active = document.activeElement;
    if (active && active !== this.input && active.closest('[data-keeps-focus], dialog[open]')) return;
    this.input.focus({ preventScroll: true });
  }
}
