// `goprof top|peek|traces|tree` against `go tool pprof` on every fixture profile, with and
// without filters, granularities, label frames and -base/-diff_base (verbatim goldens from
// `npm run golden`, scripts/golden-pprof.ts): the same text, line for line.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { PprofViewCase } from '../../../scripts/golden-pprof';
import { repoRoot } from '../pprof/goldenTop';
import { canonicalEdgeOrder, firstDifference } from '../pprof/viewText';

const viewDir = join(repoRoot, 'test/fixtures/pprof/golden/views');
const cases = JSON.parse(readFileSync(join(viewDir, 'manifest.json'), 'utf8')) as PprofViewCase[];

async function goprof(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await runCli(argv.map(a => (a.startsWith('test/fixtures/') ? join(repoRoot, a) : a)), { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

/** pprof's "… of N total" of a report, or the sum of its -traces values. */
function totalOf(text: string, view: string): string {
  if (view !== 'traces') return /of (\S+) total/.exec(text)?.[1] ?? 'none';
  let sum = 0;
  for (const m of text.matchAll(/^ *(-?\d+)(?:B|ns)? {3}\S/gm)) sum += Number(m[1]);
  return String(sum);
}

describe('goprof views vs go tool pprof (text, line by line)', () => {
  const savedTz = process.env.TZ;
  // The goldens print the profile's time in UTC.
  before(() => { process.env.TZ = 'UTC'; });
  after(() => { if (savedTz === undefined) delete process.env.TZ; else process.env.TZ = savedTz; });

  it('covers every view on the corpus and the generated profiles, with filters and diffs', () => {
    for (const view of ['top', 'peek', 'traces', 'tree']) assert.ok(cases.filter(c => c.view === view).length >= 20, `${view}: too few cases`);
    for (const flag of ['--focus', '--ignore', '--hide', '--show', '--show-from', '--tagfocus', '--tagroot', '--diff-base', '--base', '--normalize']) {
      assert.ok(cases.some(c => c.goprofArgs.includes(flag)), `no case with ${flag}`);
    }
    for (const g of ['filefunctions', 'files', 'lines']) assert.ok(cases.some(c => c.goprofArgs.includes(g)), `no case at ${g} granularity`);
  });

  for (const c of cases) {
    const title = `${c.view} ${c.profile.split('/').pop()} ${c.pprofArgs.slice(1).join(' ')}`;
    it(title, async function () {
      this.timeout(20000);
      const r = await goprof(c.goprofArgs);
      if (c.pprofFailed) {
        // pprof rejects it: we read it, or say why in one line.
        if (r.code !== 0) assert.equal(r.err.trim().split('\n').length, 1);
        return;
      }
      assert.equal(r.err, '');
      const theirs = readFileSync(join(viewDir, c.golden), 'utf8');
      if (c.profile.endsWith('.txt') && /<unknown>$/m.test(theirs)) {
        // pprof cannot symbolize a legacy text profile without its binary; we read the "#"
        // lines, so only the totals can agree.
        assert.equal(totalOf(r.out, c.view), totalOf(theirs, c.view), 'total');
        return;
      }
      if (c.digest) {
        // Too large to commit whole: pprof's first lines, then the digest of all of it.
        const head = theirs.split('\n').slice(0, -1);
        assert.deepEqual(r.out.split('\n').slice(0, head.length), head, `${c.golden}: first lines`);
        assert.deepEqual({ bytes: Buffer.byteLength(r.out), lines: r.out.split('\n').length }, { bytes: c.digest.bytes, lines: c.digest.lines });
        assert.equal(createHash('sha256').update(r.out).digest('hex'), c.digest.sha256, `${c.golden}: the whole text`);
        return;
      }
      if (r.out === theirs) return;
      const [ours, pprofs] = [canonicalEdgeOrder(r.out), canonicalEdgeOrder(theirs)];
      assert.ok(ours === pprofs, `${c.golden} differs at ${firstDifference(ours, pprofs)}`);
    });
  }
});
