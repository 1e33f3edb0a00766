// The web build's profile editor exports, each through the browser's save dialog and read back:
// the focused profile as .pb.gz (the CLI reads it with the view's total and goprof's rows), the
// flame graph and the Graph view as SVG and PNG (the PNG drawn by the webview's canvas). And how
// it read the profile: a remote server's file through the server's resource route, the bytes the
// CLI reads; a file of another extension's file system (what github.dev opens) through workspace.fs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { ExtensionRuntime } from '../../../src/host/activation';
import { closeAllEditors, fixtureUri, inDarkTheme, inWebview, screenshot, waitInWebview } from '../harness';
import { PROFILE_FRAME, chooseMenuItem, evalInProfile, openProfile } from '../profileEditorDriver';
import { assertFocusedFlameSvg, assertFocusedProfileExport, assertGraphSvg, assertPng, cliTop } from '../exportChecks';
import { exportThroughSaveDialog } from './saveDialogExport';

const FOCUS = 'github.com/prometheus/prometheus/tsdb.newMemSeries';

/** The value of the flame graph's root frame: the total the view shows (d3's datum). */
const SHOWN_TOTAL = `return [...document.querySelectorAll('.gpe-flame-pane g.frame')].find(g => g.__data__ && g.__data__.depth === 0)?.__data__.data.value`;

suite('Web extension host: profile editor exports', function () {
  this.timeout(240000);
  suiteTeardown(closeAllEditors);

  test('the profile is streamed from the code-server\'s resource route to the worker, byte for byte', async () => {
    const heap = fixtureUri('profiles/heap.pb.gz');
    await closeAllEditors();
    await openProfile(heap);
    const runtime = await vscode.commands.executeCommand<ExtensionRuntime>('goProfileExplorer.runtime');
    const load = [...runtime.profileLoads].reverse().find(l => l.fileName === 'heap.pb.gz');
    assert.ok(load, 'the extension recorded the load');
    assert.strictEqual(load.readVia, 'resource route, streamed');
    assert.strictEqual(load.byteLength, fs.statSync(heap.fsPath).size);
    // What it decoded is the file the CLI reads: the same total, as drawn.
    const top = await cliTop(heap.fsPath);
    assert.strictEqual(await evalInProfile<number>(SHOWN_TOTAL), top.total);
  });

  test('a file the resource route cannot serve (another extension\'s file system, as on github.dev) is read through workspace.fs', async () => {
    const heap = fixtureUri('profiles/heap.pb.gz');
    const bytes = fs.readFileSync(heap.fsPath);
    const emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
    const provider: vscode.FileSystemProvider = {
      onDidChangeFile: emitter.event,
      watch: () => new vscode.Disposable(() => undefined),
      stat: uri => {
        if (uri.path !== '/heap-virtual.pb.gz') throw vscode.FileSystemError.FileNotFound(uri);
        return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: bytes.length };
      },
      readDirectory: () => [],
      createDirectory: () => undefined,
      readFile: uri => { if (uri.path !== '/heap-virtual.pb.gz') throw vscode.FileSystemError.FileNotFound(uri); return bytes; },
      writeFile: () => { throw vscode.FileSystemError.NoPermissions('read-only'); },
      delete: () => undefined,
      rename: () => undefined,
    };
    const registration = vscode.workspace.registerFileSystemProvider('gpe-virtual', provider, { isReadonly: true });
    try {
      await closeAllEditors();
      await openProfile(vscode.Uri.from({ scheme: 'gpe-virtual', path: '/heap-virtual.pb.gz' }));
      const runtime = await vscode.commands.executeCommand<ExtensionRuntime>('goProfileExplorer.runtime');
      const load = [...runtime.profileLoads].reverse().find(l => l.fileName === 'heap-virtual.pb.gz');
      assert.ok(load, 'the extension recorded the load');
      assert.strictEqual(load.readVia, 'workspace.fs');
      assert.strictEqual(await evalInProfile<number>(SHOWN_TOTAL), (await cliTop(heap.fsPath)).total);
    } finally {
      await closeAllEditors();
      registration.dispose();
      emitter.dispose();
    }
  });

  test('the focused profile exports as .pb.gz with the view\'s total, the flame graph as SVG and PNG', async () => {
    const heap = fixtureUri('profiles/heap.pb.gz');
    await closeAllEditors();
    await openProfile(heap);
    await inWebview({ frame: PROFILE_FRAME, op: 'click', selector: `.gpe-flame-pane g.frame[data-name=${JSON.stringify(FOCUS)}] rect`, button: 'right' });
    await chooseMenuItem('Focus on this function');
    await waitInWebview(PROFILE_FRAME, 'focused', `return document.querySelector('.gpe-meta').textContent.includes('shown')`, 60000);
    const shownTotal = await evalInProfile<number>(SHOWN_TOTAL);

    const pb = await exportThroughSaveDialog('Profile as .pb.gz', 'heap-filtered.pb.gz');
    const exported = await assertFocusedProfileExport(pb.bytes, heap.fsPath, FOCUS, pb.path);
    assert.strictEqual(exported.total, shownTotal, 'the exported file\'s total is the view\'s');
    assert.ok(shownTotal > 0 && shownTotal < (await cliTop(heap.fsPath)).total, `a part of the profile: ${shownTotal}`);

    const svg = await exportThroughSaveDialog('Flame graph as SVG', 'heap-flame.svg');
    assertFocusedFlameSvg(Buffer.from(svg.bytes).toString('utf8'), FOCUS);
    const png = await exportThroughSaveDialog('Flame graph as PNG', 'heap-flame.png');
    assertPng(png.bytes, 400);
  });

  test('the Graph view exports the picture it drew as SVG and PNG', async () => {
    await closeAllEditors();
    await openProfile(fixtureUri('profiles/heap.pb.gz'));
    await inWebview({ frame: PROFILE_FRAME, op: 'click', selector: '.gpe-view-tab[data-view="graph"]' });
    await waitInWebview(PROFILE_FRAME, 'graph drawn', `return document.querySelectorAll('.gpe-graph-node').length > 0`, 90000);
    const nodes = await evalInProfile<number>(`return document.querySelectorAll('.gpe-graph-node').length`);
    await screenshot('web-graph');
    const svg = await exportThroughSaveDialog('Graph as SVG', 'heap-graph.svg', () => screenshot('web-graph-export-dialog'));
    assertGraphSvg(Buffer.from(svg.bytes).toString('utf8'), nodes, 'newMemSeries');
    const png = await exportThroughSaveDialog('Graph as PNG', 'heap-graph.png');
    assertPng(png.bytes, 100);
    // The graph on screen recolours itself when the theme changes (as in the Node lane's Graph view test).
    const firstFill = `return document.querySelector('g.gpe-graph-node[data-index="0"] rect')?.getAttribute('fill')`;
    const lightFill = await evalInProfile<string>(firstFill);
    await inDarkTheme(PROFILE_FRAME, async () => {
      await waitInWebview(PROFILE_FRAME, 'the graph recoloured, dark', `
        const f = (() => { ${firstFill} })(); return document.querySelectorAll('.gpe-graph-node').length === ${nodes} && f && f !== ${JSON.stringify(lightFill)};`, 90000);
      await screenshot('web-graph-dark');
    });
  });
});
