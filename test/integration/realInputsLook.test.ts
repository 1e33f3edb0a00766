// Every webview on real inputs (the corpus' big profiles, a real debug=1 dump, a crash paste, a
// real service's captures as an incident), light and dark: what a user sees first, with
// assertions on the DOM states that once looked wrong.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { DARK_THEME, EXTENSION_ID, cliJson, closeAllEditors, hasBrowser, inWebview, lowContrast, screenshot, waitInWebview, withColorTheme, workspaceRoot } from './harness';
import { PROFILE_FRAME, assertGraphLegend, chooseMenuItem, evalInProfile, openProfile, type GraphDropped } from './profileEditorDriver';

const GOROUTINE_FRAME = 'body[data-view="goroutines"]';
const INCIDENT_FRAME = 'body[data-view="incident"]';
const GROUP = 'goProfileExplorer.groupGoroutines';

function repoFile(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, ...relative.split('/'));
}

/** Text that must read at WCAG's 4.5:1 against what is behind it, in either theme. */
const READABLE = ['.gpe-warning', '.gpe-cut-badge', '.gpe-cut-mark', '.gpe-src-missing', '.gpe-summary-crash', '.gpe-error', '.gpe-group-suspect .gpe-count'];

async function assertReadable(frame: string): Promise<void> {
  assert.deepStrictEqual(await lowContrast(frame, READABLE), [], 'text below 4.5:1');
}

/** Light, then dark: `name.png` and `name-dark.png`, the warnings readable in both. */
async function bothThemes(frame: string, name: string): Promise<void> {
  await assertReadable(frame);
  await screenshot(`look-${name}`);
  // A busy machine may take a while to redraw a large profile in the new theme.
  await withColorTheme(DARK_THEME, async () => {
    await waitInWebview(frame, 'dark theme', `return document.body.classList.contains('vscode-dark')`, 90000);
    await assertReadable(frame);
    await screenshot(`look-${name}-dark`);
  });
}

async function showTab(view: string): Promise<void> {
  await inWebview({ frame: PROFILE_FRAME, op: 'click', selector: `.gpe-view-tab[data-view="${view}"]` });
}

/** Right-clicks the top table's row of rank `rank` (by flat) and chooses `item` from its menu. */
async function topRowMenu(rank: number, item: string): Promise<string> {
  const func = await evalInProfile<string>(`
    const tr = document.querySelectorAll('.gpe-top-row')[${rank}];
    const name = tr.querySelector('.gpe-col-name');
    const box = tr.getBoundingClientRect();
    name.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: box.left + 20, clientY: box.top + 5 }));
    return name.textContent;`);
  await chooseMenuItem(item);
  return func;
}

/** Elements of `selector` whose text is wider than their box and not ellipsized: text a user cannot read. */
function clippedText(selector: string): string {
  return `return [...document.querySelectorAll(${JSON.stringify(selector)})].filter(e => {
      const s = getComputedStyle(e);
      return e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1 && s.textOverflow !== 'ellipsis' && s.overflowX !== 'auto' && s.overflowX !== 'scroll';
    }).map(e => e.textContent.slice(0, 80));`;
}

/** The group table's columns per dump: Wait and Created by only where some group has them. */
const EXPECTED_HEADINGS: Record<string, string[]> = {
  real_natsserver_goroutine_debug1_7046: ['Count', 'State', 'Top user frame'],
  real_aprilsh_crash_dump_go121: ['Count', 'State', 'Wait', 'Top user frame', 'Created by'],
  typescriptgo_1271_race_generics_cut: ['Count', 'State', 'Top user frame'],
  nats_1006_pid_bracket_log_then_sync_map_nil_receiver_cut: ['Count', 'State', 'Top user frame'],
  nats_2741_monitoring_panic_serving: ['Count', 'State', 'Top user frame'],
};

/** The top table's name cells as drawn: functions cut (none should be) and package paths cut. */
function topNames(): Promise<{ rows: { text: string; title: string }[]; hiddenLeaves: string[]; cutDirs: number }> {
  return evalInProfile(`
    const cells = [...document.querySelectorAll('.gpe-top-row td.gpe-col-name')];
    const hiddenLeaves = cells.filter(td => {
      const leaf = td.querySelector('.gpe-name-leaf');
      return leaf.scrollWidth > leaf.clientWidth + 1 && leaf.scrollWidth < td.clientWidth || leaf.getBoundingClientRect().right > td.getBoundingClientRect().right + 1;
    }).map(td => td.textContent);
    const cutDirs = cells.filter(td => { const d = td.querySelector('.gpe-name-dir'); return d && d.scrollWidth > d.clientWidth + 1; }).length;
    return { rows: cells.map(td => ({ text: td.textContent, title: td.title })), hiddenLeaves, cutDirs };`);
}

interface PeekJson {
  nodes: { func: string; flat: number; cum: number; callers: { func: string; weight: number }[]; callees: { func: string; weight: number }[] }[];
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The Peek view's callers and callees drawn at first: the heaviest 20, the rest behind a "more" row (unless one row more would do). */
const PEEK_ROWS = 20;

interface PeekSide { funcs: string[]; more?: { hidden: number; text: string } }

/** The Peek view's first table as drawn: the rows of each side, its "more" row, whether the function's own row is in sight. */
function peekDrawn(): Promise<{ caller: PeekSide; callee: PeekSide; self: string; selfInView: boolean }> {
  return evalInProfile(`
    const pane = document.querySelector('.gpe-peek-pane');
    const table = pane.querySelector('table.gpe-peek-table');
    const side = role => {
      const more = table.querySelector('tr.gpe-peek-more-' + role);
      return { funcs: [...table.querySelectorAll('tr.gpe-peek-' + role)].map(r => r.dataset.func),
        ...(more ? { more: { hidden: Number(more.dataset.hidden), text: more.textContent } } : {}) };
    };
    const self = table.querySelector('tr.gpe-peek-self');
    const r = self.getBoundingClientRect(), p = pane.getBoundingClientRect();
    return { caller: side('caller'), callee: side('callee'), self: self.dataset.func,
      selfInView: r.height > 0 && r.top >= p.top && r.bottom <= Math.min(p.bottom, window.innerHeight) };`);
}

/** Each side of the drawn peek against goprof's: its heaviest rows in pprof's order, the rest counted and weighed in the "more" row. */
function assertPeekCapped(drawn: PeekSide, edges: { func: string; weight: number }[], cum: number, role: string): void {
  const capped = edges.length > PEEK_ROWS + 1;
  assert.deepStrictEqual(drawn.funcs, edges.slice(0, capped ? PEEK_ROWS : edges.length).map(e => e.func), `the heaviest ${role}s first`);
  if (!capped) { assert.strictEqual(drawn.more, undefined, `every ${role} shown`); return; }
  const rest = edges.slice(PEEK_ROWS);
  assert.strictEqual(drawn.more?.hidden, rest.length);
  const m = /^… ([\d,]+) more (\w+) \(([\d.]+)% of the function/.exec(drawn.more!.text);
  assert.ok(m, drawn.more!.text);
  assert.deepStrictEqual([m[1], m[2]], [rest.length.toLocaleString('en-US'), `${role}s`]);
  const share = rest.reduce((s, e) => s + e.weight, 0) / cum * 100;
  assert.ok(Math.abs(Number(m[3]) - share) <= Math.max(0.05, share * 0.01), `${m[3]}% against ${share}%`);
  // Over 100%: a recursive function's calls counted at each level; the row says why.
  assert.strictEqual(/recursive calls counted at each level/.test(drawn.more!.text), share > 100, drawn.more!.text);
}

/** The graph's zoom and where its nodes are against the canvas; how many nodes the out-of-view bar counts (0: hidden). */
function graphPlacement(): Promise<{ k: number; inside: boolean; outOfView: number; barText: string; nodes: number }> {
  return evalInProfile(`
    const canvas = document.querySelector('.gpe-graph-canvas').getBoundingClientRect();
    const rects = [...document.querySelectorAll('g.gpe-graph-node rect')].map(r => r.getBoundingClientRect());
    const inside = rects.every(r => r.left >= canvas.left - 1 && r.right <= canvas.right + 1 && r.top >= canvas.top - 1 && r.bottom <= canvas.bottom + 1);
    const bar = document.querySelector('.gpe-graph-more');
    const k = Number(/scale\\(([\\d.e-]+)\\)/.exec(document.querySelector('.gpe-graph-viewport').getAttribute('transform'))[1]);
    return { k, inside, outOfView: bar && !bar.hidden ? Number(bar.dataset.outOfView) : 0, barText: bar && !bar.hidden ? bar.textContent : '', nodes: rects.length };`);
}

suite('Real inputs look', function () {
  this.timeout(300000);
  suiteSetup(async function () {
    if (!hasBrowser()) this.skip();
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  teardown(async () => {
    try { await evalInProfile(`document.querySelector('.gpe-view-tab[data-view="flame"]')?.click(); return true;`); } catch { /* no profile open */ }
    await closeAllEditors();
  });

  for (const file of ['pprof_td_large.cpu', 'pyro_go_allocs_default_loki.pb.gz', 'real_mtg_default_pgo_cpu.pprof']) {
    const stem = file.replace(/\..*$/, '');
    test(`the profile editor on ${file}: flame and top, graph, peek, source`, async () => {
      await openProfile(repoFile(`test/fixtures/corpus/${file}`));
      const names = await topNames();
      assert.deepStrictEqual(names.hiddenLeaves, [], 'every row shows its function, whatever its package path');
      assert.ok(names.rows.every(r => r.title.startsWith(r.text)), 'the tooltip has the whole name');
      if (file.startsWith('pyro_go_allocs')) assert.ok(names.cutDirs > 0, 'Loki\'s long package paths are cut, not the functions');
      await bothThemes(PROFILE_FRAME, `${stem}-flame`);
      await showTab('graph');
      await waitInWebview(PROFILE_FRAME, 'graph drawn', `return document.querySelectorAll('g.gpe-graph-node').length > 0`, 90000);
      // Opened: the whole graph, or its top legible with a bar that says how much is out of view.
      const opening = await graphPlacement();
      assert.ok(opening.inside ? opening.outOfView === 0 : opening.outOfView > 0 && /out of view/.test(opening.barText), JSON.stringify(opening));
      if (file.startsWith('real_mtg')) assert.ok(!opening.inside && opening.k >= 0.3, `an 80-node graph opens legible, its bottom out of view: ${JSON.stringify(opening)}`);
      // pprof's legend, its "out of T" said to count the nodes over the cutoff (Loki's allocs: 2145 dropped, top 36 out of 260).
      const graph = await cliJson<{ dropped: GraphDropped }>(['graph', repoFile(`test/fixtures/corpus/${file}`).fsPath, '--json']);
      const legend = await assertGraphLegend(graph.dropped);
      if (!file.startsWith('pprof_td')) assert.ok(legend.some(l => l.startsWith('Dropped ')) && / in the profile\)$/.test(legend[legend.length - 1]), JSON.stringify(legend));
      await bothThemes(PROFILE_FRAME, `${stem}-graph`);
      await inWebview({ frame: PROFILE_FRAME, op: 'click', selector: '.gpe-graph-fit' });
      const fitted = await graphPlacement();
      assert.ok(fitted.inside && fitted.outOfView === 0 && fitted.k <= opening.k, `Fit shows every node: ${JSON.stringify(fitted)}`);
      await bothThemes(PROFILE_FRAME, `${stem}-graph-fit`);
      await showTab('flame');
      await topRowMenu(2, 'Peek');
      await waitInWebview(PROFILE_FRAME, 'peek rows', `const p = document.querySelector('.gpe-peek-pane'); return p && !p.hidden && p.querySelectorAll('tr.gpe-peek-row').length > 0`, 60000);
      const peek = await peekDrawn();
      const cliPeek = (await cliJson<PeekJson>(['peek', repoFile(`test/fixtures/corpus/${file}`).fsPath, `^${escapeRegex(peek.self)}$`, '--json'])).nodes[0];
      assertPeekCapped(peek.caller, cliPeek.callers, cliPeek.cum, 'caller');
      assertPeekCapped(peek.callee, cliPeek.callees, cliPeek.cum, 'callee');
      assert.ok(peek.selfInView, 'the function\'s own row is in sight');
      // main.next of pprof's large test profile: 22,999 callers and 23,000 callees.
      if (file === 'pprof_td_large.cpu') assert.ok(peek.caller.more && peek.callee.more, 'thousands of callers and callees behind their rows');
      await bothThemes(PROFILE_FRAME, `${stem}-peek`);
      if (peek.caller.more) {
        // Enter on "next" draws the next page of callers in pprof's order and keeps the focus, so Enter pages on.
        const callers = cliPeek.callers.map(c => c.func);
        await inWebview({ frame: PROFILE_FRAME, op: 'press', selector: '.gpe-peek-pane tr.gpe-peek-more-caller .gpe-peek-more-next', key: 'Enter' });
        const paged = await waitInWebview<{ funcs: string[]; hidden: number; focused: boolean; text: string }>(PROFILE_FRAME, 'a second page of callers', `
          const t = document.querySelector('.gpe-peek-pane table.gpe-peek-table');
          const funcs = [...t.querySelectorAll('tr.gpe-peek-caller')].map(r => r.dataset.func);
          const more = t.querySelector('tr.gpe-peek-more-caller');
          return funcs.length > ${PEEK_ROWS} && { funcs, hidden: more ? Number(more.dataset.hidden) : 0, text: more ? more.textContent : '',
            focused: !!more && document.activeElement === more.querySelector('.gpe-peek-more-next') };`, 60000);
        const secondPage = callers.length <= 2 * PEEK_ROWS + 1 ? callers.length : 2 * PEEK_ROWS;
        assert.deepStrictEqual(paged.funcs, callers.slice(0, secondPage));
        assert.strictEqual(paged.hidden, callers.length - secondPage);
        if (paged.hidden > 0) {
          assert.ok(paged.focused, 'the focus stays on "next" to page on');
          const hidden = paged.hidden.toLocaleString('en-US');
          assert.match(paged.text, new RegExp(`^… ${hidden} more callers .*next ${Math.min(PEEK_ROWS, paged.hidden)} · all ${hidden}$`));
          await bothThemes(PROFILE_FRAME, `${stem}-peek-paged`);
          // "all" draws every caller left, in pprof's order; the function's row follows them.
          await inWebview({ frame: PROFILE_FRAME, op: 'press', selector: '.gpe-peek-pane tr.gpe-peek-more-caller .gpe-peek-more-all', key: 'Enter' });
        }
        const all = await waitInWebview<string[]>(PROFILE_FRAME, 'every caller', `
          const t = document.querySelector('.gpe-peek-pane table.gpe-peek-table');
          return !t.querySelector('tr.gpe-peek-more-caller') && [...t.querySelectorAll('tr.gpe-peek-caller, tr.gpe-peek-self')].map(r => r.dataset.role === 'self' ? '' : r.dataset.func);`, 60000);
        assert.deepStrictEqual(all, [...callers, '']);
      }
      if (peek.callee.more) {
        if (peek.caller.more) {
          // The peek again, its callers folded: a table of 23,000 callers and 23,000 callees lays out for seconds on a loaded machine.
          await showTab('flame');
          await topRowMenu(2, 'Peek');
          await waitInWebview(PROFILE_FRAME, 'the peek again', `const t = document.querySelector('.gpe-peek-pane:not([hidden]) table.gpe-peek-table'); return t && t.querySelector('tr.gpe-peek-more-caller') && t.querySelector('tr.gpe-peek-more-callee')`, 60000);
        }
        // A click on the callees' "all" draws every callee after the function's row.
        await inWebview({ frame: PROFILE_FRAME, op: 'click', selector: '.gpe-peek-pane tr.gpe-peek-more-callee .gpe-peek-more-all' });
        const all = await waitInWebview<string[]>(PROFILE_FRAME, 'every callee', `
          const t = document.querySelector('.gpe-peek-pane table.gpe-peek-table');
          return !t.querySelector('tr.gpe-peek-more-callee') && [...t.querySelectorAll('tr.gpe-peek-self, tr.gpe-peek-callee')].map(r => r.dataset.role === 'self' ? '' : r.dataset.func);`, 60000);
        assert.deepStrictEqual(all, ['', ...cliPeek.callees.map(c => c.func)]);
      }
      await showTab('flame');
      await topRowMenu(0, 'Source');
      // From the first moment the status line speaks of the source, not of the peek shown before.
      const status = await evalInProfile<string>(`return document.querySelector('.gpe-status').textContent`);
      assert.ok(status === 'Reading the source…' || status.startsWith('Source of '), status);
      await waitInWebview(PROFILE_FRAME, 'source', `const p = document.querySelector('.gpe-source-pane'); return p && !p.hidden && p.querySelector('.gpe-src-routine, .gpe-error')`, 60000);
      await bothThemes(PROFILE_FRAME, `${stem}-source`);
      await showTab('bottomup');
      const bottomUp = await waitInWebview<{ caption: string }>(PROFILE_FRAME, 'bottom-up drawn', `
        const caption = document.querySelector('.gpe-bottomup-caption').textContent;
        return caption && document.querySelectorAll('.gpe-bottomup-chart g.frame').length > 0 && { caption };`, 60000);
      // A count of the roots drawn is not the count of functions where samples end when the narrow ones are merged.
      if (file === 'pprof_td_large.cpu') assert.match(bottomUp.caption, /^\d+ widest functions where samples end, the narrower ones merged into one frame · 240s \(100(\.0)?%\)/);
      else assert.match(bottomUp.caption, /^\d+ (widest )?functions where samples end/);
      await bothThemes(PROFILE_FRAME, `${stem}-bottomup`);
    });
  }

  test('the profile editor compares two real CPU profiles: flame, top and graph of the difference', async () => {
    await openProfile(repoFile('test/fixtures/corpus/real_mtg_default_pgo_cpu.pprof'));
    await vscode.commands.executeCommand('goProfileExplorer.compareWith', repoFile('test/fixtures/corpus/pyro_go_cpu_prometheus.pb.gz'));
    await waitInWebview(PROFILE_FRAME, 'comparing', `return document.querySelector('.gpe-base')?.textContent.includes('pyro_go_cpu_prometheus')`, 60000);
    await waitInWebview(PROFILE_FRAME, 'diff table', `return document.querySelector('.gpe-top-table.gpe-top-diff') && document.querySelectorAll('.gpe-top-row').length > 0`, 60000);
    // The signed percentages of a small base run to five digits: none is cut.
    const percents = await evalInProfile<{ text: string; clipped: boolean }[]>(`
      return [...document.querySelectorAll('.gpe-top-row td.gpe-col-flatp, .gpe-top-row td.gpe-col-cump')].map(td => ({ text: td.textContent, clipped: td.scrollWidth > td.clientWidth }));`);
    assert.ok(percents.some(p => /^\+\d{4,}\.\d%$/.test(p.text)), `a change of over 1000%: ${percents.map(p => p.text).join(' ')}`);
    assert.deepStrictEqual(percents.filter(p => p.clipped).map(p => p.text), []);
    await bothThemes(PROFILE_FRAME, 'mtg-diff-flame');
    await showTab('graph');
    await waitInWebview(PROFILE_FRAME, 'graph drawn', `return document.querySelectorAll('g.gpe-graph-node').length > 0`, 90000);
    await bothThemes(PROFILE_FRAME, 'mtg-diff-graph');
    await vscode.commands.executeCommand('goProfileExplorer.clearCompare');
  });

  for (const dump of ['test/fixtures/corpus/real_natsserver_goroutine_debug1_7046.txt', 'test/fixtures/corpus/real_aprilsh_crash_dump_go121.txt',
    'test/fixtures/goroutines/pasted/gogs_6621_macaron_panic_trimpath_locations_cut.txt', 'test/fixtures/goroutines/pasted/typescriptgo_1271_race_generics_cut.txt',
    'test/fixtures/goroutines/pasted/gogs_285_martini_panic_pc_locations_cut.txt', 'test/fixtures/goroutines/pasted/nats_1006_pid_bracket_log_then_sync_map_nil_receiver_cut.txt',
    'test/fixtures/goroutines/pasted/nats_2741_monitoring_panic_serving.txt']) {
    const stem = path.basename(dump, '.txt');
    test(`the goroutine explorer on ${stem}: groups, a stack, waits, flame`, async () => {
      const doc = await vscode.workspace.openTextDocument(repoFile(dump));
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand(GROUP);
      await waitInWebview(GOROUTINE_FRAME, 'grouped', `return document.querySelector('.gpe-summary')?.textContent`, 60000);
      const groups = await inWebview<number>({ frame: GOROUTINE_FRAME, op: 'eval', script: `return document.querySelectorAll('tr.gpe-group').length` });
      if (groups > 0) {
        // The count cell: the middle of a row may be a source link.
        await inWebview({ frame: GOROUTINE_FRAME, op: 'click', selector: 'tr.gpe-group td.gpe-count' });
        const table = await inWebview<{ headings: string[]; twistyLefts: number[]; cells: number[] }>({ frame: GOROUTINE_FRAME, op: 'eval', script: `
          return { headings: [...document.querySelectorAll('table.gpe-groups th')].map(th => th.textContent),
            twistyLefts: [...new Set([...document.querySelectorAll('tr.gpe-group .gpe-twisty')].map(t => Math.round(t.getBoundingClientRect().left)))],
            cells: [...new Set([...document.querySelectorAll('tr.gpe-group')].map(r => r.cells.length))] };` });
        // The twisties line up whatever the width of the count beside them.
        assert.strictEqual(table.twistyLefts.length, 1, `twisties at ${table.twistyLefts.join(', ')}`);
        assert.deepStrictEqual(table.cells, [table.headings.length]);
        assert.deepStrictEqual(table.headings, EXPECTED_HEADINGS[stem], 'no column that no group fills');
      }
      // The table lists the groups in the order `goprof goroutines` ranks them (suspects first, idle runtime last).
      const cli = await cliJson<{ groups: { count: number; state: string }[]; headlessStacks?: unknown[] }>(['goroutines', repoFile(dump).fsPath, '--json']);
      const rows = await inWebview<{ count: number; state: string }[]>({ frame: GOROUTINE_FRAME, op: 'eval', script: `
        return [...document.querySelectorAll('tr.gpe-group')].map(r => ({ count: Number(r.querySelector('td.gpe-count').childNodes[1].textContent.replace(/,/g, '')),
          state: [...r.querySelector('td.gpe-state').childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim() }));` });
      assert.deepStrictEqual(rows.map(r => r.count), cli.groups.map(g => g.count), 'the groups in goprof\'s order');
      // A debug=1 record has no state: the view says "(no state)".
      assert.deepStrictEqual(rows.map((r, i) => (cli.groups[i].state === '' ? '' : r.state)), cli.groups.map(g => g.state));
      if (groups === 0) {
        // Stacks without their goroutine header and no group: no empty table above the stacks.
        const shown = await inWebview<{ table: boolean; stacks: number; heading: string }>({ frame: GOROUTINE_FRAME, op: 'eval', script: `
          return { table: !!document.querySelector('table.gpe-groups'), stacks: document.querySelectorAll('.gpe-stack').length,
            heading: document.querySelector('.gpe-stack-list h2')?.textContent ?? '' };` });
        assert.deepStrictEqual(shown, { table: false, stacks: shown.stacks, heading: 'Stacks' });
        assert.ok(shown.stacks > 0, 'the stacks are listed');
      }
      if (stem.startsWith('gogs_')) {
        // A crash line over stacks without a header: the status bar says so, not "no leak suspect".
        const status = await waitInWebview<string>('.monaco-workbench', 'status bar item', `
          return [...document.querySelectorAll('.statusbar-item')].map(e => e.textContent).find(t => t.includes('goroutines ·'))`);
        assert.match(status, /0 goroutines · panic recovered$/);
      }
      const badges = await inWebview<{ color: string; text: string }[]>({ frame: GOROUTINE_FRAME, op: 'eval', script: `
        return [...document.querySelectorAll('.gpe-cut-badge')].map(b => ({ color: getComputedStyle(b).color, text: getComputedStyle(document.body).color }));` });
      // The badge's words in the theme's text colour (not white on the warning yellow).
      for (const b of badges) assert.strictEqual(b.color, b.text);
      await bothThemes(GOROUTINE_FRAME, `${stem}-groups`);
      await inWebview({ frame: GOROUTINE_FRAME, op: 'click', selector: 'button.gpe-tab[data-tab="waits"]' });
      await new Promise(r => setTimeout(r, 500));
      await bothThemes(GOROUTINE_FRAME, `${stem}-waits`);
      await inWebview({ frame: GOROUTINE_FRAME, op: 'click', selector: 'button.gpe-tab[data-tab="flame"]' });
      await new Promise(r => setTimeout(r, 1000));
      await bothThemes(GOROUTINE_FRAME, `${stem}-flame`);
      await inWebview({ frame: GOROUTINE_FRAME, op: 'click', selector: 'button.gpe-tab[data-tab="groups"]' });
      console.log(`look ${stem}: clipped ${JSON.stringify(await inWebview({ frame: GOROUTINE_FRAME, op: 'eval', script: clippedText('td, th, .gpe-suspect-text, .gpe-summary, .gpe-stack-frame') }))}`);
    });
  }

  test('the incident view on a real service\'s captures (goroutine, heap and CPU profiles of one process)', async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'incidents', 'hodis');
    await vscode.workspace.fs.createDirectory(folder);
    for (const [from, to] of [['real_hodis_goroutine.pprof', 'goroutine.pprof'], ['real_hodis_heap.pprof', 'heap.pprof'], ['real_hodis_cpu.pprof', 'cpu.pprof']]) {
      await vscode.workspace.fs.copy(repoFile(`test/fixtures/corpus/${from}`), vscode.Uri.joinPath(folder, to), { overwrite: true });
    }
    await vscode.commands.executeCommand('goProfileExplorer.openIncident', folder);
    await waitInWebview<string>(INCIDENT_FRAME, 'the answer', `return document.querySelector('.gpe-answer-first')?.textContent`, 60000);
    // Nothing stuck: the answer is not framed in the error colour.
    const answer = await inWebview<{ calm: boolean; border: string; error: string; text: string }>({ frame: INCIDENT_FRAME, op: 'eval', script: `
      const a = document.querySelector('.gpe-answer');
      const probe = document.createElement('span');
      probe.style.color = 'var(--vscode-editorError-foreground)';
      document.body.append(probe);
      const error = getComputedStyle(probe).color;
      probe.remove();
      return { calm: a.classList.contains('gpe-answer-calm'), border: getComputedStyle(a).borderLeftColor, error, text: a.textContent };` });
    assert.match(answer.text, /^No goroutine group looks stuck \(13 goroutines in \d+ groups\)/);
    assert.ok(answer.calm && answer.border !== answer.error, JSON.stringify(answer));
    await bothThemes(INCIDENT_FRAME, 'hodis-incident');
  });
});
