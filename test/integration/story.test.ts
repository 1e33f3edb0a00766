// The product's story walked as a user walks it, in the layouts users have: the sample incident
// (kube-apiserver's heap profile and goroutine dump) at full width, in a narrow editor beside the
// source it links to, and with a large editor font, in light and dark themes. What a user would
// trip over is checked on the DOM: text cut off with nothing to read it whole, and links that
// land elsewhere than they say.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { copySampleCaptures } from './incidentFixtures';
import { PROFILE_FRAME, openProfile } from './profileEditorDriver';
import { CUT_TEXT } from './textChecks';
import { cliJson, closeAllEditors, fixtureUri, hasBrowser, inDarkTheme, inWebview, screenshot, waitFor, waitInWebview, workspaceRoot } from './harness';

const INCIDENT = 'body[data-view="incident"]';
const WORKBENCH = '.monaco-workbench';
const GOROUTINES = 'body[data-view="goroutines"]';
const CAPTURES = ['goroutines.txt', 'heap.pb.gz'];
const STORE_GO = /\/(vendor|staging\/src)\/k8s\.io\/apiserver\/pkg\/registry\/generic\/registry\/store\.go$/;


/**
 * The `file:line` links whose line number a narrow column broke across two lines ("server.go:310" over "2"):
 * the text from the colon on, measured as drawn.
 */
const SPLIT_LINE_NUMBERS = `
  const split = [];
  for (const a of document.querySelectorAll('.gpe-source-link')) {
    const text = a.textContent, colon = text.lastIndexOf(':');
    if (colon < 0) continue;
    const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT), range = document.createRange();
    let offset = 0, started = false;
    for (let n; (n = walker.nextNode());) {
      if (!started && colon < offset + n.data.length) { range.setStart(n, colon - offset); started = true; }
      if (started) range.setEnd(n, n.data.length);
      offset += n.data.length;
    }
    if (new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top))).size > 1) split.push(text);
  }
  return split;`;

/**
 * Function names a narrow column broke inside a word ("Dele" over "teCollection"): each piece between the
 * name's break points (`<wbr>`) that fits its cell's width yet was drawn on more than one line.
 */
const NAMES_BROKEN_IN_A_WORD = `
  const broken = [];
  for (const f of document.querySelectorAll('.gpe-func')) {
    const cell = f.closest('td') || f.parentElement, width = cell.clientWidth - parseFloat(getComputedStyle(cell).paddingLeft) - parseFloat(getComputedStyle(cell).paddingRight);
    for (const n of f.childNodes) {
      if (n.nodeType !== Node.TEXT_NODE || !n.data) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const rects = [...range.getClientRects()].filter(r => r.width > 0);
      const pieceWidth = rects.reduce((sum, r) => sum + r.width, 0);
      if (new Set(rects.map(r => Math.round(r.top))).size > 1 && pieceWidth <= width) broken.push(f.textContent + ' at ' + n.data);
    }
  }
  return broken;`;

/** The profile editor's search box: narrower than its placeholder, or its `.*` checkbox on another row. */
const SEARCH_BOX_CUT = `
  const box = document.querySelector('.gpe-search'), regex = document.querySelector('.gpe-search-regex');
  const probe = document.createElement('span');
  probe.style.font = getComputedStyle(box).font;
  probe.style.position = 'absolute';
  probe.textContent = box.placeholder;
  document.body.append(probe);
  const needed = probe.getBoundingClientRect().width, inner = box.clientWidth - parseFloat(getComputedStyle(box).paddingLeft) - parseFloat(getComputedStyle(box).paddingRight);
  probe.remove();
  const cut = [];
  if (inner + 1 < needed) cut.push('placeholder cut: ' + Math.round(inner) + ' of ' + Math.round(needed) + ' px');
  const a = box.getBoundingClientRect(), b = regex.getBoundingClientRect();
  if (b.top >= a.bottom || b.bottom <= a.top) cut.push('.* on another row than the search box');
  return cut;`;

async function openIncident(folder: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('goProfileExplorer.openIncident', folder);
  await waitInWebview<string>(INCIDENT, 'the answer', `return document.querySelector('.gpe-answer-first')?.textContent`, 60000);
}

/** Waits until store.go is in front with the cursor on the dispatcher's blocking send (it may be open already, on another line). */
async function landsOnTheSend(): Promise<void> {
  await waitFor('store.go at the blocking send', () => {
    const e = vscode.window.activeTextEditor;
    return e && STORE_GO.test(e.document.uri.path) && /toProcess <- /.test(e.document.lineAt(e.selection.active.line).text) ? e : undefined;
  });
}

/** Runs `fn` with the editor's font at 22px once the webview in `frame` has taken it, then puts the user's back. */
async function withLargeEditorFont(frame: string, fn: () => Promise<void>): Promise<void> {
  const config = vscode.workspace.getConfiguration('editor');
  const before = config.inspect<number>('fontSize')?.globalValue;
  await config.update('fontSize', 22, vscode.ConfigurationTarget.Global);
  try {
    await waitInWebview(frame, 'the large font', `return getComputedStyle(document.documentElement).getPropertyValue('--vscode-editor-font-size').trim() === '22px'`);
    await fn();
  } finally {
    await config.update('fontSize', before, vscode.ConfigurationTarget.Global);
  }
}

/** A screenshot of each section of the incident view scrolled to the top, then back to the top. */
async function screenshotSections(name: string): Promise<void> {
  const count = await inWebview<number>({ frame: INCIDENT, op: 'eval', script: `return document.querySelectorAll('.gpe-section').length` });
  for (let i = 0; i < count; i++) {
    await inWebview({ frame: INCIDENT, op: 'eval', script: `document.querySelectorAll('.gpe-section')[${i}].scrollIntoView(); return true` });
    await screenshot(`${name}-section${i}`);
  }
  await inWebview({ frame: INCIDENT, op: 'eval', script: `window.scrollTo(0, 0); return true` });
}

suite('Story walk', () => {
  const folder = (): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), 'story-incident');
  suiteSetup(async () => { await copySampleCaptures(folder(), CAPTURES); });
  teardown(closeAllEditors);

  test('the incident at full width, narrow beside its source, and with a large font: no text cut, the link lands on the send', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(240000);
    await closeAllEditors();
    await openIncident(folder());
    assert.deepStrictEqual(await inWebview<string[]>({ frame: INCIDENT, op: 'eval', script: CUT_TEXT }), [], 'full width');
    await screenshot('story-incident-light');
    await inDarkTheme(INCIDENT, () => screenshot('story-incident-dark'));
    await screenshotSections('story-incident');

    // The source beside it: the view is half as wide.
    await vscode.window.showTextDocument(vscode.Uri.joinPath(workspaceRoot(), 'staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go'), { viewColumn: vscode.ViewColumn.Beside, preview: false });
    await waitFor('two editor groups', () => vscode.window.tabGroups.all.length >= 2);
    await new Promise(r => setTimeout(r, 1000));
    // The joined flame graph is drawn at the width it is shown at: its labels neither squeezed nor stretched.
    await waitInWebview(INCIDENT, 'the flame graph drawn at its width', `
      const m = document.querySelector('svg.gpe-join-flame').getScreenCTM(); return Math.abs(m.a - m.d) < 0.02`, 10000);
    const narrow = await inWebview<string[]>({ frame: INCIDENT, op: 'eval', script: CUT_TEXT });
    await screenshot('story-incident-narrow');
    await screenshotSections('story-incident-narrow');
    await inDarkTheme(INCIDENT, () => screenshot('story-incident-narrow-dark'));
    assert.deepStrictEqual(narrow, [], 'narrow');
    // The heap's top functions keep their names whole between words beside the figures.
    const heapTopNames = NAMES_BROKEN_IN_A_WORD.replace(`querySelectorAll('.gpe-func')`, `querySelectorAll('.gpe-heap-top-table .gpe-func')`);
    assert.notStrictEqual(heapTopNames, NAMES_BROKEN_IN_A_WORD);
    assert.deepStrictEqual(await inWebview<string[]>({ frame: INCIDENT, op: 'eval', script: heapTopNames }), [], 'names broken inside a word');

    // One click from the answer to the blocking send, in the source's group.
    await inWebview({ frame: INCIDENT, op: 'click', selector: '.gpe-answer-first a.gpe-func-link' });
    await landsOnTheSend();
    await screenshot('story-incident-narrow-source');

    // A large font: the editor's, which the views' names and code follow.
    await withLargeEditorFont(INCIDENT, async () => {
      const large = await inWebview<string[]>({ frame: INCIDENT, op: 'eval', script: CUT_TEXT });
      await screenshot('story-incident-large-font');
      assert.deepStrictEqual(large, [], 'large font');
    });
  });

  test('the goroutine view of the dump, narrow beside its source: no text cut, the suspect\'s link lands on the send', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(240000);
    await closeAllEditors();
    await vscode.commands.executeCommand('goProfileExplorer.groupGoroutines', vscode.Uri.joinPath(folder(), 'goroutines.txt'));
    await waitInWebview(GOROUTINES, 'the suspect', `return document.querySelector('.gpe-suspect-text')?.textContent`, 60000);
    await screenshot('story-goroutines-light');
    // The leak's wait in the table in the words of its sentence (and of the code lens): Go prints no minutes under one.
    const wait = await inWebview<{ row: string; sentence: string }>({ frame: GOROUTINES, op: 'eval', script: `
      return { row: document.querySelector('tr.gpe-group-suspect .gpe-wait-range').textContent, sentence: document.querySelector('.gpe-suspect-text').textContent }` });
    assert.strictEqual(wait.row, 'up to 2 min');
    assert.match(wait.sentence, / for up to 2 minutes in /);
    await vscode.window.showTextDocument(fixtureUri('go.mod'), { viewColumn: vscode.ViewColumn.Beside, preview: false });
    await waitFor('two editor groups', () => vscode.window.tabGroups.all.length >= 2);
    await new Promise(r => setTimeout(r, 1000));
    const narrow = await inWebview<string[]>({ frame: GOROUTINES, op: 'eval', script: CUT_TEXT });
    await screenshot('story-goroutines-narrow');
    await inDarkTheme(GOROUTINES, () => screenshot('story-goroutines-narrow-dark'));
    assert.deepStrictEqual(narrow, [], 'narrow');
    // A link may wrap before its line number, never inside it.
    assert.deepStrictEqual(await inWebview<string[]>({ frame: GOROUTINES, op: 'eval', script: SPLIT_LINE_NUMBERS }), [], 'line numbers broken');
    assert.deepStrictEqual(await inWebview<string[]>({ frame: GOROUTINES, op: 'eval', script: NAMES_BROKEN_IN_A_WORD }), [], 'names broken inside a word');
    // The counts and their heading end at one edge (a heading at the left sat over the twisties, not the numbers).
    const countEnds = await inWebview<number[]>({ frame: GOROUTINES, op: 'eval', script: `
      const end = e => { const r = document.createRange(); r.selectNodeContents(e); return Math.round(r.getBoundingClientRect().right); };
      const heading = document.querySelector('.gpe-groups th.gpe-col-count');
      const counts = [...document.querySelectorAll('.gpe-groups tr.gpe-group td.gpe-count')].map(td => [...td.childNodes].find(n => n.nodeType === 3));
      return [end(heading), ...counts.filter(Boolean).map(n => { const r = document.createRange(); r.selectNodeContents(n); return Math.round(r.getBoundingClientRect().right); })];` });
    assert.ok(countEnds.length > 1 && countEnds.every(x => Math.abs(x - countEnds[0]) <= 1), `the count column's right edges: ${countEnds.join(', ')}`);
    await inWebview({ frame: GOROUTINES, op: 'click', selector: '.gpe-suspect a.gpe-source-link' });
    await landsOnTheSend();
  });

  test('a crash pasted cut short, narrow beside the source: the crash and the cut goroutine expanded, no text cut, line numbers whole', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(180000);
    await closeAllEditors();
    await vscode.commands.executeCommand('goProfileExplorer.groupGoroutines', fixtureUri('dumps/demo_panic_cut.txt'));
    await waitInWebview(GOROUTINES, 'the groups', `return document.querySelectorAll('tr.gpe-group').length >= 4`, 60000);
    await vscode.window.showTextDocument(fixtureUri('go.mod'), { viewColumn: vscode.ViewColumn.Beside, preview: false });
    await waitFor('two editor groups', () => vscode.window.tabGroups.all.length >= 2);
    await new Promise(r => setTimeout(r, 1000));
    // The crashed goroutine's group first, the cut one last: both stacks open (the last first: an open stack is a row of its own).
    await inWebview({ frame: GOROUTINES, op: 'click', selector: 'tr.gpe-group:nth-of-type(4)' });
    await inWebview({ frame: GOROUTINES, op: 'click', selector: 'tr.gpe-group:nth-of-type(1)' });
    await waitInWebview(GOROUTINES, 'two stacks open', `return document.querySelectorAll('.gpe-stack').length >= 2 && document.querySelector('.gpe-stack .gpe-cut-mark')`);
    const cut = await inWebview<string[]>({ frame: GOROUTINES, op: 'eval', script: CUT_TEXT });
    const split = await inWebview<string[]>({ frame: GOROUTINES, op: 'eval', script: SPLIT_LINE_NUMBERS });
    await screenshot('story-goroutines-crash-cut-narrow');
    await inDarkTheme(GOROUTINES, () => screenshot('story-goroutines-crash-cut-narrow-dark'));
    assert.deepStrictEqual(cut, [], 'text cut');
    assert.deepStrictEqual(split, [], 'line numbers broken');
  });

  test('the heap profile in a narrow editor: every view tab, light and dark', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(240000);
    await closeAllEditors();
    await openProfile(vscode.Uri.joinPath(folder(), 'heap.pb.gz'));
    await vscode.window.showTextDocument(fixtureUri('go.mod'), { viewColumn: vscode.ViewColumn.Beside, preview: false });
    await waitFor('two editor groups', () => vscode.window.tabGroups.all.length >= 2);
    await new Promise(r => setTimeout(r, 1000));
    const cuts: string[] = [];
    for (const tab of ['Flame', 'Graph', 'Bottom-up', 'Peek', 'Source']) {
      await inWebview({ frame: PROFILE_FRAME, op: 'eval', script: `[...document.querySelectorAll('.gpe-view-tab')].find(b => b.textContent === ${JSON.stringify(tab)}).click(); return true` });
      await new Promise(r => setTimeout(r, 2500));
      const cut = await inWebview<string[]>({ frame: PROFILE_FRAME, op: 'eval', script: CUT_TEXT });
      cuts.push(...cut.map(c => `${tab}: ${c}`));
      cuts.push(...(await inWebview<string[]>({ frame: PROFILE_FRAME, op: 'eval', script: SEARCH_BOX_CUT })).map(c => `${tab}: ${c}`));
      await screenshot(`story-profile-narrow-${tab.toLowerCase()}`);
      await inDarkTheme(PROFILE_FRAME, () => screenshot(`story-profile-narrow-${tab.toLowerCase()}-dark`));
    }
    assert.deepStrictEqual(cuts, []);
  });

  test('a heap profile against its base in a narrow editor: the losses\' negative numbers whole and aligned, the legend whole, the flame graph and bottom-up light and dark', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(240000);
    await closeAllEditors();
    // scripts/go/diffpair: main.loadCache held ~2 MiB in the base and is gone now.
    await openProfile(fixtureUri('profiles/heap-current.pb.gz'));
    await vscode.commands.executeCommand('goProfileExplorer.compareWith', fixtureUri('profiles/heap-base.pb.gz'));
    await vscode.window.showTextDocument(fixtureUri('go.mod'), { viewColumn: vscode.ViewColumn.Beside, preview: false });
    await waitFor('two editor groups', () => vscode.window.tabGroups.all.length >= 2);
    await waitInWebview(PROFILE_FRAME, 'the diff drawn narrow', `
      const legend = document.querySelector('.gpe-diff-legend');
      return legend && !legend.hidden && window.innerWidth < 700 && document.querySelectorAll('.gpe-top-row').length > 0`, 60000);
    await new Promise(r => setTimeout(r, 1000));
    const cuts: string[] = [];
    for (const tab of ['Flame', 'Bottom-up']) {
      await inWebview({ frame: PROFILE_FRAME, op: 'eval', script: `[...document.querySelectorAll('.gpe-view-tab')].find(b => b.textContent === ${JSON.stringify(tab)}).click(); return true` });
      await new Promise(r => setTimeout(r, 2500));
      cuts.push(...(await inWebview<string[]>({ frame: PROFILE_FRAME, op: 'eval', script: CUT_TEXT })).map(c => `${tab}: ${c}`));
      await screenshot(`story-profile-narrow-diff-${tab.toLowerCase()}`);
      await inDarkTheme(PROFILE_FRAME, () => screenshot(`story-profile-narrow-diff-${tab.toLowerCase()}-dark`));
    }
    assert.deepStrictEqual(cuts, []);
    // The top table's numbers, negative ones too, end at one edge: each column's cells right-aligned, their text whole.
    await inWebview({ frame: PROFILE_FRAME, op: 'eval', script: `[...document.querySelectorAll('.gpe-view-tab')].find(b => b.textContent === 'Flame').click(); return true` });
    const misaligned = await inWebview<string[]>({ frame: PROFILE_FRAME, op: 'eval', script: `
      const bad = [];
      const rows = [...document.querySelectorAll('.gpe-top-row')];
      const columns = rows[0] ? rows[0].children.length - 1 : 0;
      for (let c = 0; c < columns; c++) {
        const cells = rows.map(r => r.children[c]).filter(td => td && getComputedStyle(td).display !== 'none');
        const ends = new Set(cells.map(td => { const range = document.createRange(); range.selectNodeContents(td); return Math.round(range.getBoundingClientRect().right); }));
        if (ends.size > 1) bad.push('column ' + c + ' ends at ' + [...ends].join(', '));
        for (const td of cells) if (td.scrollWidth > td.clientWidth + 1) bad.push('cut: ' + td.textContent);
      }
      return bad;` });
    assert.deepStrictEqual(misaligned, []);
  });

  test('the heap profile\'s Peek and Source open on the heaviest function, or on the flame graph\'s selection, and say which', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(180000);
    await closeAllEditors();
    const heap = vscode.Uri.joinPath(folder(), 'heap.pb.gz');
    await openProfile(heap);
    const top = await cliJson<{ rows: { func: string }[] }>(['top', heap.fsPath, '--json']);
    const showTab = (view: string) => inWebview({ frame: PROFILE_FRAME, op: 'click', selector: `.gpe-view-tab[data-view="${view}"]` });
    const shown = (pane: string, row: string) => waitInWebview<{ func: string; why: string }>(PROFILE_FRAME, `${pane} drawn`, `
      const p = document.querySelector(${JSON.stringify(pane)}), r = p && !p.hidden && p.querySelector(${JSON.stringify(row)});
      return r && { func: r.dataset.func, why: p.querySelector('.gpe-fn-why').hidden ? '' : p.querySelector('.gpe-fn-why').textContent }`, 60000);

    // pprof's -peek and -list of the top table's first row, without a right-click.
    await showTab('peek');
    const peek = await shown('.gpe-peek-pane', 'tr.gpe-peek-self');
    assert.strictEqual(peek.func, top.rows[0].func);
    assert.match(peek.why, /^Showing the heaviest function by flat, the top table's first row\. Right-click a frame in the flame graph or a row of the top table and choose “Peek” for another function\.$/);
    await screenshot('story-profile-peek-heaviest');
    await inDarkTheme(PROFILE_FRAME, () => screenshot('story-profile-peek-heaviest-dark'));
    await showTab('source');
    const source = await shown('.gpe-source-pane', '.gpe-src-routine');
    assert.strictEqual(source.func, top.rows[0].func);
    assert.match(source.why, /^Showing the heaviest function by flat, the top table's first row\. .*“Source” for another function\.$/);
    await screenshot('story-profile-source-heaviest');

    // The flame graph's selection, when there is one: a click on (*ConfigMap).Unmarshal, then Peek.
    const unmarshal = top.rows.find(r => /\(\*ConfigMap\)\.Unmarshal$/.test(r.func))!.func;
    await showTab('flame');
    await inWebview({ frame: PROFILE_FRAME, op: 'click', selector: `.gpe-flame-pane g.frame[data-name=${JSON.stringify(unmarshal)}] rect` });
    await showTab('peek');
    await waitInWebview(PROFILE_FRAME, 'the peek of the selection', `return document.querySelector('.gpe-peek-pane tr.gpe-peek-self')?.dataset.func === ${JSON.stringify(unmarshal)}`, 60000);
    assert.match((await shown('.gpe-peek-pane', 'tr.gpe-peek-self')).why, /^Showing the function selected in the flame graph\. /);

    // A function picked from the menu stays, and the view no longer explains a default.
    await showTab('flame');
    await inWebview({ frame: PROFILE_FRAME, op: 'click', selector: '.gpe-top-row:nth-child(3)', button: 'right' });
    await inWebview({ frame: PROFILE_FRAME, op: 'eval', script: `[...document.querySelectorAll('.gpe-menu-item')].find(b => b.textContent.startsWith('Peek')).click(); return true` });
    const picked = await waitInWebview<string>(PROFILE_FRAME, 'the picked peek', `
      const r = document.querySelector('.gpe-peek-pane:not([hidden]) tr.gpe-peek-self'); return r && r.dataset.func !== ${JSON.stringify(unmarshal)} && r.dataset.func`, 60000);
    assert.ok(top.rows.some(r => r.func === picked), picked);
    assert.strictEqual((await shown('.gpe-peek-pane', 'tr.gpe-peek-self')).why, '');
  });

  test('window.zoomLevel: code-server\'s web workbench neither registers nor applies it, so it zooms neither the workbench nor our webviews', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(120000);
    await closeAllEditors();
    await openProfile(vscode.Uri.joinPath(folder(), 'heap.pb.gz'));
    const scale = async () => ({
      workbench: await inWebview<number>({ frame: WORKBENCH, op: 'eval', script: `return window.devicePixelRatio * (parseFloat(getComputedStyle(document.body).zoom) || 1)` }),
      webview: await inWebview<number>({ frame: PROFILE_FRAME, op: 'eval', script: `return window.devicePixelRatio` }),
    });
    const before = await scale();
    const config = vscode.workspace.getConfiguration('window');
    assert.strictEqual(config.inspect('zoomLevel')?.defaultValue, undefined, 'window.zoomLevel is a registered setting here: test that webviews follow it');
    assert.ok(!(await vscode.commands.getCommands(true)).includes('workbench.action.zoomIn'), 'the workbench has zoom commands here');
    let written = true;
    try { await config.update('zoomLevel', 2, vscode.ConfigurationTarget.Global); } catch { written = false; }
    try {
      await new Promise(r => setTimeout(r, 1500));
      assert.deepStrictEqual(await scale(), before, `window.zoomLevel ${written ? 'written' : 'refused'}: nothing zoomed`);
    } finally {
      if (written) await config.update('zoomLevel', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('the heap profile with a large editor font: the top table still names its functions', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(120000);
    await closeAllEditors();
    await openProfile(vscode.Uri.joinPath(folder(), 'heap.pb.gz'));
    await withLargeEditorFont(PROFILE_FRAME, async () => {
      const nameWidth = await inWebview<number>({ frame: PROFILE_FRAME, op: 'eval', script: `return document.querySelector('.gpe-top-row .gpe-col-name').getBoundingClientRect().width` });
      await screenshot('story-profile-large-font');
      assert.ok(nameWidth > 200, `the function column is ${nameWidth}px wide`);
    });
  });
});
