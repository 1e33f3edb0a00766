// Capture from a live /debug/pprof/ endpoint, end to end: a real Go program (test/integration/goserver,
// built here with the machine's Go) serves net/http/pprof on 127.0.0.1, and the command fetches,
// saves and opens what it serves. Without Go these tests FAIL (suiteSetup), they do not skip.
import * as assert from 'assert';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, hasBrowser, screenshot, waitFor, waitInWebview, workspaceRoot } from './harness';

const CAPTURE = 'goProfileExplorer.captureFromUrl';
const PROFILE_FRAME = 'body[data-view="profile"]';
const REPO = path.resolve(__dirname, '../../..');
const GO_SERVER_SRC = path.join(REPO, 'test/integration/goserver');
/** The Go toolchain: `go` on PATH (Debian's golang-go), or GPE_GO=/path/to/go. */
const GO = process.env.GPE_GO || 'go';

function buildGoServer(dir: string): string {
  const version = spawnSync(GO, ['version'], { encoding: 'utf8' });
  if (version.error) {
    throw new Error(`The capture tests need Go to build ${GO_SERVER_SRC}, but \`${GO}\` could not be run (${version.error.message}). Install Debian's golang-go (.ci/run does).`);
  }
  const bin = path.join(dir, 'goserver');
  const env: NodeJS.ProcessEnv = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local' };
  if (!env.GOCACHE && !env.HOME && !env.XDG_CACHE_HOME) env.GOCACHE = path.join(dir, 'gocache');
  const r = spawnSync(GO, ['build', '-o', bin, '.'], { cwd: GO_SERVER_SRC, env, encoding: 'utf8', timeout: 240000 });
  if (r.status !== 0) throw new Error(`go build of ${GO_SERVER_SRC} failed (${r.status ?? r.signal}): ${r.stderr || r.error?.message}`);
  console.log(`built goserver with ${version.stdout.trim()}`);
  return bin;
}

interface GoServer { proc: ChildProcessWithoutNullStreams; port: number; tlsPort: number }

/** Starts the server on free ports: http, and https wanting a client certificate (PEMs in tlsDir). */
function startGoServer(bin: string, tlsDir: string): Promise<GoServer> {
  const proc = spawn(bin, ['-addr', '127.0.0.1:0', '-tls-dir', tlsDir], { stdio: 'pipe' });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`goserver did not start in 15 s: ${out}`)), 15000);
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^listening on 127\.0\.0\.1:(\d+)$/m.exec(out);
      const t = /^tls listening on 127\.0\.0\.1:(\d+)$/m.exec(out);
      if (m && t) { clearTimeout(timer); resolve({ proc, port: Number(m[1]), tlsPort: Number(t[1]) }); }
    });
    proc.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    proc.on('error', e => { clearTimeout(timer); reject(e); });
    proc.on('exit', c => { clearTimeout(timer); reject(new Error(`goserver exited ${c}: ${out}`)); });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const p = (s.address() as net.AddressInfo).port; s.close(() => resolve(p)); });
  });
}

function capture(args: { baseUrl: string; kind: string; seconds?: number }): Thenable<vscode.Uri> {
  return vscode.commands.executeCommand<vscode.Uri>(CAPTURE, args);
}

/** For assert.rejects: the error's message (not its name) matches. */
function message(re: RegExp): (e: Error) => boolean {
  return e => { assert.match(e.message, re); return true; };
}

function activeTabInput(): unknown {
  return vscode.window.tabGroups.activeTabGroup.activeTab?.input;
}

async function expectProfileEditor(uri: vscode.Uri): Promise<void> {
  const input = await waitFor('profile editor tab', () => {
    const i = activeTabInput();
    return i instanceof vscode.TabInputCustom && i.uri.toString() === uri.toString() ? i : undefined;
  });
  assert.strictEqual(input.viewType, 'goProfileExplorer.profile');
}

function assertInCaptureFolder(uri: vscode.Uri, name: RegExp): Buffer {
  const folder = vscode.Uri.joinPath(workspaceRoot(), '.pprof').fsPath;
  assert.strictEqual(path.dirname(uri.fsPath), folder);
  assert.match(path.basename(uri.fsPath), name);
  return fs.readFileSync(uri.fsPath);
}

suite('Capture from URL', function () {
  this.timeout(120000);
  let tmp = '';
  let server: ChildProcessWithoutNullStreams | undefined;
  let base = '';
  let origin = '';
  let tlsPort = 0;
  let tlsDir = '';

  suiteSetup(async function () {
    this.timeout(300000);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gpe-goserver-'));
    const bin = buildGoServer(tmp);
    tlsDir = path.join(tmp, 'tls');
    fs.mkdirSync(tlsDir);
    const started = await startGoServer(bin, tlsDir);
    server = started.proc;
    tlsPort = started.tlsPort;
    origin = `http://127.0.0.1:${started.port}`;
    base = `${origin}/debug/pprof/`;
  });

  suiteTeardown(() => {
    server?.stdin.end();
    server?.kill();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  teardown(closeAllEditors);

  test('heap: saved as <host>-heap-<timestamp>.pb.gz and opened in the profile editor', async () => {
    const uri = await capture({ baseUrl: base, kind: 'heap' });
    const bytes = assertInCaptureFolder(uri, /^127\.0\.0\.1_\d+-heap-\d{8}T\d{6}Z\.pb\.gz$/);
    assert.deepStrictEqual([...bytes.subarray(0, 2)], [0x1f, 0x8b], 'gzip magic');
    await expectProfileEditor(uri);
    if (!hasBrowser()) return;
    const title = await waitInWebview<string>(PROFILE_FRAME, 'captured profile title', `return document.querySelector('.gpe-title')?.textContent`);
    assert.strictEqual(title, path.basename(uri.fsPath));
    await screenshot('capture-heap');
  });

  test('goroutine debug=2: saved as .txt and opened as text (grouped when that command exists)', async () => {
    const uri = await capture({ baseUrl: base, kind: 'goroutine' });
    const text = assertInCaptureFolder(uri, /^127\.0\.0\.1_\d+-goroutine-\d{8}T\d{6}Z\.txt$/).toString('utf8');
    assert.match(text, /^goroutine \d+ \[/);
    assert.ok(text.includes('goroutine 1 ['), 'main goroutine present');
    assert.ok(text.includes('main.parkedWorker'), 'the parked workers are in the dump');
    assert.ok(vscode.workspace.textDocuments.some(d => d.uri.toString() === uri.toString()), 'opened as a text document');
    const grouping = (await vscode.commands.getCommands(true)).includes('goProfileExplorer.groupGoroutines');
    if (!grouping) {
      const input = await waitFor('text editor tab', () => { const i = activeTabInput(); return i instanceof vscode.TabInputText ? i : undefined; });
      assert.strictEqual(input.uri.toString(), uri.toString());
    }
    if (grouping) await new Promise(r => setTimeout(r, 2000)); // let the grouped view render for the screenshot
    await screenshot('capture-goroutine');
  });

  test('CPU profile for 1 second: sampled, saved as <host>-cpu-….pb.gz, profile editor', async () => {
    const t0 = Date.now();
    const uri = await capture({ baseUrl: base, kind: 'profile', seconds: 1 });
    assert.ok(Date.now() - t0 >= 900, 'the server sampled for about a second');
    const bytes = assertInCaptureFolder(uri, /^127\.0\.0\.1_\d+-cpu-\d{8}T\d{6}Z\.pb\.gz$/);
    assert.deepStrictEqual([...bytes.subarray(0, 2)], [0x1f, 0x8b]);
    await expectProfileEditor(uri);
  });

  test('the other profile kinds save gzip profiles; a second capture in the same second gets its own name', async () => {
    const seen = new Set<string>();
    for (const kind of ['allocs', 'goroutine-proto', 'mutex', 'block', 'threadcreate', 'threadcreate']) {
      const uri = await capture({ baseUrl: base, kind });
      const bytes = fs.readFileSync(uri.fsPath);
      assert.deepStrictEqual([...bytes.subarray(0, 2)], [0x1f, 0x8b], kind);
      assert.ok(!seen.has(uri.fsPath), `${kind}: new file`);
      seen.add(uri.fsPath);
    }
  });

  test('nothing listening: the error says connection refused', async () => {
    const port = await freePort();
    await assert.rejects(Promise.resolve(capture({ baseUrl: `http://127.0.0.1:${port}/debug/pprof/`, kind: 'heap' })),
      (e: Error) => { assert.match(e.message, new RegExp(`^Connection refused by 127\\.0\\.0\\.1:${port}`)); return true; });
  });

  test('HTTP 500: the error has the status and the first line of the body', async () => {
    await assert.rejects(Promise.resolve(capture({ baseUrl: `${origin}/fail/`, kind: 'heap' })), (e: Error) => {
      assert.strictEqual(e.message, `HTTP 500 Internal Server Error from ${origin}/fail/heap: profiling is disabled on this replica.`);
      return true;
    });
  });

  test('a 200 answer that is not a profile is refused and not saved', async () => {
    const before = fs.readdirSync(vscode.Uri.joinPath(workspaceRoot(), '.pprof').fsPath).length;
    await assert.rejects(Promise.resolve(capture({ baseUrl: `${origin}/html/`, kind: 'heap' })), message(/^Not a profile: .* answered with an HTML page \("Please log in"\)/));
    assert.strictEqual(fs.readdirSync(vscode.Uri.joinPath(workspaceRoot(), '.pprof').fsPath).length, before);
  });

  test('timeout: the error says how long it waited', async () => {
    const cfg = vscode.workspace.getConfiguration('goProfileExplorer.capture');
    await cfg.update('timeoutSeconds', 1, vscode.ConfigurationTarget.Workspace);
    try {
      const t0 = Date.now();
      await assert.rejects(Promise.resolve(capture({ baseUrl: `${origin}/slow/`, kind: 'heap' })), message(/^Timed out after 1 s waiting for http:\/\/127\.0\.0\.1:\d+\/slow\/heap\./));
      assert.ok(Date.now() - t0 < 10000);
    } finally {
      await cfg.update('timeoutSeconds', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('trace is refused with a clear message', async () => {
    await assert.rejects(Promise.resolve(capture({ baseUrl: base, kind: 'trace' })), message(/execution trace .*go tool trace/));
  });

  test('bearer token: 401 without it, captured with it, 401 again after clearing', async () => {
    const authBase = `${origin}/auth/debug/pprof/`;
    await assert.rejects(Promise.resolve(capture({ baseUrl: authBase, kind: 'heap' })), message(/^HTTP 401 Unauthorized from .*: Unauthorized\. .*bearer token/));
    await vscode.commands.executeCommand('goProfileExplorer.captureSetBearerToken', { baseUrl: authBase, token: 's3cret-token' });
    try {
      const uri = await capture({ baseUrl: authBase, kind: 'heap' });
      assert.deepStrictEqual([...fs.readFileSync(uri.fsPath).subarray(0, 2)], [0x1f, 0x8b]);
    } finally {
      await vscode.commands.executeCommand('goProfileExplorer.captureClearCredentials', { baseUrl: authBase });
    }
    await assert.rejects(Promise.resolve(capture({ baseUrl: authBase, kind: 'heap' })), message(/^HTTP 401/));
  });

  test('https with a client certificate (kube-apiserver style): CA from the setting, certificate from secret storage', async () => {
    const tlsBase = `https://127.0.0.1:${tlsPort}/debug/pprof/`;
    await assert.rejects(Promise.resolve(capture({ baseUrl: tlsBase, kind: 'heap' })),
      message(new RegExp(`^The TLS certificate of 127\\.0\\.0\\.1:${tlsPort} was not accepted \\(UNABLE_TO_VERIFY_LEAF_SIGNATURE\\)\\. Set goProfileExplorer\\.capture\\.tls\\.caFile`)));
    const cfg = vscode.workspace.getConfiguration('goProfileExplorer.capture.tls');
    await cfg.update('caFile', path.join(tlsDir, 'ca.pem'), vscode.ConfigurationTarget.Global);
    try {
      await assert.rejects(Promise.resolve(capture({ baseUrl: tlsBase, kind: 'heap' })), message(/refused the TLS handshake \(.*\): it wants a client certificate/));
      const read = (f: string) => fs.readFileSync(path.join(tlsDir, f), 'utf8');
      await vscode.commands.executeCommand('goProfileExplorer.captureSetClientCertificate', { baseUrl: tlsBase, cert: read('client.pem'), key: read('client-key.pem') });
      const uri = await capture({ baseUrl: tlsBase, kind: 'heap' });
      assert.match(path.basename(uri.fsPath), new RegExp(`^127\\.0\\.0\\.1_${tlsPort}-heap-`));
      assert.deepStrictEqual([...fs.readFileSync(uri.fsPath).subarray(0, 2)], [0x1f, 0x8b]);
    } finally {
      await vscode.commands.executeCommand('goProfileExplorer.captureClearCredentials', { baseUrl: tlsBase });
      await cfg.update('caFile', undefined, vscode.ConfigurationTarget.Global);
    }
    await assert.rejects(Promise.resolve(capture({ baseUrl: tlsBase, kind: 'heap' })), message(/not accepted/));
  });

  test('from the palette: the base URL is remembered for the workspace, the kind is picked', async () => {
    // The last scripted capture used base, so the prompt is pre-filled with it; accept it and pick the first kind (heap).
    await capture({ baseUrl: base, kind: 'allocs' });
    await closeAllEditors();
    const pending = vscode.commands.executeCommand<vscode.Uri | undefined>(CAPTURE);
    await new Promise(r => setTimeout(r, 1500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise(r => setTimeout(r, 1500));
    await screenshot('capture-pick-kind');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const uri = await pending;
    assert.ok(uri, 'a file was captured');
    assert.match(path.basename(uri.fsPath), /^127\.0\.0\.1_\d+-heap-/);
    await expectProfileEditor(uri);
  });
});
