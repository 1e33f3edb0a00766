// Stacks 100,000 frames deep (a hand-made profile or dump; Go itself cuts stacks far shorter):
// every walk over stacks and trees is iterative, so none overflows the JavaScript stack.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { FlameJsonNode } from '../../../src/cli/flameCommand';
import { deepGoroutineDump, deepStackProfile } from '../../hostile/make-hostile';

const DEPTH = 100_000;

async function goprof(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

/** The deepest path's length and the names along the first child at each level (no recursion here either). */
function depthOf(root: FlameJsonNode): { depth: number; totals: number[] } {
  let depth = 0;
  const totals: number[] = [];
  for (let node: FlameJsonNode | undefined = root; node; node = node.children[0]) { depth++; if (totals.length < 3) totals.push(node.total); }
  return { depth, totals };
}

describe('hostile inputs: stacks 100,000 frames deep', function () {
  this.timeout(300_000); // 49 s at a load of 17, and a hang never ends: a loose bound is not fragile
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'goprof-deep-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const recursive of [false, true]) {
    const shape = recursive ? 'one function calling itself' : 'each frame its own function';
    it(`a CPU profile, ${shape}: flame --json, tree, graph, traces, top, export`, async () => {
      const file = join(dir, `deep-${recursive}.pb.gz`);
      writeFileSync(file, deepStackProfile(DEPTH, recursive));
      // Every node: the default bound of 100,000 nodes cuts this stack at its depth.
      const flame = await goprof('flame', file, '--json', '--max-nodes', '0');
      assert.equal(flame.err, '');
      assert.equal(flame.code, 0);
      const json = JSON.parse(flame.out) as { total: number; root: FlameJsonNode };
      assert.equal(json.total, 30_000_000);
      // The root, then one node per frame of the deeper sample.
      assert.deepEqual(depthOf(json.root), { depth: DEPTH + 1, totals: [30_000_000, 30_000_000, 30_000_000] });
      const bounded = JSON.parse((await goprof('flame', file, '--json')).out) as { pruned?: { nodes: number }; root: FlameJsonNode };
      assert.ok(bounded.pruned && bounded.pruned.nodes <= 100_000, 'the default bound, said in the JSON');
      assert.deepEqual(depthOf(bounded.root).totals, [30_000_000, 30_000_000, 30_000_000]);
      for (const argv of [['tree'], ['graph', '--json'], ['traces', '--json'], ['top', '--json'], ['export', '--format', 'svg', '-o', join(dir, 'deep.svg')]]) {
        const r = await goprof(argv[0], file, ...argv.slice(1));
        assert.equal(r.code, 0, `${argv.join(' ')}: ${r.err}`);
      }
    });
  }

  it('a goroutine dump of one goroutine 100,000 frames deep: goroutines and --json', async () => {
    const file = join(dir, 'deep.txt');
    writeFileSync(file, deepGoroutineDump(DEPTH));
    const text = await goprof('goroutines', file);
    assert.equal(text.code, 0, text.err);
    const json = await goprof('goroutines', file, '--json');
    assert.equal(json.code, 0, json.err);
    const dump = JSON.parse(json.out) as { groups: { count: number; frames: unknown[] }[] };
    assert.equal(dump.groups.length, 1);
    assert.equal(dump.groups[0].frames.length, DEPTH);
  });
});
