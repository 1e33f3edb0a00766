// `goprof top|peek|traces|tree|graph|list` given several FILEs against `go tool pprof` given the
// same files, which it merges first (goldens from `npm run golden -- merge`,
// scripts/golden-merge.ts): the same text line for line, the same DOT graph, and where pprof
// refuses the merge, one line of ours naming both files.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { scaledLabel } from '../../../src/core/pprof/measurement';
import type { MergeGoldenCase } from '../../../scripts/golden-merge';
import { repoRoot } from '../pprof/goldenTop';
import { canonicalEdgeOrder, firstDifference } from '../pprof/viewText';
import { comparableLegend, formatJson, parseDot } from './dotComparison';

const goldenDir = join(repoRoot, 'test/fixtures/pprof/merge-golden');
const cases = JSON.parse(readFileSync(join(goldenDir, 'manifest.json'), 'utf8')) as MergeGoldenCase[];

async function goprof(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const args = argv.map((a, i) => (argv[i - 1] === '--workspace' || /^(test|samples)\//.test(a) ? join(repoRoot, a) : a));
  const code = await runCli(args, { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

/** pprof's "… of N total". */
const totalOf = (text: string): string => /of (\S+) total/.exec(text)?.[1] ?? 'none';

describe('goprof on several FILEs vs go tool pprof merging them', () => {
  const savedTz = process.env.TZ;
  before(() => { process.env.TZ = 'UTC'; });
  after(() => { if (savedTz === undefined) delete process.env.TZ; else process.env.TZ = savedTz; });

  it('covers every view, two and three files, filters, a base, and refused merges', () => {
    for (const view of ['top', 'peek', 'traces', 'tree', 'dot', 'list']) assert.ok(cases.some(c => c.view === view && !c.pprofFailed), `no ${view} case`);
    assert.ok(cases.some(c => c.profiles.length === 3));
    for (const flag of ['--focus', '--diff-base', '--base', '--tagroot', '--sample-index']) assert.ok(cases.some(c => c.goprofArgs.includes(flag)), `no case with ${flag}`);
    assert.ok(cases.filter(c => c.pprofFailed).length >= 2, 'no refused merge');
  });

  for (const c of cases) {
    it(`${c.golden}: ${c.pprofArgs.join(' ')} ${c.profiles.map(p => p.split('/').pop()).join(' ')}`, async function () {
      this.timeout(30000);
      const r = await goprof(c.view === 'dot' ? [...c.goprofArgs, '--json'] : c.goprofArgs);
      const theirs = readFileSync(join(goldenDir, c.golden), 'utf8');
      if (c.pprofFailed) {
        // One line that names the first file and the one that differs, and what differs.
        assert.notEqual(r.code, 0);
        const lines = r.err.trim().split('\n');
        assert.equal(lines.length, 1, r.err);
        assert.match(lines[0], new RegExp(`cannot merge \\S*${c.profiles[0].split('/').pop()} and \\S*${c.profiles[1].split('/').pop()}: incompatible`));
        assert.match(theirs, /incompatible/);
        return;
      }
      assert.equal(r.err, '');
      assert.equal(r.code, 0);
      if (c.view === 'dot') {
        const unit = c.goprofArgs[c.goprofArgs.indexOf('--unit') + 1];
        const json = JSON.parse(r.out) as Parameters<typeof formatJson>[0];
        const [ours, dot] = [formatJson(json, unit), parseDot(theirs)];
        if (c.profiles.some(p => p.endsWith('.txt'))) {
          // pprof cannot symbolize a legacy text profile without its binary: only the total can agree.
          assert.equal(scaledLabel(json.total, json.unit, unit), totalOf(dot.legend.join('\n')));
          return;
        }
        assert.deepEqual(ours.nodes, dot.nodes, 'nodes');
        assert.deepEqual([...ours.edges].sort(), [...dot.edges].sort(), 'edges');
        assert.deepEqual(comparableLegend(ours.legend), comparableLegend(dot.legend), 'legend');
        return;
      }
      if (c.view === 'list' && c.sourceMissing) {
        const header = /^(Total:|ROUTINE =| +\S+ +\S+ \(flat, cum\))/;
        assert.deepEqual(r.out.split('\n').filter(l => header.test(l)), theirs.split('\n').filter(l => header.test(l)));
        return;
      }
      if (c.profiles.some(p => p.endsWith('.txt')) && /<unknown>$/m.test(theirs)) {
        if (c.view !== 'traces') assert.equal(totalOf(r.out), totalOf(theirs), 'total');
        return;
      }
      if (c.digest) {
        const head = theirs.split('\n').slice(0, -1);
        assert.deepEqual(r.out.split('\n').slice(0, head.length), head, `${c.golden}: first lines`);
        assert.equal(createHash('sha256').update(r.out).digest('hex'), c.digest.sha256, `${c.golden}: the whole text`);
        return;
      }
      if (r.out === theirs) return;
      const [ours, pprofs] = [canonicalEdgeOrder(r.out), canonicalEdgeOrder(theirs)];
      assert.ok(ours === pprofs, `${c.golden} differs at ${firstDifference(ours, pprofs)}`);
    });
  }
});
