// Message catalogues: one JSON file per language under i18n/, listed in i18n/languages.json. A catalogue
// says in its meta which locale formats its dates and numbers and which way its text runs, so adding a
// language (Uyghur, right to left) is adding a file and a line, not code.
const base = new URL('../../i18n/', import.meta.url);
const fallbackCode = 'en';

export class Catalogue {
  constructor(meta, messages, fallback) {
    this.meta = meta;
    this.messages = messages;
    this.fallback = fallback;
  }

  get locale() {
    return this.meta.locale;
  }

  get dir() {
    return this.meta.dir === 'rtl' ? 'rtl' : 'ltr';
  }

  has(key) {
    return key in this.messages || (this.fallback?.has(key) ?? false);
  }

  // The text of a key with {name} placeholders filled; the English text when this language lacks it,
  // the key itself when no catalogue has it (visible, so a missing translation is noticed).
  t(key, params = {}) {
    const text = this.messages[key] ?? this.fallback?.messages[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
  }
}

export async function languages() {
  const response = await fetch(new URL('languages.json', base), { cache: 'no-cache' });
  return response.json();
}

async function read(language) {
  const response = await fetch(new URL(language.file, base), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`catalogue ${language.file}: HTTP ${response.status}`);
  return response.json();
}

// Loads the catalogue of a language code (falling back to the first listed language when the code is
// unknown), with English behind it for keys a newer language does not have yet.
export async function loadCatalogue(code) {
  const list = await languages();
  const chosen = list.find((l) => l.code === code) ?? list[0];
  const english = list.find((l) => l.code === fallbackCode);
  const [own, fallback] = await Promise.all([read(chosen), english && english !== chosen ? read(english) : null]);
  const fallbackCatalogue = fallback ? new Catalogue(fallback.meta, fallback.messages, null) : null;
  return new Catalogue({ code: chosen.code, ...own.meta }, own.messages, fallbackCatalogue);
}

// Puts a catalogue on a page: lang and dir on <html>, and the text of every element that names its key
// in data-i18n (text), data-i18n-placeholder, data-i18n-title or data-i18n-aria-label.
export function applyCatalogue(catalogue, root = document) {
  const html = document.documentElement;
  html.lang = catalogue.locale;
  html.dir = catalogue.dir;
  for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = catalogue.t(element.dataset.i18n);
  for (const [attribute, data] of [['placeholder', 'i18nPlaceholder'], ['title', 'i18nTitle'], ['aria-label', 'i18nAriaLabel']]) {
    for (const element of root.querySelectorAll(`[data-i18n-${attribute}]`)) element.setAttribute(attribute, catalogue.t(element.dataset[data]));
  }
}

// Fills a <select> with the languages, each named in its own language.
export async function fillLanguageChoice(select, current) {
  const list = await languages();
  select.replaceChildren(...list.map((l) => new Option(l.name, l.code, false, l.code === current)));
}
