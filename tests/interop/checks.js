// What the interop client scripts share: one JSON line per check, which the C# tests read by name, and the count of
// failures that makes the exit code.
"use strict";
let failures = 0;

function report(test, ok, detail) {
  if (!ok) failures++;
  console.log(JSON.stringify({ test, ok: !!ok, detail: detail === undefined ? null : String(detail) }));
}

// body returns { ok, detail }, or nothing when reaching its end is the check; a throw fails it with the error's first line.
async function check(test, body) {
  try {
    const outcome = await body();
    report(test, outcome === undefined ? true : outcome.ok, outcome === undefined ? null : outcome.detail);
  } catch (e) {
    report(test, false, e && e.message ? e.message.split("\n")[0] : e);
  }
}

const exitCode = () => (failures === 0 ? 0 : 1);

module.exports = { report, check, exitCode };
