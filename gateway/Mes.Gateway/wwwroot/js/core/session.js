// Who is signed in at this browser tab: the bearer token from Login and what WhoAmI said about it.
// Kept in sessionStorage, so closing the tab signs out; the language choice outlives it, per user.
const key = 'mes.session';

export function currentSession() {
  const text = sessionStorage.getItem(key);
  if (!text) return null;
  const session = JSON.parse(text);
  if (session.expiresAt && new Date(session.expiresAt) <= new Date()) {
    sessionStorage.removeItem(key);
    return null;
  }
  return session;
}

export function keepSession(session) {
  sessionStorage.setItem(key, JSON.stringify(session));
}

export function endSession() {
  sessionStorage.removeItem(key);
}

export function hasAnyRole(session, roles) {
  return !!session && session.roles.some((r) => roles.includes(r));
}
