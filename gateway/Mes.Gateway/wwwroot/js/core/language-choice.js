// The language a reader chose, remembered per user (or per terminal, or per browser before anyone
// signs in). The first language of i18n/languages.json (Simplified Chinese) is the default.
const prefix = 'mes.language.';

export function chosenLanguage(...owners) {
  for (const owner of owners) {
    const code = owner && localStorage.getItem(prefix + owner);
    if (code) return code;
  }
  return null;
}

export function rememberLanguage(owner, code) {
  localStorage.setItem(prefix + owner, code);
}
