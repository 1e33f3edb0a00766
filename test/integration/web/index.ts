// Mocha entry for the web lane: the extension runs in the browser's web worker extension host
// (scripts/run-integration-tests.mjs starts it with --extension-kind web), these tests in the
// Node extension host beside it, driving it through commands and the webviews' DOM.
import * as path from 'path';
import * as fs from 'fs';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const grep = process.env.GPE_TEST_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 90000, reporter: 'spec', ...(grep ? { grep } : {}) });
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.resolve(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
