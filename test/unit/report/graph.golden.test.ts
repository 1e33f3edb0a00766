// `goprof graph --json` against `go tool pprof -dot` on every fixture profile, with and
// without filters, trimming flags and -base/-diff_base (goldens from `npm run golden -- graph`,
// scripts/golden-graph.ts): the same nodes in the same order with the same flat and cum, the
// same edges with the same weight, inline and residual marks, and the same "Dropped …" lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { scaledLabel } from '../../../src/core/pprof/measurement';
import type { GraphGoldenCase } from '../../../scripts/golden-graph';
import { repoRoot } from '../pprof/goldenTop';
import { comparableLegend, formatJson, parseDot } from './dotComparison';

const goldenDir = join(repoRoot, 'test/fixtures/pprof/golden/graph');
const cases = JSON.parse(readFileSync(join(goldenDir, 'manifest.json'), 'utf8')) as GraphGoldenCase[];

async function goprof(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await runCli(argv.map(a => (a.startsWith('test/fixtures/') ? join(repoRoot, a) : a)), { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

describe('goprof graph vs go tool pprof -dot', () => {
  it('covers the fixtures with filters, trimming flags and diffs', () => {
    assert.ok(cases.length >= 40, 'too few cases');
    for (const flag of ['--focus', '--ignore', '--hide', '--show', '--tagfocus', '--tagroot', '--diff-base', '--base', '--normalize', '--nodecount', '--nodefraction', '--edgefraction']) {
      assert.ok(cases.some(c => c.goprofArgs.includes(flag)), `no case with ${flag}`);
    }
    // pprof dropping nodes, edges and keeping fewer than all in some of them: the trimming is exercised.
    const legends = cases.filter(c => !c.pprofFailed).map(c => readFileSync(join(goldenDir, c.golden), 'utf8'));
    for (const what of ['Dropped \\d+ nodes', 'Dropped \\d+ edges', 'Showing top \\d+ nodes', 'style="dotted"', '\\(inline\\)']) {
      assert.ok(legends.some(t => new RegExp(what).test(t)), `no golden shows ${what}`);
    }
  });

  for (const c of cases) {
    it(`${c.profile.split('/').pop()} ${c.pprofArgs.join(' ')}`, async function () {
      this.timeout(30000);
      const r = await goprof([...c.goprofArgs, '--json']);
      if (c.pprofFailed) {
        if (r.code !== 0) assert.equal(r.err.trim().split('\n').length, 1);
        return;
      }
      assert.equal(r.err, '');
      const theirs = parseDot(readFileSync(join(goldenDir, c.golden), 'utf8'));
      const unitAt = c.goprofArgs.indexOf('--unit');
      const ours = formatJson(JSON.parse(r.out), unitAt >= 0 ? c.goprofArgs[unitAt + 1] : 'minimum');
      if (c.profile.endsWith('.txt') && theirs.nodes.some(n => n.name === '<unknown>')) {
        // pprof cannot symbolize a legacy text profile without its binary: only the total can agree.
        const json = JSON.parse(r.out) as { unit: string; total: number };
        const theirTotal = /of (\S+) total/.exec(theirs.legend.join('\n'))?.[1];
        assert.equal(scaledLabel(json.total, json.unit, unitAt >= 0 ? c.goprofArgs[unitAt + 1] : json.unit), theirTotal);
        return;
      }
      assert.deepEqual(ours.nodes, theirs.nodes, 'nodes');
      assert.deepEqual([...ours.edges].sort(), [...theirs.edges].sort(), 'edges');
      assert.deepEqual(comparableLegend(ours.legend), comparableLegend(theirs.legend), 'legend');
    });
  }
});
