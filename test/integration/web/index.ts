// Mocha entry for the web lane: the extension runs in the browser's web worker extension host
// (scripts/run-integration-tests.mjs starts it with --extension-kind web), these tests in the
// Node extension host beside it, driving it through commands and the webviews' DOM.
import { runMochaFiles } from '../runMocha';

export function run(): Promise<void> {
  const grep = process.env.GPE_TEST_GREP;
  return runMochaFiles(__dirname, { timeout: 90000, ...(grep ? { grep } : {}) });
}
