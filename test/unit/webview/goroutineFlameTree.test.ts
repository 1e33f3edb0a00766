// The goroutine flame the worker sends flat (src/core/report/goroutines/goroutineFlame.ts) becomes the
// chart's nested nodes in the webview: the same widths as the tree the webview builds itself from the
// same groups, but for the towers too narrow to draw (the sample dump: 22 groups).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { buildGoroutineViewModel } from '../../../src/core/report/goroutines';
import { buildFlameTree, flameTreeOfView, type FlameNode } from '../../../webview-ui/src/goroutines/flameTree';

function widths(node: FlameNode, path = '', out = new Map<string, number>()): Map<string, number> {
  out.set(path, node.value);
  for (const c of node.children) widths(c, `${path}/${c.frame}`, out);
  return out;
}

describe('goroutine flame: the worker\'s flat nodes as the chart\'s tree', () => {
  it('the sample dump: every node as wide as in the webview\'s own tree of all groups, those left out under 1/2,000 of it', () => {
    const text = readFileSync(join(__dirname, '../../../samples/kube-apiserver-incident/goroutines.txt'));
    const view = buildGoroutineViewModel(analyzeGoroutineDump(new Uint8Array(text)), { similarity: 'default', lineOffset: 0, elapsedMs: 0 });
    const model = { ...view, title: 'sample', origin: 'whole file', canReveal: false };
    assert.equal(view.flame.total, 18_410);
    const fromWorker = widths(flameTreeOfView(model, view.flame));
    const fromWebview = widths(buildFlameTree(model, view.groups.map((_, i) => i)));
    const narrow = [...fromWorker].filter(([path]) => path.endsWith('/-1'));
    for (const [path, value] of fromWorker) if (!path.endsWith('/-1')) assert.equal(value, fromWebview.get(path), path);
    const leftOut = [...fromWebview].filter(([path]) => !fromWorker.has(path));
    for (const [path, value] of leftOut) assert.ok(value < 18_410 / 2_000, `${path}: ${value}`);
    // Under each parent, the towers not drawn as wide together as the node that stands for them.
    for (const [path, value] of narrow) {
      const parent = path.slice(0, path.lastIndexOf('/'));
      const under = leftOut.filter(([p]) => p.slice(0, p.lastIndexOf('/')) === parent).reduce((n, [, v]) => n + v, 0);
      assert.equal(value, under, path);
    }
    assert.ok(narrow.length > 0);
    assert.ok(fromWorker.size > 50, `${fromWorker.size} nodes`);
  });
});
