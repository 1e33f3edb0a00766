// pprof's graph counts a node's tags (nodelets) with the node when it picks the nodes to draw, a
// tag counted when its flat, an int64 summed across the node's label sets, is not 0. Past 2^53 a
// tag of two label sets that nearly cancel (2^53 + 1 and -2^53) has a flat of 1, which doubles
// sum to 0: the goldens are pprof's -dot at node counts where that nodelet changes the nodes kept
// (test/fixtures/pprof/nodelets/SOURCES.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { repoRoot } from '../pprof/goldenTop';
import { comparableLegend, formatJson, parseDot } from './dotComparison';

const cases = [
  { name: 'heap_growth_nodelets', nodeCount: 6 },
  { name: 'heap_growth_nodelets', nodeCount: 9 },
  { name: 'heap_growth_sizes', nodeCount: 6 },
  { name: 'heap_growth_sizes', nodeCount: 11 },
];

describe('DOT nodelets counted from int64 tag sums past 2^53', () => {
  for (const { name, nodeCount } of cases) {
    it(`${name} -nodecount=${nodeCount}: the nodes and edges pprof keeps`, async () => {
      let out = '', err = '';
      const code = await runCli(['graph', join(repoRoot, `test/fixtures/pprof/producers/handrolled_${name}.pb.gz`), '--nodecount', String(nodeCount), '--json'],
        { out: t => { out += t; }, err: t => { err += t; } });
      assert.equal(code, 0, err);
      const theirs = parseDot(readFileSync(join(repoRoot, 'test/fixtures/pprof/nodelets', `${name}.nodecount_${nodeCount}.dot`), 'utf8'));
      const ours = formatJson(JSON.parse(out), 'minimum');
      assert.deepEqual(ours.nodes, theirs.nodes, 'nodes');
      assert.deepEqual([...ours.edges].sort(), [...theirs.edges].sort(), 'edges');
      assert.deepEqual(comparableLegend(ours.legend), comparableLegend(theirs.legend), 'legend');
    });
  }
});
