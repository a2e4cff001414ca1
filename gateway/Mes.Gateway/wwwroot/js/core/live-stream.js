import { ApiError } from './api-error.js';
import { JsonObjects } from './json-objects.js';

// A server-streaming RPC read over JSON: fetch, then every message as it arrives. When the stream breaks
// (the gateway restarts, the network drops) it reconnects after a pause and starts over with the current
// view, which the live RPCs send first. A refusal (403, 404) ends it: calling again would be refused again.
export class LiveStream {
  constructor(api, path, { onMessage, onState, onRefused, retryMs = 1000 }) {
    this.api = api;
    this.path = path;
    this.onMessage = onMessage;
    this.onState = onState ?? (() => {});
    this.onRefused = onRefused ?? (() => {});
    this.retryMs = retryMs;
    this.controller = null;
    this.stopped = false;
  }

  start() {
    this.stopped = false;
    this.run();
    return this;
  }

  stop() {
    this.stopped = true;
    this.controller?.abort();
  }

  async run() {
    while (!this.stopped) {
      this.controller = new AbortController();
      this.onState('connecting');
      try {
        const response = await fetch(this.path, { headers: this.api.headers(), signal: this.controller.signal, cache: 'no-store' });
        if (!response.ok) {
          const error = ApiError.fromStatus(response.status, await response.json().catch(() => ({})));
          if (!error.retryable) {
            this.onRefused(error);
            this.onState('refused');
            return;
          }
          throw error;
        }
        this.onState('live');
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        const objects = new JsonObjects();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const message of objects.push(value)) this.onMessage(message);
        }
      } catch (error) {
        if (this.stopped) return;
      }
      if (this.stopped) return;
      this.onState('reconnecting');
      await new Promise((resolve) => setTimeout(resolve, this.retryMs));
    }
  }
}
