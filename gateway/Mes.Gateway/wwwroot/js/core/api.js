import { ApiError } from './api-error.js';

// The gateway's JSON API (gRPC JSON transcoding) on this origin. Every call carries the credential the
// page was given: a bearer token (people), or the terminal's key (the device itself).
export class Api {
  constructor(credential) {
    this.credential = credential;
  }

  headers(extra = {}) {
    const headers = { accept: 'application/json', ...extra };
    const credential = this.credential?.();
    if (credential?.token) headers.authorization = `Bearer ${credential.token}`;
    if (credential?.terminalKey) headers['x-terminal-key'] = credential.terminalKey;
    return headers;
  }

  get(path, query) {
    return this.send('GET', withQuery(path, query));
  }

  post(path, body = {}) {
    return this.send('POST', path, body);
  }

  async send(method, path, body) {
    let response;
    try {
      response = await fetch(path, {
        method,
        headers: this.headers(body === undefined ? {} : { 'content-type': 'application/json' }),
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
      });
    } catch (cause) {
      throw ApiError.unreachableError(cause);
    }
    const text = await response.text();
    const json = text ? parseJson(text) : {};
    if (!response.ok) throw ApiError.fromStatus(response.status, json);
    return json;
  }
}

export function withQuery(path, query) {
  if (!query) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { message: text };
  }
}

// A request id per change: the API's idempotency key, so a retried scan is applied once.
export function newRequestId() {
  return crypto.randomUUID().replaceAll('-', '');
}
