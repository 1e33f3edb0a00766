// Restricted Mode (an untrusted workspace): the viewers work, and the workspace's own
// sourceMappings and capture.folder are ignored. Runs only in the runner's second, untrusted
// run (scripts/run-integration-tests.mjs, --untrusted); skipped in a trusted window.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, fixtureUri, screenshot, waitInWebview } from './harness';

suite('Restricted Mode', function () {
  this.timeout(120000);
  suiteSetup(function () {
    if (vscode.workspace.isTrusted) this.skip();
  });
  teardown(closeAllEditors);

  test('the workspace\'s own sourceMappings and capture.folder are ignored', async () => {
    const config = vscode.workspace.getConfiguration('goProfileExplorer');
    // The runner wrote both into the workspace's .vscode/settings.json (VS Code hides them from inspect() here).
    const written = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(fixtureUri('.vscode/settings.json'))).toString('utf8')) as Record<string, unknown>;
    assert.ok(written['goProfileExplorer.sourceMappings'] && written['goProfileExplorer.capture.folder'], 'the workspace sets both');
    assert.deepStrictEqual(config.get('sourceMappings'), []);
    assert.strictEqual(config.get('capture.folder'), '.pprof');
  });

  test('the profile editor draws a profile', async () => {
    await vscode.commands.executeCommand('vscode.openWith', fixtureUri('heap.pb.gz'), 'goProfileExplorer.profile');
    const frames = await waitInWebview<number>('body[data-view="profile"]', 'flame graph',
      `const n = document.querySelectorAll('.gpe-flame-pane g.frame').length; return n > 3 && n;`, 60000);
    assert.ok(frames > 3);
    await screenshot('restricted-profile-editor');
  });

  test('the goroutine view groups a dump', async () => {
    await vscode.commands.executeCommand('goProfileExplorer.groupGoroutines', fixtureUri('goroutine.pb.gz'));
    const sentence = await waitInWebview<string>('body[data-view="goroutines"]', 'suspect sentence',
      `return document.querySelector('.gpe-suspect-text')?.textContent`, 60000);
    assert.match(sentence, /^18,000 goroutines blocked on chan send/);
  });
});
