// `goprof flame --json` without --width on 10^5 samples, each its own stack 100 deep: ~10^7 nodes
// and ~1 GB of JSON unpruned (over a minute). By default the widest nodes are expanded first up to
// a bound on the nodes, the rest merged and said so in the JSON; --max-nodes 0 still writes all.
import assert from 'node:assert/strict';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';
import { hostileProfiles } from '../../hostile/hostileProfiles';
import { runCli } from '../../../src/cli/main';
import { DEFAULT_MAX_NODES } from '../../../src/cli/flameCommand';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface JsonNode { name: string; self: number; total: number; rest?: true; children: JsonNode[] }
interface FlameJson { total: number; pruned?: { nodes: number; maxNodes: number; mergedBelow: number; note: string }; root: JsonNode }

/** Nodes, rest nodes, and whether every node's total is its self plus its children's (no recursion: the tree is deep). */
function walk(root: JsonNode): { nodes: number; rest: number; sumsHold: boolean } {
  let nodes = 0, rest = 0, sumsHold = true;
  for (const pending = [root]; pending.length > 0;) {
    const n = pending.pop()!;
    nodes++;
    if (n.rest) rest++;
    if (n.children.reduce((s, c) => s + c.total, n.self) !== n.total) sumsHold = false;
    pending.push(...n.children);
  }
  return { nodes, rest, sumsHold };
}

async function flameJson(scale: number, ...flags: string[]): Promise<FlameJson> {
  const dir = mkdtempSync(join(tmpdir(), 'goprof-flame-bound-'));
  try {
    const file = join(dir, 'deep.pb');
    writeFileSync(file, hostileProfiles['distinct-deep-stacks'](scale));
    let text = '';
    assert.equal(await runCli(['flame', file, '--json', ...flags], { out: t => { text += t; }, err: t => assert.fail(t) }), 0);
    return JSON.parse(text) as FlameJson;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('hostile inputs: flame --json of 10^5 distinct stacks 100 deep', function () {
  this.timeout(300_000); // wall time, which load stretches: runBounded ends a hang on its CPU time

  it('by default: the widest nodes up to the bound, the rest merged exactly, and the JSON says so', async () => {
    const json = await flameJson(0.2);
    const { nodes, rest, sumsHold } = walk(json.root);
    assert.equal(json.root.total, 200_000);
    assert.ok(sumsHold, 'every total is its self and its children\'s');
    assert.ok(rest > 0);
    assert.ok(json.pruned, 'the JSON says the tree was pruned');
    assert.equal(json.pruned.nodes, nodes);
    assert.equal(json.pruned.maxNodes, DEFAULT_MAX_NODES);
    // One node's callees past the bound at most (2,000 functions).
    assert.ok(nodes <= DEFAULT_MAX_NODES + 2_000, `${nodes} nodes`);
    assert.match(json.pruned.note, /--max-nodes 0 writes every node/);
  });

  it('--max-nodes 0: every node, nothing merged, no note', async () => {
    const json = await flameJson(0.01, '--max-nodes', '0');
    const { nodes, rest, sumsHold } = walk(json.root);
    assert.equal(json.pruned, undefined);
    assert.equal(rest, 0);
    assert.ok(sumsHold);
    // 1,000 samples of 100 frames share little beyond their first frames.
    assert.ok(nodes > 90_000, `${nodes} nodes`);
  });

  it('--max-nodes N bounds a smaller tree', async () => {
    const json = await flameJson(0.01, '--max-nodes', '500');
    const { nodes, sumsHold } = walk(json.root);
    assert.ok(sumsHold);
    assert.ok(nodes <= 500 + 2_000 && json.pruned?.maxNodes === 500, `${nodes} nodes`);
  });

  it('the whole 20 MB profile within the bound of CPU (over 60 s before, ~1 GB of JSON)', async () => {
    const { value, cpuMs } = await runBounded<Outcome>('goprofOnCrafted', ['profile', 'distinct-deep-stacks', 1, 'flame', ['--json']], { seconds: 60, heapMb: 1024 });
    if ('error' in value) assert.fail(value.error);
    const r = value.ok as { code: number; outBytes: number; err: string };
    assert.equal(r.code, 0);
    assert.ok(r.outBytes < 30 * 2 ** 20, `${r.outBytes} characters`);
    assert.ok(!(cpuMs > 30_000), `${Math.round(cpuMs)} ms of CPU`);
  });

  it('--max-nodes 0 on 2·10^4 of them (4 MB): every one of ~2·10^6 nodes written as bytes within the bound (6–7 s of CPU, 2.5 s now)', async () => {
    const { value, cpuMs } = await runBounded<Outcome>('goprofOnCrafted', ['profile', 'distinct-deep-stacks', 0.2, 'flame', ['--json', '--max-nodes', '0']], { seconds: 60, heapMb: 1024 });
    if ('error' in value) assert.fail(value.error);
    const r = value.ok as { code: number; outBytes: number; err: string };
    assert.equal(r.code, 0, r.err);
    // The same JSON as written a string at a time before (the file is made from a fixed seed).
    assert.equal(r.outBytes, 141_639_528);
    assert.ok(!(cpuMs > 30_000), `${Math.round(cpuMs)} ms of CPU`);
  });
});
