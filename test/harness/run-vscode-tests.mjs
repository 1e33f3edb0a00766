#!/usr/bin/env node
// Run VS Code extension integration tests (or just open a workspace and take
// screenshots) in a REAL VS Code: the VS Code server shipped inside the npm package
// code-server (or code-server itself, --server code-server) serves the workbench,
// Debian's /usr/bin/chromium (driven by playwright-core, headless) renders it,
// and the extension + its mocha tests run in code-server's Node extension host.
// Nothing here talks to anything but 127.0.0.1.
//
// Usage:
//   node run-vscode-tests.mjs --code-server <dir of the code-server npm package>
//        [--extensionDevelopmentPath <dir>] [--extensionTestsPath <file or dir>]
//        [--workspace <folder>] [--screenshots <dir>] [--timeout <seconds>]
//        [--extensions-dir <dir>] [--install-extension <vsix>]... [--open-file <relpath>]
//        [--server-env KEY=VALUE]... [--keep-open-seconds N] [--verbose] [--untrusted]
//        [--server code-server|vscode]   (vscode: for code-server >= 4.10x, see below)
//        [--extension-kind web]   run the extension under development in the browser's web worker
//                                 extension host (its tests must then live outside its folder)
//   env: CODE_SERVER_NODE=<node binary to run the server with> (default: this node),
//        CHROMIUM_PATH (default /usr/bin/chromium), VSCODE_TEST_KEEP_TMP=1
//
// Exit code: the code VS Code reports through window.codeAutomationExit
// (0 = tests passed, 1 = tests failed), 2 = timeout / harness error.
// Without --extensionTestsPath it opens the workspace, waits for the workbench,
// takes screenshots and exits 0 ("open" mode).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import util from 'node:util';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

// ---------- args ----------
function parseArgs(argv) {
  const multi = new Set(['install-extension', 'server-env']);
  const a = { 'install-extension': [], 'server-env': [] };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (!k.startsWith('--')) throw new Error(`unexpected argument ${k}`);
    const name = k.slice(2);
    if (name === 'verbose') { a.verbose = true; continue; }
    // --untrusted: workspace trust on, and the workspace not trusted: it opens in Restricted Mode.
    if (name === 'untrusted') { a.untrusted = true; continue; }
    const v = argv[++i];
    if (v === undefined) throw new Error(`missing value for ${k}`);
    if (multi.has(name)) a[name].push(v); else a[name] = v;
  }
  return a;
}
const args = parseArgs(process.argv.slice(2));
const csDir = path.resolve(args['code-server'] ?? process.env.CODE_SERVER_DIR ?? '');
// --server code-server: code-server's own CLI (out/node/entry.js); works up to ~4.10x.
// --server vscode (default): the VS Code server inside the package (lib/vscode/out/server-main.js),
//   started with --enable-smoke-test-driver. Needed for newer builds (VS Code >= ~1.10x),
//   whose workbench ignores the `payload` extensionDevelopmentPath/extensionTestsPath
//   unless that flag is set, and code-server's CLI rejects the flag ("Unknown option").
const serverKind = args.server ?? 'vscode';
const csEntry = serverKind === 'vscode' ? path.join(csDir, 'lib/vscode/out/server-main.js') : path.join(csDir, 'out/node/entry.js');
if (!fs.existsSync(csEntry)) { console.error(`server not found: ${csEntry} (pass --code-server <dir of the code-server package>)`); process.exit(2); }
const nodeBin = process.env.CODE_SERVER_NODE ?? process.execPath;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const timeoutMs = Number(args.timeout ?? 300) * 1000;
const devPath = args.extensionDevelopmentPath && path.resolve(args.extensionDevelopmentPath);
const testsPath = args.extensionTestsPath && path.resolve(args.extensionTestsPath);
const workspace = path.resolve(args.workspace ?? devPath ?? process.cwd());
const shotDir = args.screenshots && path.resolve(args.screenshots);
if (shotDir) fs.mkdirSync(shotDir, { recursive: true });
// The extension under development forced into one kind of extension host: the payload's
// extensionDevelopmentKind, and the user setting remote.extensionKind for its id.
const extensionKind = args['extension-kind'];
const devExtensionId = extensionKind && devPath ? (() => { const m = JSON.parse(fs.readFileSync(path.join(devPath, 'package.json'), 'utf8')); return `${m.publisher}.${m.name}`; })() : undefined;
const verbose = !!args.verbose || process.env.VSCODE_TEST_VERBOSE === '1';

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-offline-'));
const userDataDir = path.join(tmpRoot, 'user-data');
const extensionsDir = path.resolve(args['extensions-dir'] ?? path.join(tmpRoot, 'extensions'));
fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
fs.mkdirSync(extensionsDir, { recursive: true });
// Settings that keep the workbench quiet and offline.
fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': !!args.untrusted,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.untrustedFiles': 'open',
  'git.enabled': false,
  // VS Code's own port finder runs in the extension host: every few seconds it execs `ls -l
  // /proc/*/fd/*` and `ps`, each fork holding the host's thread 100–360 ms on a loaded machine.
  // The tests measure the extension's stalls, not that (docs/benchmarks.md). code-server has a
  // tunnel provider, which keeps the finder on whatever autoForwardPorts says: only the source
  // "output" (ports read from terminal output) turns it off.
  'remote.autoForwardPorts': false,
  'remote.autoForwardPortsSource': 'output',
  'npm.fetchOnlinePackageInfo': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'json.schemaDownload.enable': false,
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // Tests that open a profile and a dump together must not get the incident offer by surprise.
  'goProfileExplorer.incident.offerWhenOpen': false,
  ...(devExtensionId ? { 'remote.extensionKind': { [devExtensionId]: [extensionKind] } } : {}),
}, null, 2));

const log = (...m) => console.log('[runner]', ...m);
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;

const serverEnv = {
  ...process.env,
  // Offline: '{}' = a gallery without serviceUrl, which switches the extension gallery off
  // (code-server's default would be open-vsx.org).
  EXTENSIONS_GALLERY: '{}',
  NO_PROXY: '*', no_proxy: '*', HTTP_PROXY: '', HTTPS_PROXY: '', http_proxy: '', https_proxy: '',
  VSCODE_PROXY_URI: '',
  ...(shotDir ? { VSCODE_TEST_SCREENSHOT_DIR: shotDir } : {}),
};
for (const kv of args['server-env']) { const i = kv.indexOf('='); serverEnv[kv.slice(0, i)] = kv.slice(i + 1); }

// Own config file, so code-server does not write ~/.config/code-server/config.yaml
const configFile = path.join(tmpRoot, 'config.yaml');
fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
function csArgs(extra) {
  if (serverKind === 'vscode') {
    return [csEntry, '--accept-server-license-terms', '--server-data-dir', path.join(tmpRoot, 'server-data'),
      '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--telemetry-level', 'off', ...extra];
  }
  return [csEntry, '--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', ...(args.untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened', ...extra];
}

// ---------- 1. install extensions (vsix) offline ----------
for (const vsix of args['install-extension']) {
  const t = Date.now();
  const r = spawnSync(nodeBin, csArgs(['--install-extension', path.resolve(vsix), '--force']), { env: serverEnv, encoding: 'utf8' });
  process.stdout.write(r.stdout); process.stderr.write(r.stderr);
  if (r.status !== 0) { console.error(`install of ${vsix} failed (${r.status})`); process.exit(2); }
  log(`installed ${vsix} in ${Date.now() - t} ms`);
}

// ---------- 2. start code-server on 127.0.0.1 ----------
const port = await new Promise((res, rej) => {
  const s = net.createServer(); s.on('error', rej);
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
});
const host = `127.0.0.1:${port}`;
const listenArgs = serverKind === 'vscode'
  ? ['--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--enable-smoke-test-driver', '--log', verbose ? 'debug' : 'info']
  : ['--auth', 'none', '--bind-addr', host, '--log', verbose ? 'debug' : 'info'];
const server = spawn(nodeBin, csArgs(listenArgs), {
  env: serverEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
});
const serverLog = fs.createWriteStream(path.join(shotDir ?? tmpRoot, 'code-server.log'));
for (const stream of [server.stdout, server.stderr]) {
  stream.on('data', d => {
    serverLog.write(d);
    if (verbose) process.stdout.write(`[code-server] ${d}`);
  });
}
let serverExited = false;
server.on('exit', c => { serverExited = true; if (verbose) log(`code-server exited ${c}`); });

let browser;
let finished = false;
async function shutdown(code, why) {
  if (finished) return; finished = true;
  if (why) log(why);
  try { if (browser) await browser.close(); } catch { }
  try { process.kill(-server.pid, 'SIGTERM'); } catch { }
  await new Promise(r => setTimeout(r, 300));
  try { process.kill(-server.pid, 'SIGKILL'); } catch { }
  serverLog.end();
  if (!process.env.VSCODE_TEST_KEEP_TMP) fs.rmSync(tmpRoot, { recursive: true, force: true });
  log(`exit code ${code} after ${elapsed()}`);
  process.exit(code);
}
process.on('SIGINT', () => shutdown(130, 'interrupted'));
process.on('SIGTERM', () => shutdown(143, 'terminated'));
const timer = setTimeout(async () => {
  await shot('timeout');
  shutdown(2, `TIMEOUT after ${timeoutMs / 1000}s`);
}, timeoutMs);

// wait until the server answers
for (;;) {
  if (serverExited) { console.error(fs.readFileSync(path.join(shotDir ?? tmpRoot, 'code-server.log'), 'utf8')); await shutdown(2, 'server exited early'); }
  try { const r = await fetch(`http://${host}/${serverKind === 'vscode' ? 'version' : 'healthz'}`); if (r.ok) break; } catch { }
  await new Promise(r => setTimeout(r, 200));
}
log(`${serverKind} server up on http://${host} after ${elapsed()}`);

// ---------- 3. headless Chromium via playwright-core ----------
browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  // playwright-core's launch() always uses a fresh temporary profile (it refuses --user-data-dir in args)
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
// Hard guarantee: the page may only talk to our code-server (and in-page blob:/data: URLs).
const blocked = new Set();
await context.route('**/*', route => {
  const u = new URL(route.request().url());
  if (u.protocol === 'http:' && u.hostname === '127.0.0.1') return route.continue();
  blocked.add(u.origin);
  return route.abort('blockedbyclient');
});
const page = await context.newPage();

async function shot(name) {
  if (!shotDir) return;
  try {
    const f = path.join(shotDir, `${name}.png`);
    await page.screenshot({ path: f + '.tmp.png' });
    fs.renameSync(f + '.tmp.png', f);
    log(`screenshot ${f}`);
  } catch (e) { log(`screenshot ${name} failed: ${e.message}`); }
}

let resolveExit;
const exited = new Promise(r => (resolveExit = r));
const shotRequests = [];
// A test asks for a screenshot by printing "SCREENSHOT:<name>"; the runner writes
// <screenshots>/<name>.png and the test can wait for that file (see VSCODE_TEST_SCREENSHOT_DIR).
const counts = { passed: 0, failed: 0, pending: 0, seen: false };
function handleLine(text) {
  for (const [, n, kind] of text.matchAll(/^\s*(\d+) (passing|failing|pending)\b/gm)) {
    counts.seen = true;
    counts[{ passing: 'passed', failing: 'failed', pending: 'pending' }[kind]] += Number(n);
  }
  for (const s of text.matchAll(/SCREENSHOT:([\w.-]+)/g)) shotRequests.push(shot(s[1]));
  for (const r of text.matchAll(/WEBVIEW_REQUEST:([A-Za-z0-9+/=]+)/g)) shotRequests.push(handleWebviewRequest(r[1]));
}

// A test in the extension host cannot see the browser. It prints WEBVIEW_REQUEST:<base64 JSON>
// {id, frame: CSS selector that identifies the webview frame, op, selector?, script?, key?};
// the runner does it in the first frame whose document matches `frame` and writes
// <screenshots>/<id>.json = {ok, value?, error?}. Ops: eval (script is a function body run
// in the frame, or with hostFrame in VS Code's frame around it, its return value JSON'd), click, hover, press (keyboard), type, shot (PNG of the page).
async function handleWebviewRequest(b64) {
  let req;
  try { req = JSON.parse(Buffer.from(b64, 'base64').toString('utf8')); } catch (e) { log(`bad webview request: ${e.message}`); return; }
  const out = path.join(shotDir ?? tmpRoot, `${req.id}.json`);
  const write = (o) => { fs.writeFileSync(out + '.tmp', JSON.stringify(o)); fs.renameSync(out + '.tmp', out); };
  try {
    if (req.op === 'page') { write({ ok: true, value: await openStandalonePage(req) }); return; }
    let target;
    const deadline = Date.now() + (req.timeoutMs ?? 15000);
    while (!target) {
      for (const f of page.frames()) {
        try { if (await f.$(req.frame)) { target = f; break; } } catch { /* detached frame */ }
      }
      if (target) break;
      if (Date.now() > deadline) throw new Error(`no webview frame has ${req.frame}`);
      await new Promise(r => setTimeout(r, 200));
    }
    // VS Code's frame around the webview's document: what the webview's acquireVsCodeApi() poster
    // calls (`__vscode_post_message__`) is there, and the document cannot reach it a second time.
    if (req.hostFrame) target = target.parentFrame() ?? target;
    let value = null;
    switch (req.op) {
      case 'eval': value = await target.evaluate(`(async () => { ${req.script} })()`); break;
      case 'click': await target.click(req.selector, { timeout: 10000, modifiers: req.modifiers, button: req.button }); break;
      case 'hover': await target.hover(req.selector, { timeout: 10000 }); break;
      case 'press': await target.focus(req.selector ?? 'body'); await page.keyboard.press(req.key); break;
      case 'type': await target.fill(req.selector, req.text, { timeout: 10000 }); break;
      default: throw new Error(`unknown op ${req.op}`);
    }
    write({ ok: true, value });
  } catch (e) {
    write({ ok: false, error: String(e && e.message || e) });
  }
}
// op 'page': a file the extension wrote (e.g. an exported HTML report) opened on its own in a
// fresh browser context, as a user would open it: {path, script?, shot?}. Every request it makes
// is recorded and refused (a self-contained page makes none); CSP violations are counted.
// Resolves with {value (the script's result), requests, cspViolations, consoleErrors}.
async function openStandalonePage(req) {
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme: req.colorScheme ?? 'light' });
  const requests = [];
  const own = `file://${req.path}`;
  await ctx.route('**/*', route => {
    const url = route.request().url();
    if (url === own) return route.continue();
    requests.push(url);
    return route.abort('blockedbyclient');
  });
  const p = await ctx.newPage();
  const consoleErrors = [];
  p.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  try {
    await p.addInitScript({ content: `window.__cspViolations = 0;
      document.addEventListener('securitypolicyviolation', () => { window.__cspViolations++; });` });
    await p.goto(own);
    await p.waitForLoadState('load');
    const value = req.script ? await p.evaluate(`(async () => { ${req.script} })()`) : null;
    if (req.shot && shotDir) await p.screenshot({ path: path.join(shotDir, `${req.shot}.png`), fullPage: false });
    const cspViolations = await p.evaluate('window.__cspViolations');
    return { value, requests, cspViolations, consoleErrors };
  } finally {
    await ctx.close();
  }
}

// With extensionTestsPath set, the workbench sends every log line -- including the
// extension host's console output, i.e. mocha's reporter -- to window.codeAutomationLog.
// Workbench chatter that is not test output (shown with --verbose).
const noise = /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin|Updating additional builtin|\[Service Worker\]|ChatSessionStore|Started local extension host|Error: Unable to retrieve mac address)/;
await page.exposeFunction('codeAutomationLog', (type, a) => {
  const text = util.format(...(Array.isArray(a) ? a : [a])); // printf-style, like console.log
  if (!verbose && noise.test(text)) return;
  // Requests to the runner are not test output: act on them without echoing them.
  if (!verbose && text.startsWith('WEBVIEW_REQUEST:')) { handleLine(text); return; }
  (type === 'error' || type === 'warn' ? console.error : console.log)(text);
  handleLine(text);
});
// Called by the workbench when the extension host finishes running the tests.
await page.exposeFunction('codeAutomationExit', async (code) => { resolveExit(code); });

page.on('console', msg => {
  const text = msg.text();
  // Without codeAutomationLog routing (e.g. open mode) extension-host output shows up
  // in the page console as "%c[Extension Host] %c<text> %c(at ...)".
  const m = text.match(/^%c\[Extension Host\] %c([\s\S]*?)(?: %c\(at [^)]*\))?$/);
  if (m) {
    const line = m[1].replace(/%c/g, '');
    console.log(line);
    handleLine(line);
  } else if (verbose) {
    console.log(`[browser:${msg.type()}] ${text}`);
  }
});
page.on('pageerror', e => verbose && console.log(`[browser:pageerror] ${e.message}`));

const remote = p => `vscode-remote://${host}${p.split(path.sep).map(encodeURIComponent).join('/')}`;
let url = `http://${host}/?folder=${encodeURIComponent(workspace)}`;
if (devPath) {
  const payload = [['extensionDevelopmentPath', remote(devPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  if (extensionKind) payload.push(['extensionDevelopmentKind', extensionKind]);
  payload.push(['skipWelcome', 'true']);
  url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
log(`opening ${url}`);
await page.goto(url);
await page.waitForSelector('.monaco-workbench', { timeout: 120000 });
log(`workbench rendered after ${elapsed()}`);

if (testsPath) {
  const code = await exited;
  await Promise.allSettled(shotRequests);
  clearTimeout(timer);
  await shot('final');
  if (blocked.size) log(`blocked non-local requests: ${[...blocked].join(', ')}`);
  log(`VS Code reported test exit code ${code}`);
  // one summary line in the common "N passed, N failed" form (from mocha's reporter output)
  if (counts.seen) console.log(`vscode-tests: ${counts.passed} passed, ${counts.failed} failed${counts.pending ? `, ${counts.pending} skipped` : ''}`);
  await shutdown(code === 0 ? 0 : 1);
} else {
  // open mode: let the workbench settle, optionally open a file, then screenshot
  try { await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 }); } catch { }
  await page.waitForTimeout(2000);
  await shot('workbench');
  if (args['open-file']) {
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type(args['open-file']);
    // Enter before quick open lists the file does nothing (a loaded machine takes seconds).
    const listed = `.quick-input-list .monaco-list-row[aria-label*=${JSON.stringify(path.basename(args['open-file']))}]`;
    try { await page.waitForSelector(listed, { timeout: 30000 }); } catch { log(`quick open did not list ${args['open-file']}`); }
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(Number(args['keep-open-seconds'] ?? 4) * 1000);
    await shot('opened-file');
  }
  // --expect-frame SELECTOR: the opened file must render a frame (a webview) that matches it.
  if (args['expect-frame']) {
    const deadline = Date.now() + 60000;
    let found = false;
    while (!found && Date.now() < deadline) {
      for (const f of page.frames()) { try { if (await f.$(args['expect-frame'])) { found = true; break; } } catch { } }
      if (!found) await page.waitForTimeout(500);
    }
    await shot('expect-frame');
    if (!found) { clearTimeout(timer); await shutdown(1, `no frame matched ${args['expect-frame']}`); }
    log(`frame matched ${args['expect-frame']}`);
  }
  clearTimeout(timer);
  if (blocked.size) log(`blocked non-local requests: ${[...blocked].join(', ')}`);
  await shutdown(0, 'open mode done');
}
