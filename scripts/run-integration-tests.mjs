#!/usr/bin/env node
// Runs the integration suite (test/integration) inside a real VS Code: the code-server
// installed by scripts/install-code-server.sh, rendered by Debian's Chromium (playwright-core).
// Then packages the .vsix and checks that it installs offline and opens a profile.
// Prints "N passed, N failed" and exits non-zero on any failure, timeout or harness error.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const codeServer = path.join(root, '.vscode-test/code-server/node_modules/code-server');
const runner = path.join(root, 'test/harness/run-vscode-tests.mjs');
const shots = path.join(root, 'test-results/screenshots');
const skipVsix = process.argv.includes('--no-vsix');

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  return r.status ?? 2;
}

if (run('npx', ['tsc', '-p', 'test/integration/tsconfig.json']) !== 0) { console.log('0 passed, 1 failed'); process.exit(2); }

// Every run gets a fresh copy of the workspace, so tests that write files start clean.
// It is the sample Kubernetes-like tree (vendor/ symlinks into staging/src/, go.mod) with the
// test fixtures (profiles/, dumps/, …) laid over it, so source links and lenses have real targets.
const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'gpe-ws-'));
fs.cpSync(path.join(root, 'samples/kube-apiserver-incident'), ws, { recursive: true, verbatimSymlinks: true });
fs.cpSync(path.join(root, 'test/integration/workspace'), ws, { recursive: true, verbatimSymlinks: true, force: true });

fs.mkdirSync(shots, { recursive: true });
// Streams a child's output through and remembers the runner's "N passed, N failed" line.
let suiteCounts = { passed: 0, failed: 0 };
function runStreaming(cmd, args) {
  return new Promise(resolve => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    child.stdout.on('data', d => {
      process.stdout.write(d);
      buf += d;
      const m = [...buf.matchAll(/vscode-tests: (\d+) passed, (\d+) failed/g)].pop();
      if (m) suiteCounts = { passed: Number(m[1]), failed: Number(m[2]) };
      buf = buf.slice(-200);
    });
    child.on('exit', code => resolve(code ?? 2));
  });
}
// The 1M-sample heap profile that the timing tests open (bench-data/ is not committed): made here
// when missing, by the generator `npm run bench -- pprof` uses, so the benchmarks run instead of
// skipping. Without Go they fail and say so.
const heap1m = path.join(root, 'bench-data/pprof-heap-1m.pb.gz');
if (!fs.existsSync(heap1m) && (!process.env.GPE_TEST_GREP || /Web|1M|large/.test(process.env.GPE_TEST_GREP))) {
  fs.mkdirSync(path.dirname(heap1m), { recursive: true });
  const started = Date.now();
  const made = spawnSync('go', ['run', '.', '-bench', heap1m], {
    cwd: path.join(root, 'scripts/go/pprofgen'), stdio: 'inherit', env: { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off' },
  });
  console.log(made.status === 0 ? `generated ${heap1m} in ${((Date.now() - started) / 1000).toFixed(0)} s` : `could not generate ${heap1m} (go: ${made.error?.message ?? `exit ${made.status}`})`);
}

// GPE_TEST_GREP='Web extension host…' runs only the web lane below.
const onlyWeb = /^\^?Web extension host/.test(process.env.GPE_TEST_GREP ?? '');
const suiteRc = onlyWeb ? 0 : await runStreaming('node', [runner, '--code-server', codeServer,
  '--extensionDevelopmentPath', root,
  '--extensionTestsPath', path.join(root, 'out/test/integration/index.js'),
  '--workspace', ws, '--screenshots', shots, '--timeout', process.env.GPE_TEST_TIMEOUT ?? '1800',
  ...(process.env.GPE_TEST_GREP ? ['--server-env', `GPE_TEST_GREP=${process.env.GPE_TEST_GREP}`] : [])]);

// A second run in Restricted Mode: workspace trust on, the workspace untrusted, and workspace
// settings that must be ignored there (tests: test/integration/restricted.test.ts).
let restrictedRc = 0;
let restrictedCounts = { passed: 0, failed: 0 };
if (!process.env.GPE_TEST_GREP || (/Restricted/.test(process.env.GPE_TEST_GREP) && !onlyWeb)) {
  fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(ws, '.vscode/settings.json'), JSON.stringify({
    'goProfileExplorer.sourceMappings': [{ from: '/', to: '/etc/' }],
    'goProfileExplorer.capture.folder': '/tmp/not-from-a-workspace',
  }));
  const trustedCounts = suiteCounts;
  suiteCounts = { passed: 0, failed: 0 };
  restrictedRc = await runStreaming('node', [runner, '--code-server', codeServer,
    '--extensionDevelopmentPath', root,
    '--extensionTestsPath', path.join(root, 'out/test/integration/index.js'),
    '--workspace', ws, '--screenshots', shots, '--timeout', '600', '--untrusted',
    '--server-env', 'GPE_TEST_GREP=Restricted Mode']);
  restrictedCounts = suiteCounts;
  suiteCounts = trustedCounts;
  fs.rmSync(path.join(ws, '.vscode'), { recursive: true, force: true });
}

// A third run with the extension in the browser's web worker extension host (the `browser`
// entry): no Node, every file read through vscode.workspace.fs (tests: test/integration/web/).
// The tests themselves run in the Node extension host, so they are copied outside the extension's
// folder: VS Code runs a test file in the host of the extension whose folder holds it.
let webRc = 0;
let webCounts = { passed: 0, failed: 0 };
if (!process.env.GPE_TEST_GREP || /Web/.test(process.env.GPE_TEST_GREP)) {
  const webTests = fs.mkdtempSync(path.join(os.tmpdir(), 'gpe-webtests-'));
  fs.cpSync(path.join(root, 'out'), path.join(webTests, 'out'), { recursive: true });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(webTests, 'node_modules'));
  const mainCounts = suiteCounts;
  suiteCounts = { passed: 0, failed: 0 };
  webRc = await runStreaming('node', [runner, '--code-server', codeServer,
    '--extensionDevelopmentPath', root, '--extension-kind', 'web',
    '--extensionTestsPath', path.join(webTests, 'out/test/integration/web/index.js'),
    '--workspace', ws, '--screenshots', shots, '--timeout', '900',
    '--server-env', `GPE_REPO_ROOT=${root}`,
    ...(process.env.GPE_TEST_GREP ? ['--server-env', `GPE_TEST_GREP=${process.env.GPE_TEST_GREP}`] : [])]);
  webCounts = suiteCounts;
  suiteCounts = mainCounts;
  fs.rmSync(webTests, { recursive: true, force: true });
}

let vsixRc = 0;
if (!skipVsix) {
  // The packaged extension, installed offline into a clean code-server, must open a profile.
  fs.mkdirSync(path.join(root, 'dist-vsix'), { recursive: true });
  vsixRc = run('npx', ['vsce', 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', 'dist-vsix/go-profile-explorer.vsix'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const vsix = path.join(root, 'dist-vsix/go-profile-explorer.vsix');
  if (vsixRc === 0) {
    const size = fs.statSync(vsix).size;
    console.log(`vsix: ${vsix} ${(size / 1024).toFixed(0)} KiB`);
    if (size > 3 * 1024 * 1024) { console.error('vsix is over 3 MiB'); vsixRc = 1; }
  }
  if (vsixRc === 0) {
    vsixRc = run('node', [runner, '--code-server', codeServer, '--install-extension', vsix,
      '--workspace', ws, '--screenshots', path.join(shots, 'vsix'), '--open-file', 'profiles/heap.pb.gz',
      '--expect-frame', 'body[data-view="profile"] .gpe-title', '--timeout', '300']);
    console.log(vsixRc === 0 ? 'vsix check: installed offline, profile editor rendered' : 'vsix check FAILED');
  }
  // The package's bin (`goprof`), run as `npm install -g` links it: an executable file of its own.
  if (vsixRc === 0) {
    const bin = path.join(root, 'dist/cli.js');
    fs.chmodSync(bin, 0o755);
    const r = spawnSync(bin, ['help', 'top'], { encoding: 'utf8' });
    const ok = r.status === 0 && r.stdout.startsWith('usage: goprof top');
    console.log(ok ? 'bin check: dist/cli.js runs as the goprof command' : `bin check FAILED: ${r.error?.message ?? r.stderr}`);
    if (!ok) vsixRc = 1;
  }
}
fs.rmSync(ws, { recursive: true, force: true });
// One closing line for the whole lane: the suite's tests plus the .vsix check (and a harness
// failure that reported no counts is a failure too).
const passed = suiteCounts.passed + restrictedCounts.passed + webCounts.passed + (!skipVsix && vsixRc === 0 ? 1 : 0);
const failed = suiteCounts.failed + restrictedCounts.failed + webCounts.failed + (!skipVsix && vsixRc !== 0 ? 1 : 0)
  + (suiteRc !== 0 && suiteCounts.failed === 0 ? 1 : 0) + (restrictedRc !== 0 && restrictedCounts.failed === 0 ? 1 : 0)
  + (webRc !== 0 && webCounts.failed === 0 ? 1 : 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(suiteRc !== 0 ? suiteRc : restrictedRc !== 0 ? restrictedRc : webRc !== 0 ? webRc : vsixRc !== 0 ? 1 : 0);
