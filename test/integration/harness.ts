// What integration tests need from the world outside the extension host: waiting,
// screenshots and the webview's DOM in the browser. The runner (test/harness/run-vscode-tests.mjs)
// watches the test output for SCREENSHOT:/WEBVIEW_REQUEST: lines and answers through files.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { runCli } from '../../src/cli/main';

export const EXTENSION_ID = 'goprofile.go-profile-explorer';

export function workspaceRoot(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f.uri;
}

export function fixtureUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

export async function waitFor<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined && v !== null && (v as unknown) !== false) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise(r => setTimeout(r, 100));
  }
}

function exchangeDir(): string | undefined {
  return process.env.VSCODE_TEST_SCREENSHOT_DIR;
}

/** True when the runner can reach the browser (code-server harness); false under test-electron. */
export function hasBrowser(): boolean {
  return !!exchangeDir();
}

/** Asks the runner for a PNG of the whole workbench page and waits until it is written. */
export async function screenshot(name: string): Promise<void> {
  const dir = exchangeDir();
  if (!dir) return;
  const file = path.join(dir, `${name}.png`);
  try { fs.unlinkSync(file); } catch { /* none yet */ }
  console.log(`SCREENSHOT:${name}`);
  await waitFor(`screenshot ${name}`, () => fs.existsSync(file), 20000);
}

export interface WebviewRequest {
  /** CSS selector that only our webview's document matches, e.g. 'body[data-view="profile"]'. */
  frame: string;
  op: 'eval' | 'click' | 'hover' | 'press' | 'type' | 'page';
  /** For page: an absolute path of a file to open on its own in a fresh browser context. */
  path?: string;
  /** For page: the name of a PNG of it to write next to the screenshots. */
  shot?: string;
  colorScheme?: 'light' | 'dark';
  /** Run in VS Code's frame around the webview's document: where its acquireVsCodeApi() poster posts (`__vscode_post_message__`). */
  hostFrame?: boolean;
  selector?: string;
  script?: string;
  key?: string;
  text?: string;
  modifiers?: string[];
  /** For click: 'right' opens context menus. */
  button?: 'left' | 'right' | 'middle';
  timeoutMs?: number;
}

let requestCounter = 0;
/** Runs an operation in the webview's frame in the real browser; resolves with eval's value. */
export async function inWebview<T = unknown>(req: WebviewRequest): Promise<T> {
  const dir = exchangeDir();
  if (!dir) throw new Error('no browser: run the integration tests through scripts/run-integration-tests.mjs');
  const id = `req-${process.pid}-${++requestCounter}`;
  const file = path.join(dir, `${id}.json`);
  console.log(`WEBVIEW_REQUEST:${Buffer.from(JSON.stringify({ id, ...req })).toString('base64')}`);
  const raw = await waitFor(`webview request ${req.op}`, () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined), (req.timeoutMs ?? 15000) + 10000);
  fs.unlinkSync(file);
  const res = JSON.parse(raw) as { ok: boolean; value?: T; error?: string };
  if (!res.ok) throw new Error(`webview ${req.op} failed: ${res.error}`);
  return res.value as T;
}

/** Polls a script in the webview until it returns a truthy value. */
export async function waitInWebview<T>(frame: string, what: string, script: string, ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await inWebview<T>({ frame, op: 'eval', script, timeoutMs: Math.max(1000, end - Date.now()) });
      if (v) return v;
      last = v;
    } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timed out waiting in webview for ${what} (last: ${String(last)})`);
    await new Promise(r => setTimeout(r, 250));
  }
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Samples the extension host's event loop (the tests run in it) every 10 ms; `longestGapMs` is
 * its longest stall since the start. `stop` ends the sampling and returns that gap.
 */
export function startStallMeter(): { longestGapMs(): number; stop(): number } {
  let longest = 0;
  let last = performance.now();
  const ticker = setInterval(() => { const now = performance.now(); longest = Math.max(longest, now - last); last = now; }, 10);
  return {
    longestGapMs: () => longest,
    stop: () => { clearInterval(ticker); return longest; },
  };
}

/** What a standalone page (a file opened in the browser by itself) did: its script's value and every request it tried. */
export interface StandalonePage<T> {
  value: T;
  /** Every URL the page requested (all refused): a self-contained page requests none. */
  requests: string[];
  cspViolations: number;
  consoleErrors: string[];
}

/** Opens a local file in the real browser, in a context of its own, runs `script` there. */
export async function openInBrowser<T>(filePath: string, script: string, options: { shot?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<StandalonePage<T>> {
  return inWebview<StandalonePage<T>>({ frame: '', op: 'page', path: filePath, script, ...options });
}

/**
 * The elements of `selectors` shown whose text reads below WCAG's 4.5:1: their colour against their
 * background over the page's, mixed through a canvas (any CSS colour form, color-mix included).
 */
export async function lowContrast(frame: string, selectors: string[]): Promise<{ selector: string; text: string; ratio: number }[]> {
  const all = await inWebview<{ selector: string; text: string; ratio: number }[]>({ frame, op: 'eval', script: `
    const c = document.createElement('canvas'); c.width = c.height = 1;
    const x = c.getContext('2d', { willReadFrequently: true });
    const px = fills => { x.clearRect(0, 0, 1, 1); for (const f of fills) { x.fillStyle = '#000'; x.fillStyle = f; x.fillRect(0, 0, 1, 1); } return [...x.getImageData(0, 0, 1, 1).data].slice(0, 3); };
    const lum = rgb => rgb.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
    const page = getComputedStyle(document.body).backgroundColor;
    const behind = e => { for (let a = e; a; a = a.parentElement) { const b = getComputedStyle(a).backgroundColor; if (!/^rgba\\(.*, 0\\)$|^transparent$/.test(b)) return b; } return page; };
    return ${JSON.stringify(selectors)}.flatMap(selector => [...document.querySelectorAll(selector)].filter(e => e.offsetParent !== null).map(e => {
      const [a, b] = [lum(px([page, behind(e), getComputedStyle(e).color])), lum(px([page, behind(e)]))].sort((p, q) => q - p);
      return { selector, text: e.textContent.slice(0, 60), ratio: Math.round((a + 0.05) / (b + 0.05) * 10) / 10 };
    }));` });
  return all.filter(c => c.ratio < 4.5);
}

export const DARK_THEME = 'Default Dark Modern';

/** Runs `fn` with the workbench in `theme`, then puts back the theme the user had, whatever happens. */
export async function withColorTheme<T>(theme: string, fn: () => Promise<T>): Promise<T> {
  const workbench = vscode.workspace.getConfiguration('workbench');
  const before = workbench.inspect<string>('colorTheme')?.globalValue;
  await workbench.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
  try { return await fn(); } finally { await workbench.update('colorTheme', before, vscode.ConfigurationTarget.Global); }
}

/** Runs `fn` in the dark theme once the webview in `frame` has taken it. */
export function inDarkTheme(frame: string, fn: () => Promise<void>): Promise<void> {
  return withColorTheme(DARK_THEME, async () => {
    await waitInWebview(frame, 'dark theme', `return document.body.classList.contains('vscode-dark')`);
    await fn();
  });
}

/** Runs `goprof ARGV` in process and parses its JSON answer; a non-zero exit fails with its stderr. */
export async function cliJson<T>(argv: string[]): Promise<T> {
  let out = '', err = '';
  const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
  assert.strictEqual(code, 0, err);
  return JSON.parse(out) as T;
}
