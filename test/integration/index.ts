// Mocha entry loaded by the VS Code extension host (extensionTestsPath): the standard run()
// contract, so the same suite runs under code-server (our CI) and @vscode/test-electron.
import * as path from 'path';
import * as fs from 'fs';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const grep = process.env.GPE_TEST_GREP;
  // Without our runner (e.g. @vscode/test-electron) nobody can look into a webview's DOM: the
  // suites that assert what the webviews show do not run there.
  const noBrowser = !process.env.VSCODE_TEST_SCREENSHOT_DIR;
  const selection = grep ? { grep } : noBrowser ? { grep: /^(Profile editor|Goroutine explorer)\b/, invert: true } : {};
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec', ...selection });
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
