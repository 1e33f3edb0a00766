#!/usr/bin/env node
// `npm run demo`: a real VS Code (code-server's VS Code server on 127.0.0.1) with the freshly
// packaged extension installed, opened on samples/kube-apiserver-incident/. Runs until Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = path.join(root, '.vscode-test/code-server/node_modules/code-server/lib/vscode/out/server-main.js');
const state = path.join(root, '.vscode-test/demo');
const workspace = path.join(root, 'samples/kube-apiserver-incident');
const vsix = path.join(root, 'dist-vsix/go-profile-explorer.vsix');

fs.mkdirSync(path.dirname(vsix), { recursive: true });
const pack = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', vsix], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
if (pack.status !== 0) process.exit(1);

fs.mkdirSync(path.join(state, 'user-data/User'), { recursive: true });
const settingsFile = path.join(state, 'user-data/User/settings.json');
if (!fs.existsSync(settingsFile)) {
  fs.writeFileSync(settingsFile, JSON.stringify({
    'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
    'extensions.autoCheckUpdates': false, 'security.workspace.trust.enabled': false, 'chat.disableAIFeatures': true,
    'git.openRepositoryInParentFolders': 'never', 'workbench.tips.enabled': false,
  }, null, 2));
}
const common = ['--accept-server-license-terms', '--server-data-dir', path.join(state, 'server-data'),
  '--user-data-dir', path.join(state, 'user-data'), '--extensions-dir', path.join(state, 'extensions'), '--telemetry-level', 'off'];
const env = { ...process.env, EXTENSIONS_GALLERY: '{}' };
const inst = spawnSync(process.execPath, [server, ...common, '--install-extension', vsix, '--force'], { env, stdio: 'inherit' });
if (inst.status !== 0) process.exit(1);

const port = Number(process.env.PORT) || await new Promise((res, rej) => {
  const s = net.createServer(); s.on('error', rej);
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
});
const child = spawn(process.execPath, [server, ...common, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token'],
  { env, stdio: ['ignore', 'pipe', 'inherit'] });
child.stdout.on('data', () => { /* server chatter is not for the user */ });
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(`http://127.0.0.1:${port}/version`)).ok) break; } catch { }
  await new Promise(r => setTimeout(r, 200));
}
console.log(`\nGo Profile Explorer demo is running. Open this URL in a browser:\n\n  ${url}\n\nOpen heap.pb.gz, or goroutines.txt and run "Go Profile: Group goroutines by blocked state". Ctrl+C stops it.`);
const stop = () => { child.kill('SIGTERM'); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', code => process.exit(code ?? 0));
