// A profile's source path inside the workspace as written but through a symbolic link out of it
// (a cloned repository can hold `docs -> ~/.ssh`): the Source view does not read it and says why,
// while a link that stays inside the workspace (vendor/ into staging/src/, as Kubernetes has) is
// read as before.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { Function as PFunction, Line, Location, Profile, Sample, StringTable, ValueType } from 'pprof-format';
import { EXTENSION_ID, closeAllEditors, fixtureUri, hasBrowser, workspaceRoot, waitInWebview } from './harness';
import { PROFILE_FRAME as FRAME, chooseMenuItem, evalInProfile as evalInView, openProfile } from './profileEditorDriver';

/** One sample per function, each at line 3 of its file. */
function profileOf(functions: { name: string; file: string }[]): Uint8Array {
  const st = new StringTable();
  const fns = functions.map((f, i) => new PFunction({ id: i + 1, name: st.dedup(f.name), systemName: st.dedup(f.name), filename: st.dedup(f.file), startLine: 1 }));
  const locs = fns.map((fn, i) => new Location({ id: i + 1, line: [new Line({ functionId: fn.id, line: 3 })] }));
  return new Profile({
    sampleType: [new ValueType({ type: st.dedup('samples'), unit: st.dedup('count') })],
    sample: locs.map((l, i) => new Sample({ locationId: [l.id], value: [10 + i] })),
    location: locs, function: fns, stringTable: st,
  }).encode();
}

/** The Source view's text for `func`, opened from its top-table row. */
async function sourceOf(func: string): Promise<{ missing: string; code: string }> {
  await evalInView(`const f = document.querySelector('.gpe-top-filter'); f.value = ''; f.dispatchEvent(new Event('input')); return true;`);
  await waitInWebview(FRAME, `row ${func}`, `return [...document.querySelectorAll('.gpe-top-row .gpe-col-name')].some(td => td.textContent === ${JSON.stringify(func)})`);
  await evalInView(`
    const td = [...document.querySelectorAll('.gpe-top-row .gpe-col-name')].find(td => td.textContent === ${JSON.stringify(func)});
    const box = td.getBoundingClientRect();
    td.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: box.left + 20, clientY: box.top + 5 }));
    return true;`);
  await chooseMenuItem('Source');
  return waitInWebview(FRAME, `source of ${func}`, `
    const r = [...document.querySelectorAll('.gpe-source-pane .gpe-src-routine')].find(r => r.dataset.func === ${JSON.stringify(func)});
    if (!r || r.querySelectorAll('tr.gpe-src-line').length === 0) return undefined;
    return { missing: document.querySelector('.gpe-source-pane .gpe-src-missing')?.textContent ?? '',
      code: [...r.querySelectorAll('.gpe-src-code')].map(c => c.textContent).join('\\n') };`);
}

suite('Source links out of the workspace', function () {
  this.timeout(180000);
  suiteSetup(async function () {
    if (!hasBrowser() || process.platform === 'win32') this.skip();
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });
  teardown(closeAllEditors);

  test('a file reached through a link out of the workspace is not read; a link inside it is', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'gpe-outside-'));
    const ws = workspaceRoot().fsPath;
    const links = [path.join(ws, 'linked-out'), path.join(ws, 'linked-in')];
    try {
      fs.writeFileSync(path.join(outside, 'secret.go'), 'package secret\n\nfunc Token() string { return "PRIVATE-TOKEN-OUTSIDE" }\n');
      fs.mkdirSync(path.join(ws, 'inside-real'), { recursive: true });
      fs.writeFileSync(path.join(ws, 'inside-real', 'open.go'), 'package open\n\nfunc Shown() string { return "SHOWN-INSIDE" }\n');
      fs.symlinkSync(outside, links[0]);
      fs.symlinkSync(path.join(ws, 'inside-real'), links[1]);
      const uri = fixtureUri('profiles/linked-sources.pb');
      await vscode.workspace.fs.writeFile(uri, profileOf([
        { name: 'example.com/secret.Token', file: path.join(ws, 'linked-out', 'secret.go') },
        { name: 'example.com/open.Shown', file: path.join(ws, 'linked-in', 'open.go') },
      ]));
      await openProfile(uri);
      const out = await sourceOf('example.com/secret.Token');
      assert.match(out.missing, /linked-out\/secret\.go is outside the workspace, GOROOT, the module cache and your source mappings, or a link out of them/);
      assert.ok(!out.code.includes('PRIVATE-TOKEN-OUTSIDE'), out.code);
      const inside = await sourceOf('example.com/open.Shown');
      assert.ok(inside.code.includes('SHOWN-INSIDE'), inside.code);
      await vscode.workspace.fs.delete(uri);
    } finally {
      for (const l of links) fs.rmSync(l, { force: true });
      fs.rmSync(path.join(ws, 'inside-real'), { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
