import { ApiError } from '../core/api-error.js';

// Changes the gateway could not be reached for, kept in localStorage in the order they were made and
// sent again in that order when it answers. Each carries the request id it was first sent with, so a
// change the gateway applied but could not acknowledge is answered from its record on the replay and
// applied once. An item leaves the queue only when the gateway has answered it: done, or refused (a
// refusal is kept for the worker to read; sending it again would be refused again).
export class OfflineQueue {
  constructor(storageKey, send, onChange) {
    this.storageKey = storageKey;
    this.send = send;
    this.onChange = onChange;
    this.replaying = false;
  }

  get items() {
    return JSON.parse(localStorage.getItem(this.storageKey) ?? '[]');
  }

  set items(items) {
    localStorage.setItem(this.storageKey, JSON.stringify(items));
  }

  get length() {
    return this.items.length;
  }

  add(item) {
    this.items = [...this.items, { ...item, queuedAt: new Date().toISOString() }];
    this.onChange({ queued: item });
  }

  // Sends the queue from its head until it is empty or the gateway is away again. Returns what the
  // gateway said to each item sent: { item, result } or { item, error }.
  async replay() {
    if (this.replaying) return [];
    this.replaying = true;
    const answered = [];
    try {
      for (;;) {
        const [head] = this.items;
        if (!head) break;
        try {
          answered.push({ item: head, result: await this.send(head) });
        } catch (error) {
          if (!(error instanceof ApiError) || error.retryable || error.status === 401) break;
          answered.push({ item: head, error });
        }
        // Only the head leaves, by its request id: an item added while this one was in flight stays.
        this.items = this.items.filter((i) => i.body.requestId !== head.body.requestId);
        this.onChange({ answered: answered[answered.length - 1] });
      }
    } finally {
      this.replaying = false;
    }
    return answered;
  }
}
