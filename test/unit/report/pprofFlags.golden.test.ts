// `goprof top|tree|peek --cum` and `goprof tags` against `go tool pprof -cum` and `-tags` on the
// same files (goldens from `npm run golden -- flags`, scripts/golden-flags.ts): the same text line
// for line (edges of one |weight| compared as sets, as pprof orders them by Go's map order).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { FlagsGoldenCase } from '../../../scripts/golden-flags';
import { repoRoot } from '../pprof/goldenTop';
import { canonicalEdgeOrder, firstDifference } from '../pprof/viewText';

const goldenDir = join(repoRoot, 'test/fixtures/pprof/flags-golden');
const cases = JSON.parse(readFileSync(join(goldenDir, 'manifest.json'), 'utf8')) as FlagsGoldenCase[];

async function goprof(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const args = argv.map(a => (/^(test|samples)\//.test(a) ? join(repoRoot, a) : a));
  const code = await runCli(args, { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

describe('goprof --cum and goprof tags vs go tool pprof -cum and -tags', () => {
  const savedTz = process.env.TZ;
  before(() => { process.env.TZ = 'UTC'; });
  after(() => { if (savedTz === undefined) delete process.env.TZ; else process.env.TZ = savedTz; });

  it('covers -cum on top, tree and peek, and -tags with labels, numeric labels, filters, bases and merges', () => {
    for (const view of ['top', 'tree', 'peek']) assert.ok(cases.some(c => c.view === view && c.goprofArgs.includes('--cum')), `no ${view} --cum case`);
    const labelled = cases.filter(c => c.view === 'tags' && !c.pprofFailed && readFileSync(join(goldenDir, c.golden), 'utf8') !== '');
    assert.ok(labelled.length >= 20, `${labelled.length} tags goldens with labels`);
    for (const flag of ['--tagfocus', '--tagignore', '--focus', '--hide', '--show-from', '--diff-base', '--base', '--unit', '--sample-index']) {
      assert.ok(labelled.some(c => c.goprofArgs.includes(flag)), `no tags case with ${flag}`);
    }
    assert.ok(labelled.some(c => c.profiles.length === 2), 'no merged pair');
    // A numeric label printed in its unit, and a string label.
    assert.ok(labelled.some(c => /^ +bytes: Total /m.test(readFileSync(join(goldenDir, c.golden), 'utf8'))));
    assert.ok(labelled.some(c => /^ +worker: Total /m.test(readFileSync(join(goldenDir, c.golden), 'utf8'))));
  });

  for (const c of cases) {
    // pprof refuses a few hand-rolled shapes that goprof reads with a warning: nothing to compare.
    if (c.pprofFailed) continue;
    it(`${c.golden}: ${c.pprofArgs.join(' ')} ${c.profiles.map(p => p.split('/').pop()).join(' ')}`, async function () {
      this.timeout(30000);
      const r = await goprof(c.goprofArgs);
      const theirs = readFileSync(join(goldenDir, c.golden), 'utf8');
      assert.equal(r.code, 0, r.err);
      const input = c.profiles.length === 1 ? readFileSync(join(repoRoot, c.profiles[0]), 'latin1') : '';
      const keys = new Set([...input.matchAll(/^# labels: \{(.*)\}$/gm)].flatMap(m => [...m[1].matchAll(/"([^"]+)":/g)].map(k => k[1])));
      if (input.startsWith('goroutine profile: total ') && keys.size > 0) {
        // pprof's legacy reader drops a debug=1 record's `# labels:` line, goprof reads it: pprof
        // prints no tags, goprof each key of those lines.
        assert.equal(theirs, '');
        assert.deepEqual(new Set([...r.out.matchAll(/^ *(\S+): Total /gm)].map(m => m[1])), keys);
        return;
      }
      if (r.out === theirs) return;
      const [ours, pprofs] = [canonicalEdgeOrder(r.out), canonicalEdgeOrder(theirs)];
      assert.ok(ours === pprofs, `${c.golden} differs at ${firstDifference(ours, pprofs)}`);
    });
  }
});
