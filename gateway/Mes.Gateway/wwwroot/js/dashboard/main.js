import { Api } from '../core/api.js';
import { applyCatalogue, fillLanguageChoice, loadCatalogue } from '../core/i18n.js';
import { Formatter } from '../core/format.js';
import { chosenLanguage, rememberLanguage } from '../core/language-choice.js';
import { currentSession, endSession, hasAnyRole } from '../core/session.js';
import { LineView } from './line-view.js';
import { OeeView } from './oee-view.js';
import { OrdersView } from './orders-view.js';
import { BondedView } from './bonded-view.js';
import { TraceView } from './trace-view.js';

// The plant manager's dashboard: one page, a view per tab (#line, #oee, …), each shown only to the
// roles the API lets read it. Views get a shared context and are re-rendered when the language changes.
const session = currentSession();
if (!session) location.replace('./');

const staff = ['supervisor', 'manager', 'admin', 'integration'];
const views = {
  line: { roles: [...staff, 'customs'], make: (c) => new LineView(c) },
  oee: { roles: staff, make: (c) => new OeeView(c) },
  orders: { roles: [...staff, 'customs'], make: (c) => new OrdersView(c) },
  bonded: { roles: [...staff, 'customs'], make: (c) => new BondedView(c) },
  trace: { roles: [...staff, 'customs'], make: (c) => new TraceView(c) },
};

const context = {
  api: new Api(() => session),
  session,
  config: await (await fetch('config/dashboard.json', { cache: 'no-cache' })).json(),
  catalogue: null,
  format: null,
  lineId: null,
  onUnauthenticated: () => { endSession(); location.replace('./'); },
};

const instances = {};
let active = null;

async function useLanguage(code) {
  context.catalogue = await loadCatalogue(code);
  context.format = new Formatter(context.catalogue);
  applyCatalogue(context.catalogue);
  document.title = `${context.catalogue.t('app.name')} · ${context.catalogue.t('nav.dashboard')}`;
  await fillLanguageChoice(document.getElementById('language'), context.catalogue.meta.code);
}

async function loadLines() {
  const master = await context.api.get('/v1/master-data');
  const select = document.getElementById('line-choice');
  const lines = master.lineIds ?? [];
  select.replaceChildren(...lines.map((id) => new Option(id, id)));
  context.lineId = lines[0] ?? null;
}

function allowedViews() {
  return Object.keys(views).filter((name) => hasAnyRole(session, views[name].roles));
}

async function show(name) {
  const allowed = allowedViews();
  const chosen = allowed.includes(name) ? name : allowed[0] ?? 'denied';
  if (active && active !== instances[chosen]) active.deactivate();
  for (const section of document.querySelectorAll('section.view')) section.hidden = section.dataset.view !== chosen;
  for (const tab of document.querySelectorAll('#views a')) tab.setAttribute('aria-current', tab.dataset.view === chosen ? 'page' : 'false');
  if (chosen === 'denied') return;
  instances[chosen] ??= views[chosen].make(context);
  active = instances[chosen];
  await active.activate();
}

for (const tab of document.querySelectorAll('#views a')) tab.hidden = !allowedViews().includes(tab.dataset.view);
document.getElementById('user').textContent = session.displayName || session.subject;
document.getElementById('sign-out').addEventListener('click', context.onUnauthenticated);
document.getElementById('language').addEventListener('change', async (event) => {
  rememberLanguage(`user.${session.subject}`, event.target.value);
  await useLanguage(event.target.value);
  active?.deactivate();
  await active?.activate();
});
document.getElementById('line-choice').addEventListener('change', async (event) => {
  context.lineId = event.target.value;
  active?.deactivate();
  await active?.activate();
});
window.addEventListener('hashchange', () => show(location.hash.slice(1)));

await useLanguage(chosenLanguage(`user.${session.subject}`, 'browser'));
try {
  await loadLines();
} catch (error) {
  if (error.status === 401) context.onUnauthenticated();
}
await show(location.hash.slice(1) || 'line');
