// Mocha entry loaded by the VS Code extension host (extensionTestsPath): the standard run()
// contract, so the same suite runs under code-server (our CI) and @vscode/test-electron.
import { runMochaFiles } from './runMocha';

export function run(): Promise<void> {
  const grep = process.env.GPE_TEST_GREP;
  // Without our runner (e.g. @vscode/test-electron) nobody can look into a webview's DOM: the
  // suites that assert what the webviews show do not run there.
  const noBrowser = !process.env.VSCODE_TEST_SCREENSHOT_DIR;
  const selection = grep ? { grep } : noBrowser ? { grep: /^(Profile editor|Goroutine explorer)\b/, invert: true } : {};
  return runMochaFiles(__dirname, { timeout: 60000, ...selection });
}
