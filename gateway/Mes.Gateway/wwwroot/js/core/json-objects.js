// Splits a growing text into the complete top-level JSON objects it holds, whatever stands between them:
// a server stream over JSON transcoding arrives as objects written one after another, and this reads
// them the same way whether they are separated by new lines or wrapped in an array.
export class JsonObjects {
  constructor() {
    this.buffer = '';
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.start = -1;
    this.scanned = 0;
  }

  // Adds a chunk and returns the objects it completed.
  push(chunk) {
    this.buffer += chunk;
    const complete = [];
    for (let i = this.scanned; i < this.buffer.length; i++) {
      const c = this.buffer[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') this.inString = false;
        continue;
      }
      if (c === '"') {
        this.inString = this.depth > 0;
      } else if (c === '{') {
        if (this.depth === 0) this.start = i;
        this.depth++;
      } else if (c === '}' && this.depth > 0) {
        this.depth--;
        if (this.depth === 0) {
          complete.push(JSON.parse(this.buffer.slice(this.start, i + 1)));
          this.start = -1;
        }
      }
    }
    // Keep only the object in progress.
    if (this.depth === 0) {
      this.buffer = '';
      this.scanned = 0;
    } else {
      this.buffer = this.buffer.slice(this.start);
      this.scanned = this.buffer.length;
      this.start = 0;
    }
    return complete;
  }
}
