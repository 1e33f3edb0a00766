#!/usr/bin/env node
// `npm run test:electron`: the same integration suite under @vscode/test-electron, for a desktop
// machine that can download VS Code. (Our CI has no such download and uses code-server instead:
// scripts/run-integration-tests.mjs.) Without the runner's browser, the suites that look into a
// webview's DOM do not run (see test/integration/index.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (spawnSync('npx', ['tsc', '-p', 'test/integration/tsconfig.json'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(2);

const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'gpe-ws-'));
fs.cpSync(path.join(root, 'samples/kube-apiserver-incident'), ws, { recursive: true, verbatimSymlinks: true });
fs.cpSync(path.join(root, 'test/integration/workspace'), ws, { recursive: true, verbatimSymlinks: true, force: true });
try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/integration/index.js'),
    launchArgs: [ws, '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
  });
  console.log('electron: tests passed');
} catch (e) {
  console.error(`electron: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(ws, { recursive: true, force: true });
}
