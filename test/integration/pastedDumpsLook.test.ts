// Dumps as people paste them (test/fixtures/goroutines/pasted/), one of each kind, grouped in the
// real VS Code in an editor beside the source (~600 px) and alone (~1400 px), light and dark: the
// screenshots to look at, and what a user must see of each without scrolling or expanding.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { DARK_THEME, EXTENSION_ID, closeAllEditors, fixtureUri, hasBrowser, inWebview, lowContrast, screenshot, waitFor, waitInWebview, withColorTheme } from './harness';
import { CUT_TEXT } from './textChecks';

const FRAME = 'body[data-view="goroutines"]';
const GROUP = 'goProfileExplorer.groupGoroutines';

/** One paste of each kind a user brings (SOURCES.md says where each comes from). */
const PASTES: { kind: string; file: string }[] = [
  { kind: 'cut', file: 'containerd_3572_ttrpc_select_267_minutes_cut.txt' },
  { kind: 'crash-cgo', file: 'golang_16331_cgo_sigsegv_cut.txt' },
  { kind: 'race', file: 'astilectron_50_race_separator_glued_to_fence_cut.txt' },
  { kind: 'debug1', file: 'consul_3700_debug1_record_in_prose_eight_space_hash_lines.txt' },
  { kind: 'gap-between', file: 'golang_74045_go124_sigquit_gp_m_headers_elided_gap_between_goroutines_cut.txt' },
  { kind: 'gap-frames', file: 'ashishone_concurrent_map_writes_elided_frames_header_over_location.txt' },
  { kind: 'logrus-escaped', file: 'moby_34293_journald_no_host_logrus_escaped_dump_wrapped_in_args.txt' },
  { kind: 'json', file: 'argocd_20924_json_record_then_panic_yikes_arm64_whole.txt' },
  { kind: 'logfmt', file: 'cosmos_5150_journald_tendermint_logfmt_escaped_stack_cut.txt' },
  { kind: 'delve', file: 'delve_receptor_452_group_user.txt' },
  { kind: 'gccgo', file: 'golang_14567_gccgo_libgo_arm64_mangled_pn_names_cut.txt' },
  { kind: 'stack-overflow', file: 'caddy_5677_syslog_tag_stack_overflow.txt' },
  { kind: 'deadlock', file: 'nodeexporter_2705_journald_deadlock_semacquire_1495_minutes_cut.txt' },
  { kind: 'windows-exception', file: 'golang_11710_windows_exception_external_code_unknown_location_registers_cut.txt' },
  { kind: 'klog-observed', file: 'kubernetes_128935_klog_structured_observed_panic_stacktrace_indented_cut.txt' },
  { kind: 'crlf', file: '../powershell_native_command_error_deadlock.txt' },
];

function pasteUri(file: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'test', 'fixtures', 'goroutines', 'pasted', ...file.split('/'));
}

/** What a user sees of the view without scrolling: the page's width, text cut or past the window, the first lines in sight. */
interface Seen {
  width: number;
  sideways: number;
  cut: string[];
  crash: string;
  warnings: string[];
  firstSuspect: string;
  suspectInSight: boolean;
  cutBadges: number;
  /** Rows whose Top user frame cell says nothing. */
  emptyTops: number;
}

const SEEN = `
  const inSight = e => { const r = e.getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight; };
  const suspect = document.querySelector('.gpe-suspect-text');
  return { width: document.body.clientWidth, sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    cut: (() => { ${CUT_TEXT} })(),
    crash: document.querySelector('.gpe-summary-crash')?.textContent ?? '',
    warnings: [...document.querySelectorAll('.gpe-warning')].filter(w => w.offsetParent !== null).map(w => w.textContent),
    firstSuspect: suspect?.textContent ?? '', suspectInSight: !!suspect && inSight(suspect),
    cutBadges: document.querySelectorAll('.gpe-cut-badge').length,
    emptyTops: [...document.querySelectorAll('tr.gpe-group td.gpe-top')].filter(td => td.textContent.trim() === '').length };`;

const READABLE = ['.gpe-warning', '.gpe-cut-badge', '.gpe-cut-mark', '.gpe-summary-crash', '.gpe-group-suspect .gpe-count', '.gpe-suspect-text'];

async function group(file: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(pasteUri(file));
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand(GROUP);
  await waitInWebview(FRAME, 'grouped', `return document.querySelector('.gpe-summary, .gpe-error')?.textContent`, 60000);
}

/** The view as drawn, light then dark, each shot named `paste-KIND-WIDTH[-dark]`. */
async function look(kind: string, width: string): Promise<Seen> {
  await new Promise(r => setTimeout(r, 500));
  const seen = await inWebview<Seen>({ frame: FRAME, op: 'eval', script: SEEN });
  assert.deepStrictEqual(await lowContrast(FRAME, READABLE), [], `${kind} at ${width}: text below 4.5:1 (light)`);
  await screenshot(`paste-${kind}-${width}`);
  await withColorTheme(DARK_THEME, async () => {
    await waitInWebview(FRAME, 'dark theme', `return document.body.classList.contains('vscode-dark')`, 30000);
    assert.deepStrictEqual(await lowContrast(FRAME, READABLE), [], `${kind} at ${width}: text below 4.5:1 (dark)`);
    await screenshot(`paste-${kind}-${width}-dark`);
  });
  console.log(`paste ${kind} at ${width}: ${JSON.stringify(seen)}`);
  return seen;
}

suite('Pasted dumps look', function () {
  this.timeout(600000);
  suiteSetup(async function () {
    if (!hasBrowser()) this.skip();
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  teardown(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
  });

  test('each kind of paste, alone (wide) and beside its text (narrow), light and dark: nothing cut or past the window, the culprit in sight', async () => {
    const seen: Record<string, Seen> = {};
    for (const { kind, file } of PASTES) {
      // Wide: the view alone, no side bar.
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await group(file);
      await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
      seen[`${kind}-wide`] = await look(kind, 'wide');
      // Narrow: the paste's text beside the view, the explorer open.
      await vscode.commands.executeCommand('workbench.view.explorer');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(pasteUri(file)), { viewColumn: vscode.ViewColumn.Beside, preview: false });
      await waitFor('two editor groups', () => vscode.window.tabGroups.all.length >= 2 ? true : undefined);
      await waitInWebview(FRAME, 'the view narrowed', `return document.body.clientWidth <= 700`, 20000);
      seen[`${kind}-narrow`] = await look(kind, 'narrow');
      await closeAllEditors();
    }
    for (const [name, s] of Object.entries(seen)) {
      assert.ok(s.sideways <= 1, `${name}: the page scrolls sideways by ${s.sideways} px`);
      assert.deepStrictEqual(s.cut, [], `${name}: text cut or past the window`);
      // A goroutine cut before its first frame, a debug=1 record of addresses only: the cell says so.
      assert.strictEqual(s.emptyTops, 0, `${name}: a row with nothing in its Top user frame`);
    }
    for (const width of ['wide', 'narrow']) {
      const at = (kind: string) => seen[`${kind}-${width}`];
      // Cut in a call's arguments: the goroutine kept and marked, the summary says where the text ends.
      assert.strictEqual(at('cut').cutBadges, 1);
      assert.match(at('cut').warnings[0], /^⚠ The dump is truncated: the text ends inside goroutine 12300, kept with the frames before the cut/);
      // `[ ... elided ... ]` between goroutines: said in sight, with its line.
      assert.ok(at('gap-between').warnings.includes('⚠ Lines left out by whoever pasted the dump (marked at line 30): goroutines there are not counted, so counts may be too low.'),
        JSON.stringify(at('gap-between').warnings));
      // The crash's own line under the counts, and the goroutine it blames first, in sight without scrolling.
      for (const [kind, crash, suspect] of [
        ['crash-cgo', 'fatal error: unexpected signal during runtime execution', /^1 goroutine crashed \(fatal error: unexpected signal during runtime execution\) in guomi\._Cfunc_SM2_sign$/],
        ['stack-overflow', 'stack overflow: goroutine stack exceeds 1000000000-byte limit', /^1 goroutine crashed \(stack overflow: .*\) in runtime\.getitab/],
        ['deadlock', 'fatal error: all goroutines are asleep - deadlock!', /^1 goroutine blocked on semacquire for 24 h 55 min in errgroup\.\(\*Group\)\.Wait .*\(deadlock\)$/],
        ['crlf', 'fatal error: all goroutines are asleep - deadlock!', /^1 goroutine blocked on chan receive in main\.waitAll \(main\.go:9\)/],
        ['klog-observed', 'recovered: Observed a panic: runtime error: invalid memory address or nil pointer dereference', /^1 goroutine panicked \(recovered: Observed a panic: .*\) in service\.\(\*Controller\)\.needsUpdate$/],
      ] as const) {
        assert.strictEqual(at(kind).crash, crash, kind);
        assert.match(at(kind).firstSuspect, suspect, kind);
        assert.ok(at(kind).suspectInSight, `${kind} at ${width}: the culprit is in sight`);
      }
      // A race report pasted alone and cut: its two accesses first, and no word of missing goroutines.
      assert.match(at('race').firstSuspect, /^1 goroutine in a data race: read of 0x00c4201c09fd in go-astilectron\.TestSynchronousFunc/);
      assert.ok(at('race').suspectInSight);
      assert.deepStrictEqual(at('race').warnings, ['⚠ The text ends inside the data race report: what it printed after the cut is missing.']);
    }
  });

  test('the cut goroutine\'s stack ends on its mark, in sight when its row is opened at either width', async () => {
    const file = PASTES.find(p => p.kind === 'cut')!.file;
    for (const width of ['wide', 'narrow']) {
      if (width === 'narrow') await vscode.commands.executeCommand('workbench.view.explorer');
      await group(file);
      if (width === 'narrow') {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(pasteUri(file)), { viewColumn: vscode.ViewColumn.Beside, preview: false });
        await waitInWebview(FRAME, 'the view narrowed', `return document.body.clientWidth <= 700`, 20000);
      }
      await inWebview({ frame: FRAME, op: 'click', selector: 'tr.gpe-group td.gpe-count' });
      const stack = await waitInWebview<{ frames: string[]; mark: string; markInSight: boolean; cut: string[] }>(FRAME, 'the cut stack', `
        const mark = document.querySelector('.gpe-stack .gpe-cut-mark'); if (!mark) return undefined;
        const r = mark.getBoundingClientRect();
        return { frames: [...document.querySelectorAll('.gpe-stack .gpe-stack-frame')].map(f => f.textContent.split(' ')[0]), mark: mark.textContent,
          markInSight: r.top >= 0 && r.bottom <= window.innerHeight, cut: (() => { ${CUT_TEXT} })() };`);
      assert.strictEqual(stack.mark, '✂ cut off here: the text ends inside this goroutine, its outer frames are missing');
      assert.ok(stack.markInSight, `${width}: the mark in sight`);
      assert.deepStrictEqual(stack.cut, [], `${width}: text cut or past the window`);
      assert.strictEqual(stack.frames[0], 'ttrpc.(*Client).dispatch');
      await look('cut-open', width);
      await closeAllEditors();
    }
  });

  test('text with no dump in it: a short note, what was read, why it is no dump, what is read; narrow, light and dark', async () => {
    await vscode.commands.executeCommand('workbench.view.explorer');
    const file = PASTES.find(p => p.kind === 'json')!.file;
    // A service's log lines, grouped as if they were a dump.
    const notes = fixtureUri('dumps/no-dump-log.txt');
    await vscode.workspace.fs.writeFile(notes, new TextEncoder().encode('level=info msg="server started" addr=:8080\nlevel=warn msg="slow request" path=/api/v1/pods took=2.3s\n'));
    await vscode.commands.executeCommand(GROUP, notes);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(pasteUri(file)), { viewColumn: vscode.ViewColumn.Beside, preview: false });
    const page = await waitInWebview<{ lead: string; details: string[]; width: number; cut: string[] }>(FRAME, 'the note', `
      const lead = document.querySelector('.gpe-error'); if (!lead || document.body.clientWidth > 700) return undefined;
      return { lead: lead.textContent, details: [...document.querySelectorAll('.gpe-error-detail')].map(p => p.textContent), width: document.body.clientWidth,
        cut: (() => { ${CUT_TEXT} })() };`, 60000);
    assert.strictEqual(page.lead, 'Could not group the goroutines: no goroutine dump found in the 2 lines read.');
    assert.strictEqual(page.details.length, 2, page.details.join('\n'));
    assert.match(page.details[0], /^Lines 1–2: skipped 2 lines that are not part of a goroutine dump, starting "level=info msg=.*"\.$/);
    assert.match(page.details[1], /^What is read: Go goroutine dumps \(debug=2, panics, fatal errors, runtime\.Stack\), debug=1 goroutine profiles, race reports and Delve's output/);
    assert.deepStrictEqual(page.cut, []);
    assert.deepStrictEqual(await lowContrast(FRAME, ['.gpe-error', '.gpe-error-detail']), []);
    await screenshot('paste-no-dump-narrow');
    await withColorTheme(DARK_THEME, async () => {
      await waitInWebview(FRAME, 'dark theme', `return document.body.classList.contains('vscode-dark')`, 30000);
      assert.deepStrictEqual(await lowContrast(FRAME, ['.gpe-error', '.gpe-error-detail']), []);
      await screenshot('paste-no-dump-narrow-dark');
    });
    await closeAllEditors();
    await vscode.workspace.fs.delete(notes);
  });
});
