import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, fixtureUri, hasBrowser, screenshot, waitFor, waitInWebview } from './harness';

const PROFILE_FRAME = 'body[data-view="profile"]';

suite('Foundation', () => {
  teardown(closeAllEditors);

  test('the extension activates in a real VS Code', async () => {
    console.log(`vscode ${vscode.version} (${vscode.env.appName}), node ${process.version}`);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'extension is installed');
    await ext.activate();
    assert.ok(ext.isActive);
  });

  test('its commands are registered', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    const contributed = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands as { command: string }[]).map(c => c.command);
    assert.ok(contributed.length >= 2);
    for (const c of contributed) assert.ok(all.has(c), `command ${c} registered`);
  });

  test('a .pb.gz opens in the profile editor and its webview shows content', async () => {
    const uri = fixtureUri('profiles/heap.pb.gz');
    await vscode.commands.executeCommand('vscode.open', uri);
    const tab = await waitFor('profile tab', () => {
      const t = vscode.window.tabGroups.activeTabGroup.activeTab;
      return t?.input instanceof vscode.TabInputCustom ? t : undefined;
    });
    assert.strictEqual((tab.input as vscode.TabInputCustom).viewType, 'goProfileExplorer.profile');
    if (!hasBrowser()) return;
    const title = await waitInWebview<string>(PROFILE_FRAME, 'profile title', `return document.querySelector('.gpe-title')?.textContent`);
    assert.strictEqual(title, 'heap.pb.gz');
    await screenshot('foundation-profile-editor');
  });
});
