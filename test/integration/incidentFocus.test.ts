// The incident view's ways into the full views, in a real VS Code: a heap top row and a frame of
// the joined flame graph open the profile editor focused on that function (their source is a
// separate link, or Ctrl-click), a suspect opens the goroutine view filtered to its group; the
// creator's call path is shown; and the offer proposes only a profile and a dump of one process.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { type Incident } from '../../src/core/report/incident';
import { copySampleCaptures, incidentFixture } from './incidentFixtures';
import { DARK_THEME, EXTENSION_ID, cliJson, closeAllEditors, hasBrowser, inWebview, screenshot, waitFor, waitInWebview, withColorTheme, workspaceRoot } from './harness';

const FRAME = 'body[data-view="incident"]';
const PROFILE_FRAME = 'body[data-view="profile"]';
const GOROUTINE_FRAME = 'body[data-view="goroutines"]';
const OPEN = 'goProfileExplorer.openIncident';
const CAPTURES = ['goroutines.txt', 'heap.pb.gz'];
const SAMPLE_FOLDER = 'incident-focus-sample';

interface Api { incidentOfferFolders(): Promise<string[]> }

function api(): Api {
  return vscode.extensions.getExtension(EXTENSION_ID)!.exports as Api;
}


function sampleFolder(): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), SAMPLE_FOLDER);
}

async function openIncident(folder: vscode.Uri): Promise<Incident> {
  const expected = await cliJson<Incident>(['incident', folder.fsPath, '--json']);
  await vscode.commands.executeCommand(OPEN, folder);
  await waitInWebview<string>(FRAME, 'the answer', `return document.querySelector('.gpe-answer-first')?.textContent`, 60000);
  return expected;
}

function activeCustomEditor(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputCustom ? input.uri : undefined;
}

/** The profile editor of `heap` in front, its breadcrumb naming `func` (the focused frame). */
async function profileFocusedOn(heap: vscode.Uri, func: string): Promise<string> {
  await waitFor('the profile editor', () => activeCustomEditor()?.toString() === heap.toString(), 30000);
  const method = func.slice(func.lastIndexOf('.') + 1);
  return waitInWebview<string>(PROFILE_FRAME, `the profile focused on ${func}`, `
    const t = document.querySelector('.gpe-breadcrumb')?.textContent; return t && t.includes(${JSON.stringify(method)}) ? t : undefined`, 60000);
}

/** Puts the incident view in front again (it stays open beside the editors it opened). */
async function backToIncident(folder: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand(OPEN, folder);
  await waitInWebview(FRAME, 'the incident again', `return !!document.querySelector('.gpe-answer-first')`);
}

suite('Incident focus', () => {
  suiteSetup(async () => {
    await copySampleCaptures(sampleFolder(), CAPTURES);
  });
  teardown(closeAllEditors);

  test('a heap top row opens the profile editor focused on its function; the file:line beside it opens the source', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(180000);
    await closeAllEditors();
    const expected = await openIncident(sampleFolder());
    const heap = vscode.Uri.joinPath(sampleFolder(), expected.heapPath!);
    const rows = await inWebview<{ func: string; focus: boolean; source: string | null }[]>({ frame: FRAME, op: 'eval', script: `
      return [...document.querySelectorAll('.gpe-heap-top-row .gpe-heap-top-func')].map(td => ({
        func: td.title, focus: !!td.querySelector('a.gpe-focus-link[data-open-file][data-func]'),
        source: td.querySelector('a.gpe-source-link')?.textContent ?? null }))` });
    assert.deepStrictEqual(rows.map(r => r.func), expected.heapTop!.slice(0, rows.length).map(r => r.func));
    assert.ok(rows.every(r => r.focus), 'every row focuses the profile');
    // The first row whose function has a source line: the profile focused on it, then its source.
    const at = rows.findIndex(r => r.source !== null);
    assert.ok(at >= 0, `a row with a source link: ${JSON.stringify(rows)}`);
    const func = rows[at].func;
    await inWebview({ frame: FRAME, op: 'click', selector: `.gpe-heap-top-row:nth-child(${at + 2}) a.gpe-focus-link` });
    const crumb = await profileFocusedOn(heap, func);
    assert.ok(crumb.length > 0);
    await screenshot('incident-focus-heap-top');

    await backToIncident(sampleFolder());
    await inWebview({ frame: FRAME, op: 'click', selector: `.gpe-heap-top-row:nth-child(${at + 2}) a.gpe-source-link` });
    const [file, line] = rows[at].source!.split(':');
    const editor = await waitFor(`${file} open`, () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.path.endsWith(`/${file}`) ? e : undefined;
    }, 30000);
    if (line) assert.strictEqual(editor.selection.active.line, Number(line) - 1);
  });

  test('a frame of the joined flame graph opens the profile editor focused on it; Ctrl-click opens its source', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(180000);
    await closeAllEditors();
    const expected = await openIncident(sampleFolder());
    const heap = vscode.Uri.joinPath(sampleFolder(), expected.heapPath!);
    // The widest frame under the root that has a source too.
    const frame = await inWebview<{ name: string; index: number }>({ frame: FRAME, op: 'eval', script: `
      const frames = [...document.querySelectorAll('.gpe-suspect-card[data-suspect="0"] svg.gpe-join-flame g.gpe-flame-frame')];
      const index = frames.findIndex(g => g.dataset.openFile !== undefined && g.dataset.sourceLink !== undefined);
      return { name: frames[index]?.dataset.name, index };` });
    assert.ok(frame.index > 0, 'a joined frame that opens the profile and has a source');
    const selector = `.gpe-suspect-card[data-suspect="0"] svg.gpe-join-flame g.gpe-flame-frame:nth-of-type(${frame.index + 1}) rect`;
    await inWebview({ frame: FRAME, op: 'click', selector });
    await profileFocusedOn(heap, frame.name);

    await backToIncident(sampleFolder());
    await inWebview({ frame: FRAME, op: 'click', selector, modifiers: ['Control'] });
    const editor = await waitFor('the frame\'s source', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.path.endsWith('.go') ? e : undefined;
    }, 30000);
    assert.ok(editor.document.getText().includes(frame.name.slice(frame.name.lastIndexOf('.') + 1)), `${editor.document.uri.path} declares ${frame.name}`);
  });

  test('"Open in goroutine view" on a suspect opens the dump filtered to that group', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(180000);
    await closeAllEditors();
    const expected = await openIncident(sampleFolder());
    const suspect = expected.suspects[0];
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-suspect-card[data-suspect="0"] button.gpe-open-file:has-text("Open in goroutine view")' });
    const shown = await waitInWebview<{ filter: string; rows: string[] }>(GOROUTINE_FRAME, 'the group filtered', `
      const filter = document.querySelector('.gpe-filter')?.value;
      const rows = [...document.querySelectorAll('tr.gpe-group')].map(r => r.textContent);
      return filter && filter.startsWith('func:') && rows.length ? { filter, rows } : undefined`, 60000);
    assert.strictEqual(shown.filter, `func:${suspect.func} ${suspect.state.split(' ').map(w => `state:${w}`).join(' ')}`);
    assert.strictEqual(shown.rows.length, 1, shown.rows.join('\n'));
    assert.ok(shown.rows[0].includes(suspect.count.toLocaleString('en-US')), shown.rows[0]);
    await screenshot('incident-focus-goroutine-group');
  });

  test('the creator\'s call path a group was joined through is shown with its stack; light and dark', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(180000);
    await closeAllEditors();
    const folder = await incidentFixture('creator-path-go121');
    const expected = await openIncident(folder);
    const path = expected.suspects[0].creatorPath!;
    assert.strictEqual(path.via, 'creator-goroutine');
    const text = await inWebview<string>({ frame: FRAME, op: 'eval', script: `
      const card = document.querySelector('.gpe-suspect-card[data-suspect="0"]');
      card.querySelector('details.gpe-stack').open = true;
      card.querySelector('.gpe-creator-path').scrollIntoView({ block: 'center' });
      return card.querySelector('.gpe-creator-path').textContent` });
    assert.strictEqual(text, `joined with its creator's call path (goroutine ${path.goroutineIds.join(', ')}): main.startWatchers \u2190 main.syncLoop`);
    const sentence = await inWebview<string>({ frame: FRAME, op: 'eval', script: `return document.querySelector('.gpe-answer-first').textContent` });
    assert.strictEqual(sentence, expected.answer[0]);
    assert.match(sentence, /its creator's caller main\.syncLoop is on the stacks holding/);
    await screenshot('incident-creator-path-light');
    await withColorTheme(DARK_THEME, async () => {
      await waitInWebview(FRAME, 'dark theme', `return document.body.classList.contains('vscode-dark')`);
      await screenshot('incident-creator-path-dark');
    });
  });

  test('a capture linked into the folder is not followed but listed as not read, as the CLI lists it', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(180000);
    await closeAllEditors();
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'incident-linked-capture');
    await copySampleCaptures(folder, ['heap.pb.gz']);
    const link = path.join(folder.fsPath, 'goroutines.txt');
    fs.rmSync(link, { force: true });
    fs.symlinkSync(path.join(sampleFolder().fsPath, 'goroutines.txt'), link);
    const expected = await openIncident(folder);
    assert.deepStrictEqual(expected.unread, [{ path: 'goroutines.txt', reason: 'a symbolic link: not followed' }]);
    const shown = await waitInWebview<string[]>(FRAME, 'the files not read', `
      const items = [...document.querySelectorAll('.gpe-unread-file')].map(li => li.textContent);
      return items.length ? items : undefined`);
    assert.deepStrictEqual(shown, ['goroutines.txt — a symbolic link: not followed']);
  });

  test('the offer: a profile and a dump of one process are proposed, of two processes they are not', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(180000);
    await closeAllEditors();
    const different = await incidentFixture('different-processes');
    const same = await incidentFixture('chan-leak');
    const openBoth = async (folder: vscode.Uri) => {
      await vscode.commands.executeCommand('vscode.openWith', vscode.Uri.joinPath(folder, 'heap.pb.gz'), 'goProfileExplorer.profile');
      await vscode.commands.executeCommand('goProfileExplorer.groupGoroutines', vscode.Uri.joinPath(folder, 'goroutines.txt'));
    };
    await openBoth(different);
    await waitFor('both open', () => vscode.window.tabGroups.all.flatMap(g => g.tabs).length >= 2 ? true : undefined);
    assert.deepStrictEqual(await api().incidentOfferFolders(), [], 'a dump and a profile of two programs are not offered');
    await openBoth(same);
    const offered = await waitFor('the folder of one process offered', async () => {
      const folders = await api().incidentOfferFolders();
      return folders.length ? folders : undefined;
    }, 30000);
    assert.deepStrictEqual(offered, [same.toString()]);
  });
});
