// "Go Profile: Watch endpoint…" in a real VS Code against a real Go server (test/integration/goserver)
// that leaks goroutines and memory on a timer: the captures land in one folder with their times in
// the names, the status bar counts them, the folder opens as an incident that fills as they arrive,
// and the leak group is flagged within three captures, as `goprof incident` flags it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Incident } from '../../src/core/report/incident';
import { DARK_THEME, EXTENSION_ID, cliJson, closeAllEditors, hasBrowser, inWebview, screenshot, waitFor, waitInWebview, withColorTheme, workspaceRoot } from './harness';
import { describeStalls, probeHostStalls } from './hostStallProbe';
import { buildGoServer, startGoServer, type RunningGoServer } from './goserver/goServerProcess';

const WATCH = 'goProfileExplorer.watchEndpoint';
const STOP = 'goProfileExplorer.stopWatch';
const RESUME = 'goProfileExplorer.resumeWatch';
const FRAME = 'body[data-view="incident"]';
const WORKBENCH = '.monaco-workbench';

/** The watch's status bar item as the workbench shows it. */
function statusText(): Promise<string> {
  return waitInWebview<string>(WORKBENCH, 'the watch in the status bar', `
    const item = [...document.querySelectorAll('.statusbar-item')].find(e => /Watch \\d/.test(e.textContent));
    return item ? item.textContent.trim() : undefined`);
}

/** The status bar item once it reads as `expected`: the workbench draws it after a round trip from the extension host. */
async function statusTextOnceItMatches(expected: RegExp): Promise<string> {
  let last = '';
  try {
    return await waitFor(`the watch in the status bar to read ${expected}`, async () => {
      last = await statusText();
      return expected.test(last) ? last : undefined;
    }, 10000);
  } catch {
    assert.fail(`the status bar reads '${last}', not ${expected}`);
  }
}

suite('Watch endpoint', () => {
  let tmp = '';
  let server: RunningGoServer | undefined;

  suiteSetup(async function () {
    this.timeout(300000);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gpe-watch-'));
    server = await startGoServer(buildGoServer(tmp), '300ms');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand(STOP).then(undefined, () => undefined);
    server?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  teardown(closeAllEditors);

  test('every 2 s for 40 s: the leak group flagged in the incident view within three captures, the status bar counting, stop and resume', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(180000);
    await closeAllEditors();
    // The extension active first, then an idle baseline of the same probe (the machine is shared).
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    const idleProbe = await probeHostStalls('watch-idle');
    await new Promise(r => setTimeout(r, 2000));
    const idle = await idleProbe.stop();
    const probe = await probeHostStalls('watch');
    const started = await vscode.commands.executeCommand<{ folder: vscode.Uri }>(WATCH, { baseUrl: server!.baseUrl, every: '2s', for: '40s', gc: true });
    const folder = started.folder;
    assert.ok(folder.fsPath.startsWith(path.join(workspaceRoot().fsPath, '.pprof')), `the watch folder is under the capture folder: ${folder.fsPath}`);
    assert.match(path.basename(folder.fsPath), /^watch-127\.0\.0\.1_\d+-\d{8}T\d{6}Z$/);

    // The first capture opens the incident view; the third flags the leaking group.
    const leak = await waitInWebview<{ name: string; values: string; points: number }>(FRAME, 'the leak group flagged', `
      const card = [...document.querySelectorAll('.gpe-spark-card.gpe-leak')].find(c => c.dataset.kind === 'goroutines' && c.textContent.includes('leakyDispatch'));
      return card ? { name: card.querySelector('.gpe-spark-name').textContent, values: card.querySelector('.gpe-spark-values').textContent,
        points: card.querySelectorAll('circle.gpe-spark-dot').length } : undefined`, 60000);
    const stalls = await probe.stop();
    assert.ok(leak.points >= 3, `flagged after ${leak.points} captures`);
    assert.match(leak.values, /^[\d,]+ → [\d,]+ goroutines$/, 'the counts say what they count');
    const [first, last] = leak.values.replace(/ goroutines$/, '').split(' → ').map(v => Number(v.replace(/,/g, '')));
    assert.ok(last > first, leak.values);
    const files = fs.readdirSync(folder.fsPath).filter(f => !f.startsWith('.')).sort();
    assert.ok(files.filter(f => /^goroutine-\d{8}T\d{6}Z\.txt$/.test(f)).length >= 3, files.join(', '));
    assert.ok(files.filter(f => /^heap-\d{8}T\d{6}Z\.pb\.gz$/.test(f)).length >= 3, files.join(', '));
    // What the view flags is what `goprof incident` flags on the same folder (the same core).
    const expected = await cliJson<Incident>(['incident', folder.fsPath, '--json']);
    const group = expected.overTime.find(s => s.kind === 'goroutines' && s.func === 'main.leakyDispatch');
    assert.ok(group?.leak, JSON.stringify(expected.overTime.map(s => [s.name, s.leak])));
    const answer = await waitInWebview<string>(FRAME, 'the leak sentence', `
      const s = [...document.querySelectorAll('.gpe-answer-sentence')].map(e => e.textContent).find(t => t.startsWith('Growing'));
      return s || undefined`);
    assert.match(answer, /^Growing (in every one of the \d+|over each of the last 3 of \d+) captures \(a leak\): goroutines chan send in main\.leakyDispatch/);
    assert.match(await statusText(), /Watch \d+\/20 · (next in \d+ s|capturing…)/);
    // Recorded (docs/benchmarks.md), not asserted: timings are measured by benchmarks, not by timed tests.
    console.log(`WATCH_BENCH every=2s captures=${leak.points} loadavg=${os.loadavg()[0].toFixed(1)} ${describeStalls(stalls)}`
      + ` idle_baseline_stall_ms=${idle.longestGapMs} idle: ${describeStalls(idle)}${stalls.cpuProfile ? ` profile=${stalls.cpuProfile}` : ''}`);

    await inWebview({ frame: FRAME, op: 'eval', script: `document.querySelector('.gpe-over-time').scrollIntoView(); return true` });
    await screenshot('watch-incident-light');
    await withColorTheme(DARK_THEME, async () => {
      await waitInWebview(FRAME, 'dark theme', `return document.body.classList.contains('vscode-dark')`);
      await screenshot('watch-incident-dark');
    });

    // Stop: no more captures; resume: they go on.
    await vscode.commands.executeCommand(STOP);
    const countAt = (text: string) => Number(/Watch (\d+)/.exec(text)![1]);
    await statusTextOnceItMatches(/Watch \d+\/20 stopped/);
    // A round in flight when stopping is aborted; what it saved before that still counts.
    await new Promise(r => setTimeout(r, 1500));
    const stoppedAt = countAt(await statusTextOnceItMatches(/Watch \d+\/20 stopped/));
    await new Promise(r => setTimeout(r, 4500));
    assert.strictEqual(countAt(await statusText()), stoppedAt, 'no capture while stopped');
    await vscode.commands.executeCommand(RESUME);
    await waitFor('a capture after resuming', async () => (countAt(await statusText()) > stoppedAt ? true : undefined), 30000);
    await statusTextOnceItMatches(/Watch \d+\/20 · /);
    await vscode.commands.executeCommand(STOP);
  });
});
