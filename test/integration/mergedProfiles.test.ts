// "Go Profile: Open Profiles Merged" in a real VS Code: two heap profiles selected together in the
// Explorer (the command gets the clicked file and the selection, as VS Code passes them) open as
// pprof's merge in the profile editor, with the numbers `goprof top a b` prints for them (which the
// merge goldens check against `go tool pprof a b`, test/unit/report/mergedProfiles.golden.test.ts).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { cliJson, closeAllEditors, fixtureUri, hasBrowser, inDarkTheme, screenshot, waitFor, waitInWebview } from './harness';
import { PROFILE_FRAME as FRAME, evalInProfile } from './profileEditorDriver';

const OPEN_PROFILES_MERGED = 'goProfileExplorer.openProfilesMerged';

suite('Profile editor: profiles merged', () => {
  test('two heap profiles selected in the Explorer open as their merge, with pprof\'s numbers (light and dark)', async function () {
    if (!hasBrowser()) this.skip();
    this.timeout(180000);
    await closeAllEditors();
    const [base, current] = [fixtureUri('profiles/heap-base.pb.gz'), fixtureUri('profiles/heap-current.pb.gz')];
    const file = await vscode.commands.executeCommand<vscode.Uri | undefined>(OPEN_PROFILES_MERGED, current, [base, current]);
    assert.ok(file, 'the merge was saved');
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    assert.match(name, /^merged-heap-base\+heap-current-\d{8}T\d{6}Z\.pb\.gz$/);
    const opened = await waitFor('the merge in the profile editor', () => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputCustom && input.uri.path === file.path ? input : undefined;
    }, 60000);
    assert.strictEqual(opened.viewType, 'goProfileExplorer.profile');
    await waitInWebview(FRAME, 'the merge drawn', `return document.querySelector('.gpe-title')?.textContent === ${JSON.stringify(name)}
      && document.querySelectorAll('.gpe-flame-pane g.frame').length > 0 && document.querySelectorAll('.gpe-top-row').length > 0;`, 60000);

    const cli = await cliJson<{ sampleType: string; total: number; rows: { func: string; flat: number }[] }>(['top', base.fsPath, current.fsPath, '--json']);
    const shown = await evalInProfile<{ meta: string; rows: string[]; flame: string[] }>(`return {
      meta: document.querySelector('.gpe-meta').textContent,
      rows: [...document.querySelectorAll('.gpe-top-row .gpe-col-name')].map(e => e.textContent),
      flame: [...document.querySelectorAll('.gpe-flame-pane g.frame')].map(g => g.getAttribute('data-name')) };`);
    // Both profiles' functions: main.loadCache is only in the base, main.handleRequests in both.
    assert.deepStrictEqual(shown.rows.slice(0, 3), cli.rows.slice(0, 3).map(r => r.func));
    assert.deepStrictEqual(cli.rows.slice(0, 2).map(r => r.func), ['main.loadCache', 'main.handleRequests']);
    for (const fn of ['main.loadCache', 'main.handleRequests', 'main.parseConfig']) assert.ok(shown.flame.includes(fn), `${fn} drawn`);
    // 4205.66kB: pprof's total of the two (its -unit=B: 4306592B).
    assert.strictEqual(cli.total, 4306592);
    assert.ok(shown.meta.includes(`${cli.sampleType} total 4.11MiB`), shown.meta);
    await screenshot('profiles-merged-light');
    await inDarkTheme(FRAME, () => screenshot('profiles-merged-dark'));
  });
});
