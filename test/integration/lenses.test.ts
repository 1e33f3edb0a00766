// Code lenses, line heat and source links on the sample Kubernetes-like workspace: the heap
// profile and the goroutine dump of the DeleteCollection leak, and the vendored Go source they name.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { GoProfileExplorerApi } from '../../src/extension';
import { EXTENSION_ID, closeAllEditors, fixtureUri, hasBrowser, screenshot, waitFor, waitInWebview } from './harness';

const STORE_GO = 'staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go';
const GENERATED_PB_GO = 'vendor/k8s.io/api/core/v1/generated.pb.go';

async function api(): Promise<GoProfileExplorerApi> {
  const ext = vscode.extensions.getExtension<GoProfileExplorerApi>(EXTENSION_ID)!;
  return ext.activate();
}

async function lensesOf(uri: vscode.Uri, want: (l: vscode.CodeLens) => boolean): Promise<vscode.CodeLens[]> {
  return waitFor(`code lenses in ${uri.path}`, async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
    return lenses.some(want) ? lenses : undefined;
  }, 30000);
}

function lineOf(doc: vscode.TextDocument, text: string): number {
  const i = doc.getText().split('\n').findIndex(l => l.includes(text));
  assert.ok(i >= 0, `${text} in ${doc.uri.path}`);
  return i;
}

/** For a readable screenshot: the document's group maximized, `line` (0-based) at the top. */
async function showAlone(doc: vscode.TextDocument, line: number): Promise<void> {
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup');
  editor.revealRange(new vscode.Range(Math.max(0, line), 0, Math.max(0, line), 0), vscode.TextEditorRevealType.AtTop);
  await new Promise(r => setTimeout(r, 1500));
}

suite('Code lenses and source links', () => {
  suiteTeardown(closeAllEditors);

  test('the heap profile puts its figures above (*ConfigMap).Unmarshal', async () => {
    // Not a preview tab: opening the source next would replace it, closing the profile.
    await vscode.commands.executeCommand('vscode.openWith', fixtureUri('heap.pb.gz'), 'goProfileExplorer.profile', { preview: false });
    const a = await api();
    await waitFor('the heap profile to feed lenses', () => a.lensSources().some(l => l.startsWith('heap.pb.gz')), 30000);
    const uri = fixtureUri(GENERATED_PB_GO);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.Beside);
    const declLine = lineOf(doc, 'func (m *ConfigMap) Unmarshal(');
    const lenses = await lensesOf(uri, l => l.range.start.line === declLine);
    const titles = lenses.filter(l => l.range.start.line === declLine).map(l => l.command?.title ?? '');
    // go tool pprof -top: (*ConfigMap).Unmarshal 533.47MB cum (92.10%), 38.42MB flat
    assert.ok(titles.some(t => /^inuse_space 5\d\d MiB \(92\.\d+%\) cum · 3\d\.\d+ MiB flat$/.test(t)), `lens titles: ${titles.join(' | ')}`);
    await new Promise(r => setTimeout(r, 1000));
    await screenshot('lens-configmap-unmarshal');
    // Clicking the lens brings the profile forward with that function focused in the flame graph.
    const lens = lenses.find(l => l.range.start.line === declLine && /^inuse_space/.test(l.command?.title ?? ''))!;
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    await waitFor('the profile editor to come forward', () => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputCustom && input.uri.path.endsWith('/heap.pb.gz');
    }, 15000);
    if (hasBrowser()) {
      const status = await waitInWebview<string>('body[data-view="profile"]', 'the focused frame', `return document.querySelector('.gpe-breadcrumb')?.textContent`);
      assert.match(status, /Unmarshal/);
    }
  });

  test('line heat marks the costly lines of the active profile', async () => {
    const a = await api();
    const uri = fixtureUri(GENERATED_PB_GO);
    if (!a.heatEnabled()) await vscode.commands.executeCommand('goProfileExplorer.toggleLineHeat');
    assert.ok(a.heatEnabled());
    const heat = await waitFor('heat lines', async () => { const h = await a.heatFor(uri); return h.length ? h : undefined; }, 30000);
    const doc = await vscode.workspace.openTextDocument(uri);
    const unmarshal = lineOf(doc, 'func (m *ConfigMap) Unmarshal(') + 1;
    assert.ok(heat.some(h => h.line > unmarshal && / MiB \(\d/.test(h.text)), JSON.stringify(heat.slice(0, 5)));
    await showAlone(doc, unmarshal - 2);
    await screenshot('line-heat');
    await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup');
    await vscode.commands.executeCommand('goProfileExplorer.toggleLineHeat');
    assert.ok(!a.heatEnabled());
  });

  test('the goroutine dump puts the leak above (*Store).DeleteCollection, and the lens leads back to the view', async () => {
    const dump = await vscode.workspace.openTextDocument(fixtureUri('goroutines.txt'));
    await vscode.window.showTextDocument(dump);
    await vscode.commands.executeCommand('goProfileExplorer.groupGoroutines');
    const a = await api();
    await waitFor('the dump to feed lenses', () => a.lensSources().some(l => l.startsWith('goroutines.txt')), 30000);
    const uri = fixtureUri(STORE_GO);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const declLine = lineOf(doc, 'func (e *Store) DeleteCollection(');
    const lenses = await lensesOf(uri, l => /goroutines/.test(l.command?.title ?? ''));
    const leak = lenses.find(l => l.range.start.line === declLine && /^func1: 18,000 goroutines · chan send · up to 2 min$/.test(l.command?.title ?? ''));
    assert.ok(leak, `lenses: ${lenses.map(l => `${l.range.start.line}:${l.command?.title}`).join(' | ')}`);
    await showAlone(doc, declLine - 2);
    await screenshot('lens-deletecollection');
    await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup');
    await vscode.commands.executeCommand(leak.command!.command, ...(leak.command!.arguments ?? []));
    await waitFor('the goroutine view to come forward', () => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputWebview && /goroutine/i.test(input.viewType);
    }, 15000);
  });

  test('the code lens toggle hides and shows the lenses', async () => {
    const uri = fixtureUri(STORE_GO);
    await vscode.commands.executeCommand('goProfileExplorer.toggleCodeLens');
    try {
      const none = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
      assert.strictEqual(none.filter(l => /goroutines|inuse_space/.test(l.command?.title ?? '')).length, 0);
    } finally {
      await vscode.commands.executeCommand('goProfileExplorer.toggleCodeLens');
    }
    await lensesOf(uri, l => /goroutines/.test(l.command?.title ?? ''));
  });
});
