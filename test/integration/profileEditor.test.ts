// The profile editor in a real VS Code: what a user sees, asserted on the webview's DOM in the
// browser. Expected numbers of the corpus heap profile come from
// `go tool pprof -top -sample_index=inuse_space -unit=B test/integration/workspace/profiles/heap.pb.gz`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { Function as PFunction, Line, Location, Profile, Sample, StringTable, ValueType } from 'pprof-format';
import { DARK_THEME, EXTENSION_ID, cliJson, closeAllEditors, fixtureUri, hasBrowser, inWebview, screenshot, startStallMeter, waitFor, waitInWebview, withColorTheme, workspaceRoot } from './harness';
import { actWhileLoading, DRAWN_EXPRESSION, DREW_FIRST } from './slowLoad';
import { PROFILE_FRAME as FRAME, evalInProfile as evalInView, openProfile, unreadableFrameLabels } from './profileEditorDriver';

// go tool pprof -top -sample_index=inuse_space -unit=B heap.pb.gz (first row and total).
const HEAP_TOTAL_BYTES = 54169955;
const SCRAPE_LOOP = 'github.com/prometheus/prometheus/scrape.(*scrapeLoop).run';
const HEAP_TOP_ROW = { func: 'github.com/prometheus/prometheus/tsdb.seriesHashmap.set', flat: 5244180, flatPercent: '9.68%', cumPercent: '9.68%' };

interface FrameSpec { name: string; file?: string; line?: number }

/** A profile.proto (uncompressed) made with pprof-format's encoder: stacks are root first here. */
function encodeProfile(stacks: Array<{ frames: FrameSpec[]; value: number }>, sampleType = { type: 'inuse_space', unit: 'bytes' }): Uint8Array {
  const st = new StringTable();
  const functions = new Map<string, PFunction>();
  const locations = new Map<string, Location>();
  const locationOf = (f: FrameSpec): Location => {
    const key = `${f.name}\u0000${f.file ?? ''}\u0000${f.line ?? 0}`;
    let loc = locations.get(key);
    if (!loc) {
      let fn = functions.get(f.name);
      if (!fn) {
        // No system name: pprof would simplify a name with <…> that equals it as a C++ name.
        fn = new PFunction({ id: functions.size + 1, name: st.dedup(f.name), systemName: st.dedup(''), filename: st.dedup(f.file ?? ''), startLine: f.line ?? 0 });
        functions.set(f.name, fn);
      }
      loc = new Location({ id: locations.size + 1, line: [new Line({ functionId: fn.id, line: f.line ?? 0 })] });
      locations.set(key, loc);
    }
    return loc;
  };
  const samples = stacks.map(s => new Sample({ locationId: [...s.frames].reverse().map(f => locationOf(f).id), value: [s.value] }));
  const profile = new Profile({
    sampleType: [new ValueType({ type: st.dedup(sampleType.type), unit: st.dedup(sampleType.unit) })],
    sample: samples,
    location: [...locations.values()],
    function: [...functions.values()],
    stringTable: st,
  });
  return profile.encode();
}

async function writeWorkspaceFile(relative: string, bytes: Uint8Array | string): Promise<vscode.Uri> {
  const uri = fixtureUri(relative);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
  return uri;
}

function frameSelector(name: string): string {
  return `.gpe-flame-pane g.frame[data-name=${JSON.stringify(name)}] rect`;
}

suite('Profile editor', function () {
  this.timeout(180000);
  suiteSetup(async function () {
    if (!hasBrowser()) this.skip();
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  teardown(closeAllEditors);

  test('a heap profile shows its flame graph, sample types and top table (numbers as go tool pprof -top)', async () => {
    await openProfile(fixtureUri('profiles/heap.pb.gz'));
    const types = await evalInView<{ options: string[]; selected: string }>(`
      const s = document.querySelector('.gpe-sample-type');
      return { options: [...s.options].map(o => o.textContent), selected: s.selectedOptions[0].textContent };`);
    assert.deepStrictEqual(types.options, ['alloc_objects (count)', 'alloc_space (bytes)', 'inuse_objects (count)', 'inuse_space (bytes)']);
    assert.strictEqual(types.selected, 'inuse_space (bytes)', 'heap profiles open on inuse_space');

    const flame = await evalInView<{ count: number; names: string[]; labels: string[]; inlined: number }>(`
      const gs = [...document.querySelectorAll('.gpe-flame-pane g.frame')];
      return { count: gs.length, names: gs.map(g => g.getAttribute('data-name')),
        labels: [...document.querySelectorAll('.gpe-flame-pane .d3-flame-graph-label')].map(d => d.textContent).filter(Boolean),
        inlined: document.querySelectorAll('.gpe-flame-pane g.gpe-inlined').length };`);
    assert.ok(flame.count > 20, `frames drawn: ${flame.count}`);
    assert.ok(flame.names.includes('root'));
    for (const fn of [HEAP_TOP_ROW.func, 'runtime.main', 'github.com/prometheus/prometheus/tsdb.newMemSeries']) {
      assert.ok(flame.names.includes(fn), `flame graph has a frame ${fn}`);
    }
    assert.ok(flame.labels.includes('runtime.main'), 'wide frames carry their name as a label');
    assert.ok(flame.inlined > 0, 'inlined frames are marked');

    const row = await evalInView<string[]>(`return [...document.querySelector('.gpe-top-row').children].map(td => td.textContent);`);
    // flat, flat%, sum%, cum, cum%, function
    assert.deepStrictEqual(row, ['5.00MiB', HEAP_TOP_ROW.flatPercent, HEAP_TOP_ROW.flatPercent, '5.00MiB', HEAP_TOP_ROW.cumPercent, HEAP_TOP_ROW.func]);
    const meta = await evalInView<string>(`return document.querySelector('.gpe-meta').textContent`);
    assert.ok(meta.includes('inuse_space total 51.7MiB'), `summary shows the total (${HEAP_TOTAL_BYTES} B): ${meta}`);
    await screenshot('profile-editor');
  });

  test('goroutine profiles open here too: debug=1 text through "Open With…", and profile.proto', async () => {
    const deleteCollection = 'k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/registry/generic/registry.(*Store).DeleteCollection.func1';
    for (const [file, viewType] of [['goroutines-debug1.txt', 'goProfileExplorer.profileAny'], ['goroutine.pb.gz', 'goProfileExplorer.profile']]) {
      await closeAllEditors();
      await vscode.commands.executeCommand('vscode.openWith', fixtureUri(file), viewType);
      await waitInWebview(FRAME, `${file} drawn`, `
        return document.querySelector('.gpe-title')?.textContent === ${JSON.stringify(file)} && document.querySelectorAll('.gpe-top-row').length > 0;`, 60000);
      const view = await evalInView<{ meta: string; sampleType: string; names: string[]; rows: string[] }>(`
        return { meta: document.querySelector('.gpe-meta').textContent, sampleType: document.querySelector('.gpe-sample-type').selectedOptions[0].textContent,
          names: [...document.querySelectorAll('.gpe-flame-pane g.frame')].map(g => g.getAttribute('data-name')),
          rows: [...document.querySelectorAll('.gpe-top-row')].map(r => r.lastElementChild.textContent) };`);
      assert.match(view.sampleType, /^goroutine(s)? \(count\)$/, `${file}: ${view.sampleType}`);
      assert.match(view.meta, /total 18,410\b/, `${file}: ${view.meta}`);
      assert.ok(view.names.includes(deleteCollection), `${file}: the leak's frame is drawn`);
      assert.ok(view.rows.includes(deleteCollection), `${file}: and listed in the top table`);
    }
  });

  test('colours follow the VS Code theme: user code warm, standard library and runtime cool', async () => {
    await openProfile(fixtureUri('profiles/heap.pb.gz'));
    const fills = () => evalInView<Record<string, string>>(`
      const fill = n => document.querySelector('.gpe-flame-pane g.frame[data-name="' + n + '"] rect')?.getAttribute('fill');
      return { user: fill(${JSON.stringify(SCRAPE_LOOP)}), stdlib: fill('bufio.NewWriterSize'), runtime: fill('runtime.main') };`);
    const hue = (hsl: string) => Number(/^hsl\(([\d.]+)/.exec(hsl)?.[1]);
    const light = await fills();
    assert.deepStrictEqual(await unreadableFrameLabels(), [], 'frame labels below 4.5:1 in the light theme');
    assert.ok(hue(light.user) < 60, `user code is warm: ${light.user}`);
    assert.ok(hue(light.stdlib) >= 180 && hue(light.runtime) >= 180, `stdlib and runtime are cool: ${JSON.stringify(light)}`);
    await withColorTheme(DARK_THEME, async () => {
      const dark = await waitFor('dark colours', async () => { const f = await fills(); return f.user !== light.user ? f : undefined; });
      const lightness = (hsl: string) => Number(/([\d.]+)%\)$/.exec(hsl)?.[1]);
      assert.ok(lightness(dark.user) <= 42 && lightness(light.user) === 72, `darker frames on a dark theme: ${dark.user} vs ${light.user}`);
      // The frames' colours follow the host's theme event, which can come before the workbench repaints the webview.
      await waitInWebview(FRAME, 'dark theme', `return document.body.classList.contains('vscode-dark')`);
      // Light labels on the dark theme's frames: a yellow or orange at 42% lightness read at 2.3:1 to 3.3:1.
      assert.deepStrictEqual(await unreadableFrameLabels(), [], 'frame labels below 4.5:1 in the dark theme');
      await screenshot('profile-editor-dark');
    });
  });

  test('hover shows a tooltip; click zooms with a breadcrumb; reset; search shows the matched total', async () => {
    await openProfile(fixtureUri('profiles/heap.pb.gz'));
    await inWebview({ frame: FRAME, op: 'hover', selector: frameSelector(SCRAPE_LOOP) });
    const tip = await waitInWebview<string>(FRAME, 'tooltip', `const t = document.querySelector('.gpe-tooltip'); return !t.hidden && t.textContent;`);
    // go tool pprof: cum 24014415B = 44.33% of the total.
    assert.ok(tip.startsWith(SCRAPE_LOOP) && tip.includes('total22.9MiB (44.3% of all)') && tip.includes('of parent44.3%'), tip);

    await inWebview({ frame: FRAME, op: 'click', selector: frameSelector(SCRAPE_LOOP) });
    const crumbs = await waitInWebview<string[]>(FRAME, 'breadcrumb', `
      const c = [...document.querySelectorAll('.gpe-breadcrumb .gpe-crumb')].map(e => e.textContent);
      return c.length >= 2 && c;`);
    // Short names, as the frames' labels; the full name is the crumb's tooltip.
    assert.deepStrictEqual(crumbs.slice(-2), ['root', 'scrape.(*scrapeLoop).run']);
    assert.strictEqual(await evalInView<string>(`return document.querySelector('.gpe-crumb-current').getAttribute('title')`), SCRAPE_LOOP);
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-reset-zoom' });
    await waitInWebview(FRAME, 'zoom reset', `return document.querySelectorAll('.gpe-breadcrumb .gpe-crumb').length === 1`);

    await inWebview({ frame: FRAME, op: 'type', selector: '.gpe-search', text: 'seriesHashmap' });
    const result = await waitInWebview<string>(FRAME, 'search result', `return document.querySelector('.gpe-search-result').textContent`);
    assert.strictEqual(result, 'matched 5.00MiB (9.68%)');
    // Regex search.
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-search-regex' });
    await inWebview({ frame: FRAME, op: 'type', selector: '.gpe-search', text: '^bufio\\.NewWriterSize$' });
    const regexResult = await waitInWebview<string>(FRAME, 'regex search result', `const t = document.querySelector('.gpe-search-result').textContent; return t.includes('4.00MiB') && t;`);
    assert.strictEqual(regexResult, 'matched 4.00MiB (7.75%)');
    await screenshot('profile-editor-search');
  });

  test('switching the sample type redraws with the new totals', async () => {
    await openProfile(fixtureUri('profiles/heap.pb.gz'));
    await evalInView(`const s = document.querySelector('.gpe-sample-type'); s.value = '1'; s.dispatchEvent(new Event('change')); return true;`);
    const meta = await waitInWebview<string>(FRAME, 'alloc_space view', `const t = document.querySelector('.gpe-meta').textContent; return t.includes('alloc_space') && t;`);
    assert.ok(meta.includes('alloc_space total 118GiB'), meta);
  });

  test('the top table sorts, filters, and a row click focuses the flame graph', async () => {
    await openProfile(fixtureUri('profiles/heap.pb.gz'));
    await inWebview({ frame: FRAME, op: 'click', selector: 'th.gpe-col-cum' });
    const firstByCum = await waitInWebview<string>(FRAME, 'sorted by cum', `const r = document.querySelector('.gpe-top-row .gpe-col-name').textContent; return r !== ${JSON.stringify(HEAP_TOP_ROW.func)} && r;`);
    assert.strictEqual(firstByCum, SCRAPE_LOOP, 'go tool pprof -top -cum: first row');
    await inWebview({ frame: FRAME, op: 'type', selector: '.gpe-top-filter', text: 'newMemSeries' });
    const names = await waitInWebview<string[]>(FRAME, 'filtered rows', `const r = [...document.querySelectorAll('.gpe-top-row .gpe-col-name')].map(e => e.textContent); return r.length === 1 && r;`);
    assert.deepStrictEqual(names, ['github.com/prometheus/prometheus/tsdb.newMemSeries']);
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-top-row' });
    const crumb = await waitInWebview<string>(FRAME, 'focused frame', `return document.querySelector('.gpe-crumb-current')?.getAttribute('title')`);
    assert.strictEqual(crumb, 'github.com/prometheus/prometheus/tsdb.newMemSeries');
  });

  test('filters from the UI and from a right-click become chips, apply, and undo', async () => {
    await openProfile(fixtureUri('profiles/heap.pb.gz'));
    await evalInView(`const k = document.querySelector('.gpe-filter-kind'); k.value = 'focus'; k.dispatchEvent(new Event('change')); return true;`);
    await inWebview({ frame: FRAME, op: 'type', selector: '.gpe-filter-pattern', text: 'bufio' });
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-filter-add' });
    const chip = await waitInWebview<string>(FRAME, 'focus chip', `return document.querySelector('.gpe-chip')?.textContent`);
    assert.ok(chip.startsWith('focus: bufio'), chip);
    const focused = await waitInWebview<string>(FRAME, 'focused view', `const t = document.querySelector('.gpe-meta').textContent; return t.includes('shown') && t;`);
    // go tool pprof -focus=bufio: "5119959B, 9.45% of 54169955B total".
    assert.ok(focused.includes('inuse_space total 51.7MiB · shown 4.88MiB (9.45%)'), focused);

    // Right-click a frame → "Ignore this function".
    await inWebview({ frame: FRAME, op: 'click', selector: frameSelector('bufio.NewWriterSize'), button: 'right' });
    await waitInWebview(FRAME, 'context menu', `const m = document.querySelector('.gpe-menu'); return m && !m.hidden`);
    await evalInView(`[...document.querySelectorAll('.gpe-menu-item')].find(b => b.textContent === 'Ignore this function').click(); return true;`);
    const chips = await waitInWebview<string[]>(FRAME, 'two chips', `const c = [...document.querySelectorAll('.gpe-chip > span')].map(e => e.textContent); return c.length === 2 && c;`);
    assert.deepStrictEqual(chips, ['focus: bufio', 'ignore: ^bufio\\.NewWriterSize$']);
    await screenshot('profile-editor-filters');

    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-filter-undo' });
    await waitInWebview(FRAME, 'undo', `return document.querySelectorAll('.gpe-chip').length === 1`);
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-chip-remove' });
    await waitInWebview(FRAME, 'chip removed and full view back', `return document.querySelectorAll('.gpe-chip').length === 0 && !document.querySelector('.gpe-meta').textContent.includes('shown')`);
  });

  test('several focus chips form one "all of" group: a sample must pass through each', async () => {
    const uri = await writeWorkspaceFile('profiles/focus-and.pb', encodeProfile([
      { frames: [{ name: 'main.main' }, { name: 'example.com/app.a' }, { name: 'example.com/app.b' }], value: 100 },
      { frames: [{ name: 'main.main' }, { name: 'example.com/app.a' }], value: 200 },
      { frames: [{ name: 'main.main' }, { name: 'example.com/app.b' }], value: 400 },
    ], { type: 'samples', unit: 'count' }));
    await openProfile(uri);
    const addFocus = async (pattern: string) => {
      await evalInView(`const k = document.querySelector('.gpe-filter-kind'); k.value = 'focus'; k.dispatchEvent(new Event('change')); return true;`);
      await inWebview({ frame: FRAME, op: 'type', selector: '.gpe-filter-pattern', text: pattern });
      await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-filter-add' });
    };
    await addFocus('app\\.a');
    const one = await waitInWebview<string>(FRAME, 'focus a', `const t = document.querySelector('.gpe-meta').textContent; return t.includes('shown') && t;`);
    assert.ok(one.includes('shown 300 (42.9%)'), one);
    await addFocus('app\\.b');
    // Through a AND b: only the 100 of main → a → b (pprof's one regex a|b would keep all 700).
    const both = await waitInWebview<string>(FRAME, 'focus a and b', `const t = document.querySelector('.gpe-meta').textContent; return t.includes('shown 100') && t;`);
    assert.ok(both.includes('samples total 700 · shown 100 (14.3%)'), both);
    const group = await evalInView<{ label: string; chips: string[] }>(`const g = document.querySelector('.gpe-chip-group-focus');
      return g && { label: g.querySelector('.gpe-chip-group-label').textContent, chips: [...g.querySelectorAll('.gpe-chip > span')].map(e => e.textContent) };`);
    assert.deepStrictEqual(group, { label: 'focus, all of:', chips: ['app\\.a', 'app\\.b'] });
    const drawn = await evalInView<string[]>(`return [...document.querySelectorAll('.gpe-flame-pane g.frame')].map(g => g.getAttribute('data-name'))`);
    assert.deepStrictEqual(drawn.sort(), ['example.com/app.a', 'example.com/app.b', 'main.main', 'root']);
    await screenshot('profile-editor-focus-all-of');
    // Removing one chip of the group brings back what the other alone keeps.
    await evalInView(`document.querySelectorAll('.gpe-chip-group-focus .gpe-chip-remove')[1].click(); return true;`);
    await waitInWebview(FRAME, 'back to focus a', `return document.querySelector('.gpe-meta').textContent.includes('shown 300 (42.9%)') && !document.querySelector('.gpe-chip-group')`);
  });

  test('granularity: switching to lines shows "func file.go:line" rows with the same totals, and is remembered', async () => {
    const uri = await writeWorkspaceFile('profiles/lines.pb', encodeProfile([
      { frames: [{ name: 'main.main', file: '/src/app/main.go', line: 10 }, { name: 'example.com/app.work', file: '/src/app/work.go', line: 20 }], value: 300 },
      { frames: [{ name: 'main.main', file: '/src/app/main.go', line: 10 }, { name: 'example.com/app.work', file: '/src/app/work.go', line: 25 }], value: 100 },
      { frames: [{ name: 'main.main', file: '/src/app/main.go', line: 12 }], value: 50 },
    ], { type: 'samples', unit: 'count' }));
    await openProfile(uri);
    const rows = () => evalInView<string[][]>(`return [...document.querySelectorAll('.gpe-top-row')].map(r => [...r.children].map(td => td.textContent))`);
    const before = { meta: await evalInView<string>(`return document.querySelector('.gpe-meta').textContent`), rows: await rows() };
    // flat, flat%, sum%, cum, cum%, function
    assert.deepStrictEqual(before.rows.map(r => [r[0], r[5]]), [['400', 'example.com/app.work'], ['50', 'main.main']]);
    assert.strictEqual(await evalInView<string>(`return document.querySelector('.gpe-granularity').value`), 'functions');

    await evalInView(`const s = document.querySelector('.gpe-granularity'); s.value = 'lines'; s.dispatchEvent(new Event('change')); return true;`);
    const lines = await waitInWebview<string[][]>(FRAME, 'line rows', `
      const r = [...document.querySelectorAll('.gpe-top-row')].map(r => [...r.children].map(td => td.textContent));
      return r.length === 4 && r;`);
    assert.deepStrictEqual(lines.map(r => [r[0], r[2], r[5]]), [
      ['300', '66.7%', 'example.com/app.work work.go:20'],
      ['100', '88.9%', 'example.com/app.work work.go:25'],
      ['50', '100.0%', 'main.main main.go:12'],
      ['0', '100.0%', 'main.main main.go:10'],
    ]);
    const cellTitle = await evalInView<string>(`return document.querySelector('.gpe-top-row .gpe-col-name').title`);
    assert.strictEqual(cellTitle, 'example.com/app.work work.go:20\n/src/app/work.go:20', 'the whole name and the full path are the tooltip');
    assert.strictEqual(await evalInView<string>(`return document.querySelector('.gpe-meta').textContent`), before.meta, 'same totals');
    const frames = await evalInView<Record<string, string>>(`return Object.fromEntries([...document.querySelectorAll('.gpe-flame-pane g.frame')].map(g => [g.getAttribute('data-name'), g.querySelector('.d3-flame-graph-label')?.textContent ?? '']))`);
    assert.deepStrictEqual(Object.keys(frames).sort(), ['example.com/app.work work.go:20', 'example.com/app.work work.go:25', 'main.main main.go:10', 'main.main main.go:12', 'root']);
    assert.strictEqual(frames['example.com/app.work work.go:20'], 'app.work work.go:20', 'labels drop the package directory only');
    // A right-click filter on a line frame matches its function, as pprof's -focus does.
    await inWebview({ frame: FRAME, op: 'click', selector: frameSelector('example.com/app.work work.go:25'), button: 'right' });
    await evalInView(`[...document.querySelectorAll('.gpe-menu-item')].find(b => b.textContent === 'Focus on this function').click(); return true;`);
    const focused = await waitInWebview<string>(FRAME, 'focus from a line frame', `const t = document.querySelector('.gpe-meta').textContent; return t.includes('shown') && t;`);
    assert.ok(focused.includes('shown 400 (88.9%)'), focused);
    await screenshot('profile-editor-lines');

    await evalInView(`const s = document.querySelector('.gpe-granularity'); s.value = 'filefunctions'; s.dispatchEvent(new Event('change')); return true;`);
    const fileRows = await waitInWebview<string[]>(FRAME, 'file rows', `
      const r = [...document.querySelectorAll('.gpe-top-row .gpe-col-name')].map(td => td.textContent);
      return r.includes('example.com/app.work work.go') && r;`);
    assert.deepStrictEqual(fileRows, ['example.com/app.work work.go', 'main.main main.go']);

    // Remembered when the tab is hidden and shown again.
    const other = await writeWorkspaceFile('notes.txt', 'another editor\n');
    await vscode.window.showTextDocument(other, { preview: false });
    await new Promise(r => setTimeout(r, 1000));
    await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
    await waitInWebview(FRAME, 'granularity restored', `return document.querySelector('.gpe-granularity')?.value === 'filefunctions'
      && [...document.querySelectorAll('.gpe-top-row .gpe-col-name')].some(td => td.textContent === 'example.com/app.work work.go')`, 30000);
  });

  test('a deep zoom shows a compact breadcrumb of short names (full names as tooltips); reset redraws the whole tree', async () => {
    await openProfile(fixtureUri('profiles/heap.pb.gz'));
    const initialFrames = await evalInView<number>(`return document.querySelectorAll('.gpe-flame-pane g.frame').length`);
    await inWebview({ frame: FRAME, op: 'type', selector: '.gpe-top-filter', text: 'seriesHashmap.set' });
    await waitInWebview(FRAME, 'one row', `return document.querySelectorAll('.gpe-top-row').length === 1`);
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-top-row' });
    const crumbs = await waitInWebview<Array<{ text: string; title: string; height: number }>>(FRAME, 'deep breadcrumb', `
      const c = [...document.querySelectorAll('.gpe-breadcrumb .gpe-crumb')];
      return c.length > 4 && c.map(e => ({ text: e.textContent, title: e.getAttribute('title'), height: e.getBoundingClientRect().height }));`);
    assert.deepStrictEqual(crumbs[crumbs.length - 1].text, 'tsdb.seriesHashmap.set');
    assert.deepStrictEqual(crumbs[crumbs.length - 1].title, HEAP_TOP_ROW.func);
    for (const c of crumbs) {
      const fn = c.title;
      const cut = fn.search(/[([]/);
      assert.strictEqual(c.text, fn.slice(fn.lastIndexOf('/', (cut < 0 ? fn.length : cut) - 1) + 1), `short name of ${fn}`);
      assert.ok(c.height <= 22, `one compact line per crumb: ${c.height}px for ${c.text}`);
    }
    const fits = await evalInView<boolean>(`const b = document.querySelector('.gpe-breadcrumb'); return b.scrollWidth <= b.clientWidth + 1`);
    assert.ok(fits, 'the breadcrumb wraps instead of overflowing');
    await screenshot('profile-editor-breadcrumb');

    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-reset-zoom' });
    const reset = await waitInWebview<{ frames: number; faded: number; labels: boolean }>(FRAME, 'reset', `
      if (document.querySelectorAll('.gpe-breadcrumb .gpe-crumb').length !== 1) return false;
      return { frames: document.querySelectorAll('.gpe-flame-pane g.frame').length, faded: document.querySelectorAll('.gpe-flame-pane g.fade').length,
        labels: [...document.querySelectorAll('.gpe-flame-pane .d3-flame-graph-label')].some(d => d.textContent === 'runtime.main') };`);
    assert.deepStrictEqual(reset, { frames: initialFrames, faded: 0, labels: true });
    // Zooming again after a reset works on the restored drawing.
    await inWebview({ frame: FRAME, op: 'click', selector: frameSelector(SCRAPE_LOOP) });
    const zoomed = await waitInWebview<number>(FRAME, 'zoom after reset', `
      return document.querySelector('.gpe-crumb-current')?.getAttribute('title') === ${JSON.stringify(SCRAPE_LOOP)} && document.querySelectorAll('.gpe-flame-pane g.frame').length;`);
    assert.ok(zoomed < initialFrames, `only the zoomed frame's part is drawn: ${zoomed} < ${initialFrames}`);
    // Clicking the root frame zooms back out.
    await inWebview({ frame: FRAME, op: 'click', selector: frameSelector('root') });
    await waitInWebview(FRAME, 'root click resets', `return document.querySelectorAll('.gpe-breadcrumb .gpe-crumb').length === 1 && document.querySelectorAll('.gpe-flame-pane g.frame').length === ${initialFrames}`);
  });

  test('tag (label) filters keep or drop samples by label, as go tool pprof -tagfocus/-tagignore', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await openProfile(vscode.Uri.joinPath(ext.extensionUri, 'test/fixtures/corpus/pyro_go_cpu_labels.pprof'));
    const addFilter = async (kind: string, pattern: string) => {
      await evalInView(`const k = document.querySelector('.gpe-filter-kind'); k.value = ${JSON.stringify(kind)}; k.dispatchEvent(new Event('change')); return true;`);
      await inWebview({ frame: FRAME, op: 'type', selector: '.gpe-filter-pattern', text: pattern });
      await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-filter-add' });
    };
    const keys = await evalInView<string[]>(`return [...document.querySelectorAll('#gpe-label-keys option')].map(o => o.value)`);
    assert.deepStrictEqual(keys, ['foo=', 'function=', 'profile_id='], 'label keys are offered for tag filters');
    await addFilter('tagfocus', 'function=slow');
    // go tool pprof -tagfocus=function=slow: 6740000000ns, 77.21% of 8730000000ns; main.work flat 6490000000ns.
    const focused = await waitInWebview<string>(FRAME, 'tagfocus view', `const t = document.querySelector('.gpe-meta').textContent; return t.includes('shown') && t;`);
    assert.ok(focused.includes('cpu total 8.73s · shown 6.74s (77.2%)'), focused);
    const row = await evalInView<string[]>(`return [...document.querySelector('.gpe-top-row').children].map(td => td.textContent)`);
    assert.deepStrictEqual([row[0], row[5]], ['6.49s', 'main.work']);
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-chip-remove' });
    await addFilter('tagignore', 'function=slow');
    // go tool pprof -tagignore=function=slow: 1990000000ns, 22.79%.
    const ignored = await waitInWebview<string>(FRAME, 'tagignore view', `const t = document.querySelector('.gpe-meta').textContent; return t.includes('shown 1.99s') && t;`);
    assert.ok(ignored.includes('shown 1.99s (22.8%)'), ignored);
    assert.strictEqual(await evalInView<string>(`return document.querySelector('.gpe-chip').textContent`), 'tagignore: function=slow×');
  });

  test('callers and callees of a function (sandwich), orientation toggle, keyboard navigation', async () => {
    await openProfile(fixtureUri('profiles/heap.pb.gz'));
    await inWebview({ frame: FRAME, op: 'click', selector: frameSelector('github.com/prometheus/prometheus/tsdb.newMemSeries'), button: 'right' });
    await evalInView(`[...document.querySelectorAll('.gpe-menu-item')].find(b => b.textContent === 'Show callers and callees').click(); return true;`);
    const sandwich = await waitInWebview<{ title: string; up: string[]; down: string[] }>(FRAME, 'sandwich', `
      const p = document.querySelector('.gpe-callers-pane');
      if (p.hidden) return false;
      const names = sel => [...document.querySelectorAll(sel + ' g.frame')].map(g => g.getAttribute('data-name'));
      const up = names('.gpe-callers-up'), down = names('.gpe-callers-down');
      return up.length > 1 && { title: document.querySelector('.gpe-callers-title').textContent, up, down };`);
    assert.strictEqual(sandwich.title, 'Callers and callees of github.com/prometheus/prometheus/tsdb.newMemSeries');
    assert.strictEqual(sandwich.up[0], 'github.com/prometheus/prometheus/tsdb.newMemSeries', 'the function is the root of its callers tree');
    assert.ok(sandwich.up.includes('github.com/prometheus/prometheus/tsdb.(*Head).getOrCreateWithID'), sandwich.up.join());
    // go tool pprof -peek 'newMemSeries$': its only callee is newTxRing (inlined).
    assert.deepStrictEqual(sandwich.down, ['github.com/prometheus/prometheus/tsdb.newMemSeries', 'github.com/prometheus/prometheus/tsdb.newTxRing']);
    await screenshot('profile-editor-callers');
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-callers-close' });

    // Icicle (root at the top) by default; the toggle puts the root at the bottom.
    const rootY = () => evalInView<number>(`const g = document.querySelector('.gpe-flame-pane g.frame[data-name="root"]'); return g.getBoundingClientRect().top - document.querySelector('.gpe-flame-pane svg').getBoundingClientRect().top;`);
    assert.ok(await rootY() < 30, 'icicle: root at the top');
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-orientation' });
    await waitFor('root at the bottom', async () => (await rootY()) > 60);

    // Keyboard: focus the chart, select the root (Home), move toward the leaves, Enter zooms.
    await inWebview({ frame: FRAME, op: 'press', selector: '.gpe-flame-pane .gpe-flame-chart', key: 'Home' });
    await inWebview({ frame: FRAME, op: 'press', selector: '.gpe-flame-pane .gpe-flame-chart', key: 'ArrowUp' });
    await inWebview({ frame: FRAME, op: 'press', selector: '.gpe-flame-pane .gpe-flame-chart', key: 'Enter' });
    const crumb = await waitInWebview<string>(FRAME, 'keyboard zoom', `return document.querySelectorAll('.gpe-crumb').length === 2 && document.querySelector('.gpe-crumb-current').getAttribute('title')`);
    assert.strictEqual(crumb, SCRAPE_LOOP, 'the widest child of root');
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-orientation' });
  });

  test('state survives hiding and reopening the tab', async () => {
    const uri = fixtureUri('profiles/heap.pb.gz');
    await openProfile(uri);
    await inWebview({ frame: FRAME, op: 'type', selector: '.gpe-search', text: 'seriesHashmap' });
    // The search redraws the flame graph: a click that lands during that redraw hits a frame being replaced.
    await waitInWebview(FRAME, 'search applied', `return document.querySelector('.gpe-search-result').textContent || false`);
    // The result text can show before the redraw that follows it has settled, so a click may still land on a
    // frame being replaced: click again until the crumb shows the zoom.
    for (let attempt = 1; ; attempt++) {
      await inWebview({ frame: FRAME, op: 'click', selector: frameSelector(SCRAPE_LOOP) });
      try {
        await waitInWebview(FRAME, 'zoomed', `return document.querySelector('.gpe-crumb-current')?.getAttribute('title') === ${JSON.stringify(SCRAPE_LOOP)}`, 5000);
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    // Another editor in the same group hides (and, without retainContextWhenHidden, destroys) the webview.
    const other = await writeWorkspaceFile('notes.txt', 'another editor\n');
    await vscode.window.showTextDocument(other, { preview: false });
    await new Promise(r => setTimeout(r, 1000));
    await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
    const restored = await waitInWebview<{ search: string; crumb: string }>(FRAME, 'restored state', `
      const s = document.querySelector('.gpe-search')?.value; const c = document.querySelector('.gpe-crumb-current')?.getAttribute('title');
      return s && c === ${JSON.stringify(SCRAPE_LOOP)} && document.querySelector('.gpe-search-result').textContent && { search: s, crumb: c };`, 30000);
    assert.deepStrictEqual(restored, { search: 'seriesHashmap', crumb: SCRAPE_LOOP });
  });

  test('bytes that are not a profile show one clear error and "Reopen as text"', async () => {
    const uri = await writeWorkspaceFile('profiles/not-a-profile.pprof', 'hello, this is a text file and not a profile\n');
    await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
    const error = await waitInWebview<string>(FRAME, 'error', `return document.querySelector('.gpe-error')?.textContent`);
    assert.ok(/not a profile/.test(error) && /unrecognized profile format/.test(error), error);
    assert.strictEqual(await evalInView<number>(`return document.querySelectorAll('.gpe-error').length`), 1);
    await screenshot('profile-editor-error');
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-reopen' });
    await waitFor('text editor', () => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString());
  });

  test('Ctrl+click and "Open source" open the frame\'s file at its line beside the profile', async () => {
    const src = await writeWorkspaceFile('src/app/server.go', 'package app\n\n// line 3\n\nfunc handle() {\n\tallocate()\n}\n\nfunc allocate() []byte {\n\treturn make([]byte, 1<<20)\n}\n');
    const bytes = encodeProfile([
      { frames: [{ name: 'main.main', file: '/nonexistent/main.go', line: 10 }, { name: 'example.com/app.handle', file: src.fsPath, line: 5 }, { name: 'example.com/app.allocate', file: src.fsPath, line: 9 }], value: 4096 },
      { frames: [{ name: 'main.main', file: '/nonexistent/main.go', line: 10 }, { name: 'runtime.mallocgc', file: '/usr/lib/go/src/runtime/malloc.go', line: 900 }], value: 1024 },
    ]);
    const uri = await writeWorkspaceFile('profiles/source-links.pb', bytes);
    await openProfile(uri);
    await inWebview({ frame: FRAME, op: 'click', selector: frameSelector('example.com/app.allocate'), modifiers: ['ControlOrMeta'] });
    const editor = await waitFor('source editor', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.fsPath === src.fsPath ? e : undefined;
    });
    assert.strictEqual(editor.selection.active.line, 8, 'line 9 (0-based 8)');
    assert.notStrictEqual(editor.viewColumn, vscode.ViewColumn.One, 'opened beside the profile');
    // The crumb did not change: Ctrl+click does not zoom.
    await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
    await inWebview({ frame: FRAME, op: 'click', selector: frameSelector('example.com/app.handle'), button: 'right' });
    await evalInView(`[...document.querySelectorAll('.gpe-menu-item')].find(b => b.textContent === 'Open source').click(); return true;`);
    await waitFor('source at handle', () => vscode.window.activeTextEditor?.document.uri.fsPath === src.fsPath && vscode.window.activeTextEditor.selection.active.line === 4 ? true : undefined);
  });

  test('"Compare with…" colours growth red and shrink blue', async () => {
    const stacks = (grow: number, shrink: number) => [
      { frames: [{ name: 'main.main' }, { name: 'example.com/app.grows' }], value: grow },
      { frames: [{ name: 'main.main' }, { name: 'example.com/app.shrinks' }], value: shrink },
      { frames: [{ name: 'main.main' }, { name: 'example.com/app.steady' }], value: 100000 },
    ];
    const current = await writeWorkspaceFile('profiles/diff-current.pb', encodeProfile(stacks(300000, 100000)));
    const base = await writeWorkspaceFile('profiles/diff-base.pb', encodeProfile(stacks(100000, 300000)));
    await openProfile(current);
    await vscode.commands.executeCommand('goProfileExplorer.compareWith', base);
    const fills = await waitInWebview<Record<string, string>>(FRAME, 'diff colours', `
      const fill = n => document.querySelector('.gpe-flame-pane g.frame[data-name="' + n + '"] rect')?.getAttribute('fill');
      if (!document.querySelector('.gpe-base') || !fill('example.com/app.grows')?.startsWith('hsl(0,')) return false;
      return { grows: fill('example.com/app.grows'), shrinks: fill('example.com/app.shrinks'), steady: fill('example.com/app.steady'), base: document.querySelector('.gpe-base').textContent };`);
    assert.strictEqual(fills.base, 'vs base diff-base.pb');
    assert.match(fills.grows, /^hsl\(0,/, `growth is red: ${fills.grows}`);
    assert.match(fills.shrinks, /^hsl\(210,/, `shrink is blue: ${fills.shrinks}`);
    assert.match(fills.steady, /^hsl\(0, 0%/, `no change is grey: ${fills.steady}`);
    const delta = await evalInView<string>(`return [...document.querySelectorAll('.gpe-top-row')].find(r => r.querySelector('.gpe-col-name').textContent === 'example.com/app.grows').querySelector('.gpe-col-cum').textContent`);
    assert.strictEqual(delta, '+195KiB');
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-clear-base' });
    await waitInWebview(FRAME, 'diff off', `return !document.querySelector('.gpe-base') && document.querySelector('.gpe-compare-with')`);
  });

  test('an allocs profile opens on alloc_space, its default_sample_type (as goprof top and go tool pprof do)', async () => {
    await openProfile(fixtureUri('profiles/allocs.pb.gz'));
    const selected = await evalInView<string>(`return document.querySelector('.gpe-sample-type').selectedOptions[0].textContent`);
    assert.strictEqual(selected, 'alloc_space (bytes)');
    const meta = await evalInView<string>(`return document.querySelector('.gpe-meta').textContent`);
    assert.ok(meta.includes('alloc_space total'), meta);
    // What the webview shows equals what `goprof top --json` prints for the same file.
    const cli = await cliJson<{ sampleType: string; total: number; rows: { func: string; flat: number; cum: number }[] }>(['top', fixtureUri('profiles/allocs.pb.gz').fsPath, '--nodecount', '5', '--json']);
    assert.strictEqual(cli.sampleType, 'alloc_space');
    const percent = (v: number) => { const p = (v / cli.total) * 100; return `${Math.abs(p) >= 10 ? p.toFixed(1) : p.toFixed(2)}%`; };
    const shown = await evalInView<string[][]>(`return [...document.querySelectorAll('.gpe-top-row')].slice(0, 5).map(r => [...r.children].map(td => td.textContent))`);
    // flat, flat%, sum%, cum, cum%, function
    assert.deepStrictEqual(shown.map(r => [r[5], r[1], r[4]]), cli.rows.map(r => [r.func, percent(r.flat), percent(r.cum)]));
  });

  test('a diff against a base where a function vanished: its loss is drawn, blue, in the flame graph and the table, with a legend; normalize, subtract and the sandwich keep the diff', async () => {
    // scripts/go/diffpair: main.loadCache held ~2 MiB in the base and is gone now.
    await openProfile(fixtureUri('profiles/heap-current.pb.gz'));
    await vscode.commands.executeCommand('goProfileExplorer.compareWith', fixtureUri('profiles/heap-base.pb.gz'));
    const drawn = await waitInWebview<{ fill: string; width: number; rootWidth: number; grewFill: string; legend: string; meta: string }>(FRAME, 'diff drawn', `
      const rect = n => document.querySelector('.gpe-flame-pane g.frame[data-name="' + n + '"] rect');
      const legend = document.querySelector('.gpe-diff-legend');
      // Drawn, and laid out at the pane's width (the first paint can come before the pane has one).
      if (!legend || legend.hidden || !rect('main.loadCache') || !(Number(rect('root').getAttribute('width')) > 0)) return false;
      return { fill: rect('main.loadCache').getAttribute('fill'), width: Number(rect('main.loadCache').getAttribute('width')),
        rootWidth: Number(rect('root').getAttribute('width')), grewFill: rect('main.handleRequests').getAttribute('fill'),
        legend: legend.textContent, meta: document.querySelector('.gpe-meta').textContent };`);
    assert.match(drawn.fill, /^hsl\(210,/, `the vanished function is blue: ${drawn.fill}`);
    assert.match(drawn.grewFill, /^hsl\(0, [1-9]/, `the grown one is red: ${drawn.grewFill}`);
    assert.ok(drawn.width > drawn.rootWidth * 0.4, `a loss is as wide as what was lost: ${drawn.width} of ${drawn.rootWidth} px`);
    assert.ok(drawn.legend.includes('grew') && drawn.legend.includes('shrank or vanished') && drawn.legend.includes('-diff_base'), drawn.legend);
    assert.ok(drawn.meta.includes('inuse_space: base'), drawn.meta);
    const rowOf = (name: string) => evalInView<string[]>(`
      const row = [...document.querySelectorAll('.gpe-top-row')].find(r => r.querySelector('.gpe-col-name').textContent === ${JSON.stringify(name)});
      return row ? [...row.children].map(td => td.textContent) : [];`);
    const header = await evalInView<string[]>(`return [...document.querySelectorAll('.gpe-top-table th')].map(th => th.textContent.replace(/ [▲▼]$/, ''))`);
    assert.deepStrictEqual(header, ['flat Δ', 'flat Δ%', 'cum Δ', 'cum Δ%', 'function']);
    // go tool pprof -top -diff_base: -2103296B flat and cum, 75.55% of the base's total.
    const loss = await rowOf('main.loadCache');
    assert.deepStrictEqual(loss, ['-2.01MiB', '-75.5%', '-2.01MiB', '-75.5%', 'main.loadCache']);
    // Dark labels on the light theme's strongest red read at 4.1:1, light ones on the dark theme's greens at 2.3:1.
    assert.deepStrictEqual(await unreadableFrameLabels(), [], 'diff frame labels below 4.5:1 in the light theme');
    await screenshot('profile-editor-diff');
    await withColorTheme(DARK_THEME, async () => {
      await waitInWebview(FRAME, 'dark diff colours', `return document.body.classList.contains('vscode-dark') && document.querySelector('.gpe-flame-pane g.frame[data-name="main.loadCache"] rect').getAttribute('fill') !== ${JSON.stringify(drawn.fill)}`);
      assert.deepStrictEqual(await unreadableFrameLabels(), [], 'diff frame labels below 4.5:1 in the dark theme');
      await screenshot('profile-editor-diff-dark');
    });

    await evalInView(`const s = document.querySelector('.gpe-search'); s.value = 'loadCache'; s.dispatchEvent(new Event('input')); return true;`);
    const matched = await waitInWebview<string>(FRAME, 'search result', `return document.querySelector('.gpe-search-result').textContent || false`);
    assert.strictEqual(matched, 'matched change -2.01MiB', 'a search sums the net change');
    await evalInView(`const s = document.querySelector('.gpe-search'); s.value = ''; s.dispatchEvent(new Event('input')); return true;`);
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-diff-normalize' });
    await waitInWebview(FRAME, 'normalized', `return document.querySelector('.gpe-meta').textContent.includes('(normalized)')`);
    assert.strictEqual((await rowOf('main.loadCache'))[2], '-2.01MiB', 'what vanished stays lost when normalized');
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-diff-normalize' });
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-diff-subtract' });
    await waitInWebview(FRAME, 'subtracted', `return document.querySelector('.gpe-diff-legend').textContent.includes('-base)')`);
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-diff-subtract' });
    await waitInWebview(FRAME, 'back to -diff_base', `return document.querySelector('.gpe-diff-legend').textContent.includes('-diff_base')`);

    await inWebview({ frame: FRAME, op: 'click', selector: frameSelector('main.loadCache'), button: 'right' });
    await evalInView(`[...document.querySelectorAll('.gpe-menu-item')].find(b => b.textContent === 'Show callers and callees').click(); return true;`);
    const callerFill = await waitInWebview<string>(FRAME, 'callers of the vanished function', `
      const r = document.querySelector('.gpe-callers-up g.frame[data-name="main.serve"] rect');
      return r && r.getAttribute('fill');`);
    assert.match(callerFill, /^hsl\(210,/, `its caller's loss is blue in the sandwich too: ${callerFill}`);
    await screenshot('profile-editor-diff-callers');
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-callers-close' });
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-clear-base' });
    await waitInWebview(FRAME, 'diff off', `return !document.querySelector('.gpe-base') && document.querySelector('.gpe-diff-legend').hidden`);
  });

  test('function names with HTML are shown as text and nothing runs', async () => {
    const evil = '</script><img src=x onerror="window.__gpePwned=1"><b class=gpe-pwned>bold</b>';
    // Labels drop the package's directory (the text after the last '/').
    const shortLabel = evil.slice(evil.lastIndexOf('/') + 1);
    const bytes = encodeProfile([
      { frames: [{ name: 'main.main' }, { name: evil, file: '<img src=x onerror=alert(1)>.go', line: 1 }], value: 1000 },
      { frames: [{ name: 'main.main' }, { name: 'main.<script>alert(1)</script>' }], value: 500 },
    ]);
    const uri = await writeWorkspaceFile('profiles/evil.pb', bytes);
    await openProfile(uri);
    await inWebview({ frame: FRAME, op: 'hover', selector: frameSelector(evil) });
    const dom = await waitInWebview<{ imgs: number; bolds: number; pwned: string; foreignScripts: number; label: string; cell: string; tip: string }>(FRAME, 'evil frame', `
      const g = [...document.querySelectorAll('.gpe-flame-pane g.frame')].find(g => g.getAttribute('data-name') === ${JSON.stringify(evil)});
      const cell = [...document.querySelectorAll('.gpe-top-row .gpe-col-name')].find(td => td.textContent === ${JSON.stringify(evil)});
      const tip = document.querySelector('.gpe-tooltip-title')?.textContent;
      return g && cell && tip && { imgs: document.querySelectorAll('img').length, bolds: document.querySelectorAll('b, .gpe-pwned').length,
        pwned: typeof window.__gpePwned,
        foreignScripts: [...document.scripts].filter(s => /gpePwned|alert/.test(s.textContent + s.src)).length,
        label: g.querySelector('.d3-flame-graph-label').textContent, cell: cell.textContent, tip };`);
    assert.deepStrictEqual(dom, { imgs: 0, bolds: 0, pwned: 'undefined', foreignScripts: 0, label: shortLabel, cell: evil, tip: evil });
    await new Promise(r => setTimeout(r, 500));
    assert.strictEqual(await evalInView(`return window.__gpePwned === undefined && document.querySelectorAll('img').length === 0`), true);
  });

  test('zooming into a frame whose callees were too narrow to draw fetches them from the host', async () => {
    // b has 1500 callees, each 1/3000 of the total: under half a pixel at full width, about
    // one pixel once b (half the total) fills the width.
    const stacks = [{ frames: [{ name: 'main.main' }, { name: 'main.a' }], value: 1500 }];
    for (let i = 0; i < 1500; i++) stacks.push({ frames: [{ name: 'main.main' }, { name: 'main.b' }, { name: `main.leaf${i}` }], value: 1 });
    const uri = await writeWorkspaceFile('profiles/narrow-callees.pb', encodeProfile(stacks, { type: 'samples', unit: 'count' }));
    await openProfile(uri);
    const before = await evalInView<{ frames: number; rest: number; more: boolean }>(`return { frames: document.querySelectorAll('.gpe-flame-pane g.frame').length,
      rest: document.querySelectorAll('.gpe-flame-pane g.gpe-rest').length, more: !!document.querySelector('.gpe-flame-pane g.gpe-more[data-name="main.b"]') };`);
    assert.deepStrictEqual(before, { frames: 5, rest: 1, more: true }, 'root, main.main, a, b and one merged node for the narrow callees');
    // Clicking the merged node zooms into its parent, which asks for the detail.
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-flame-pane g.gpe-rest rect' });
    const after = await waitInWebview<number>(FRAME, 'detail below main.b', `const n = document.querySelectorAll('.gpe-flame-pane g.frame[data-name^="main.leaf"]').length; return n > 1000 && n;`);
    assert.ok(after > 1000, `leaf frames drawn after zoom: ${after}`);
    assert.strictEqual(await evalInView<string>(`return document.querySelector('.gpe-crumb-current').textContent`), 'main.b');
    await screenshot('profile-editor-zoom-detail');
  });

  test('a large file loads under a progress notification whose Cancel stops the decode; Retry loads it', async () => {
    const name = (samples: number): string => `big-${samples}.pb`;
    const { samples, message } = await actWhileLoading(samples => fixtureUri(`profiles/${name(samples)}`), async (uri, samples) => {
      await vscode.commands.executeCommand('vscode.openWith', uri, 'goProfileExplorer.profile');
      // One eval in the workbench page: wait for the toast and press its Cancel at once.
      const toast = await inWebview<string>({ frame: '.monaco-workbench', op: 'eval', timeoutMs: 30000, script: `
        for (let i = 0; i < 1500; i++) {
          const t = [...document.querySelectorAll('.notification-toast')].find(e => e.textContent.includes(${JSON.stringify(`Loading profile ${name(samples)}`)}));
          const cancel = t && [...t.querySelectorAll('a.monaco-button, .monaco-button')].find(b => b.textContent.trim() === 'Cancel');
          if (cancel) { const text = t.textContent; cancel.click(); return text; }
          await new Promise(r => setTimeout(r, 20));
        }
        return '';` });
      const outcome = await waitInWebview<string>(FRAME, 'cancelled or drawn',
        `return (document.querySelector('.gpe-retry') && document.querySelector('.gpe-error')?.textContent) || (${DRAWN_EXPRESSION} && 'drawn')`, 60000);
      if (outcome === 'drawn') return DREW_FIRST;
      assert.ok(toast.includes(`Loading profile ${name(samples)}`), `progress notification: ${toast}`);
      return { samples, message: outcome };
    });
    assert.strictEqual(message, `Loading ${name(samples)} was cancelled.`);
    await inWebview({ frame: FRAME, op: 'click', selector: '.gpe-retry' });
    await waitInWebview(FRAME, 'big profile drawn after retry', `return document.querySelectorAll('.gpe-flame-pane g.frame').length > 3`, 90000);
    await closeAllEditors();
    await vscode.workspace.fs.delete(fixtureUri(`profiles/${name(samples)}`));
  });

  test('a large CPU profile draws a pruned flame graph and stays responsive (timings → test-results)', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const candidates = [
      { label: 'pprof_td_large.cpu (corpus)', uri: vscode.Uri.joinPath(ext.extensionUri, 'test/fixtures/corpus/pprof_td_large.cpu') },
      { label: 'pprof-heap-1m.pb.gz (bench-data)', uri: vscode.Uri.joinPath(ext.extensionUri, 'bench-data/pprof-heap-1m.pb.gz') },
    ].filter(c => fs.existsSync(c.uri.fsPath));
    const results: Record<string, unknown>[] = [];
    for (const c of candidates) {
      await closeAllEditors();
      // Measured in a settled window, as a user opens a profile: right after the window's start or
      // after closing another webview, VS Code's next webview alone takes 2–2.3 s to start here.
      await new Promise(r => setTimeout(r, 2000));
      // The extension host must never block: a 10 ms timer here (this test runs in the
      // extension host) measures its longest stall while the profile loads and draws.
      const stall = startStallMeter();
      const started = Date.now();
      let hostStallMs: number;
      try {
        await openProfile(c.uri);
      } finally {
        hostStallMs = stall.stop();
      }
      const openToDrawnMs = Date.now() - started;
      const t = await evalInView<{ frames: number; drawMs: number; hostMs: number; scriptStartEpoch: number; firstPaintEpoch: number; domInteractiveMs: number; viewReceivedEpoch: number; hoverMs: number; zoomSyncMs: number; zoomMs: number; detailMs: number; zoomedFrames: number; searchMs: number; resetMs: number }>(`
        const nextFrame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
        const gs = [...document.querySelectorAll('.gpe-flame-pane g.frame')];
        const wide = gs.filter(g => g.getAttribute('data-name') !== 'root').sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)[0];
        let t0 = performance.now();
        wide.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, clientX: 100, clientY: 100 }));
        await nextFrame();
        const hoverMs = performance.now() - t0;
        t0 = performance.now();
        wide.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        const zoomSyncMs = performance.now() - t0;
        await nextFrame();
        const zoomMs = performance.now() - t0;
        const before = document.querySelectorAll('.gpe-flame-pane g.frame').length;
        // The host may send detail the full-width tree left out (narrow callees of the zoomed frame).
        let detailMs = -1;
        for (let i = 0; i < 20 && detailMs < 0; i++) {
          await new Promise(r => setTimeout(r, 50));
          if (document.querySelectorAll('.gpe-flame-pane g.frame').length !== before) detailMs = performance.now() - t0;
        }
        const zoomedFrames = document.querySelectorAll('.gpe-flame-pane g.frame').length;
        t0 = performance.now();
        document.querySelector('.gpe-reset-zoom').click();
        await nextFrame();
        const resetMs = performance.now() - t0;
        const s = document.querySelector('.gpe-search'); s.value = 'time|runtime|main'; document.querySelector('.gpe-search-regex').checked = true;
        s.dispatchEvent(new Event('input'));
        await new Promise(r => setTimeout(r, 400));
        return { frames: gs.length, drawMs: Number(document.body.dataset.gpeDrawMs), hostMs: Number(document.body.dataset.gpeHostMs),
          scriptStartEpoch: Number(document.body.dataset.gpeScriptStartEpoch), firstPaintEpoch: Number(document.body.dataset.gpeFirstPaintEpoch),
          domInteractiveMs: performance.getEntriesByType('navigation')[0]?.domInteractive ?? -1,
          viewReceivedEpoch: Number(document.body.dataset.gpeViewReceivedEpoch),
          hoverMs, zoomSyncMs, zoomMs, detailMs, zoomedFrames, resetMs, searchMs: Number(document.body.dataset.gpeSearchMs) };`);
      // From the open request to the webview's script running and to its first painted flame graph,
      // on the machine's wall clock (the harness's polling, ~0.3 s, is not in these two).
      const scriptStartMs = t.scriptStartEpoch - started;
      const openToPaintedMs = t.firstPaintEpoch - started;
      results.push({ profile: c.label, openToDrawnMs, openToPaintedMs, scriptStartMs, hostStallMs, ...t });
      console.log(`profile-editor timing ${c.label}: ${JSON.stringify({ openToDrawnMs, openToPaintedMs, scriptStartMs, hostStallMs, ...t })}`);
      // Timings are recorded (test-results/…/profile-editor-timings.json, docs/benchmarks.md), not
      // asserted: targets are measured by benchmarks, never by timed tests.
      assert.ok(t.frames > 5);
    }
    const out = path.join(workspaceRoot().fsPath, '..', 'gpe-profile-editor-timings.json');
    fs.writeFileSync(process.env.VSCODE_TEST_SCREENSHOT_DIR ? path.join(process.env.VSCODE_TEST_SCREENSHOT_DIR, 'profile-editor-timings.json') : out, JSON.stringify(results, null, 2));
    await screenshot('profile-editor-large');
  });
});
