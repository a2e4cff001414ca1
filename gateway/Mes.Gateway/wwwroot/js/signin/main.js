import { Api } from '../core/api.js';
import { applyCatalogue, fillLanguageChoice, loadCatalogue } from '../core/i18n.js';
import { chosenLanguage, rememberLanguage } from '../core/language-choice.js';
import { keepSession } from '../core/session.js';
import { reasonText } from '../core/reasons.js';

// Password sign-in for people at the dashboard. Operators badge in at their terminal instead.
const api = new Api(() => null);
let catalogue;

async function show(code) {
  catalogue = await loadCatalogue(code);
  applyCatalogue(catalogue);
  await fillLanguageChoice(document.getElementById('language'), catalogue.meta.code);
}

async function signIn(event) {
  event.preventDefault();
  const error = document.getElementById('signin-error');
  error.textContent = '';
  const username = document.getElementById('username').value.trim();
  try {
    const token = await api.post('/v1/auth/login', { username, password: document.getElementById('password').value });
    const who = await new Api(() => ({ token: token.accessToken })).get('/v1/auth/whoami');
    keepSession({ token: token.accessToken, expiresAt: token.expiresAt, subject: who.subject, displayName: who.displayName, roles: who.roles ?? [] });
    const browserChoice = chosenLanguage('browser');
    if (browserChoice && !chosenLanguage(`user.${who.subject}`)) rememberLanguage(`user.${who.subject}`, browserChoice);
    location.assign('dashboard');
  } catch (refusal) {
    error.textContent = reasonText(catalogue, refusal);
  }
}

document.getElementById('language').addEventListener('change', async (event) => {
  rememberLanguage('browser', event.target.value);
  await show(event.target.value);
});
document.getElementById('signin').addEventListener('submit', signIn);
await show(chosenLanguage('browser'));
