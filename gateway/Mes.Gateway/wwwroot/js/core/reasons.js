// Why a call was refused, in the reader's language: the catalogue's words for the stable reason code
// (reason.WRONG_PART), else the server's own words (English), else a generic sentence.
export function reasonText(catalogue, error) {
  const key = `reason.${error?.reason}`;
  if (error?.reason && catalogue.has(key)) {
    return catalogue.t(key, { field: error.field ?? '' });
  }
  return error?.message || catalogue.t('reason.UNKNOWN');
}
