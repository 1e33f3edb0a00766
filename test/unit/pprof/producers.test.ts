// Profiles from producers other than the Go runtime (test/fixtures/pprof/producers, see its
// SOURCES.md): `goprof top|peek|traces` against `go tool pprof` (verbatim goldens from
// `npm run golden -- producers`, scripts/golden-producers.ts), the same text line for line.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { parseProfile } from '../../../src/core/pprof/parse';
import { decodeEscapingBytes } from '../../../src/core/byteEscapes';
import type { ProducerViewCase } from '../../../scripts/golden-producers';
import { repoRoot } from './goldenTop';
import { canonicalEdgeOrder, firstDifference, routinesOf } from './viewText';

const producersDir = join(repoRoot, 'test/fixtures/pprof/producers');
const goldenDir = join(producersDir, 'golden');
const cases = JSON.parse(readFileSync(join(goldenDir, 'manifest.json'), 'utf8')) as ProducerViewCase[];

async function goprof(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await runCli(argv.map(a => (a.startsWith('test/fixtures/') ? join(repoRoot, a) : a)), { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

describe('profiles of other producers: goprof views vs go tool pprof', () => {
  const savedTz = process.env.TZ;
  before(() => { process.env.TZ = 'UTC'; });
  after(() => { if (savedTz === undefined) delete process.env.TZ; else process.env.TZ = savedTz; });

  it('has a golden for every profile in SOURCES.md, and every profile is listed there', () => {
    const sources = readFileSync(join(producersDir, 'SOURCES.md'), 'utf8');
    const listed = [...sources.matchAll(/^\| `([^`]+)` \|/gm)].map(m => m[1]).sort();
    const profiles = [...new Set(cases.map(c => c.profile.split('/').pop()!))].sort();
    assert.deepEqual(listed, profiles);
    assert.ok(profiles.length >= 14);
  });

  for (const c of cases) {
    it(`${c.view} ${c.profile.split('/').pop()} ${c.pprofArgs.slice(1).join(' ')}`, async () => {
      // As bytes: a name that is not UTF-8 is printed by both as its bytes, which a UTF-8 read would merge.
      const theirs = decodeEscapingBytes(readFileSync(join(goldenDir, c.golden)));
      const r = await goprof(c.goprofArgs);
      if (c.pprofFailed && (c.view === 'list' || c.view === 'peek') && /no matches found for regexp/.test(theirs)) {
        // Only bare addresses, or only samples of value 0 (which pprof drops): no function to
        // list or peek at, for pprof as for us.
        assert.notEqual(r.code, 0);
        assert.equal(r.err.trim().split('\n').length, 1, r.err);
        return;
      }
      if (c.pprofFailed) {
        // pprof rejects it as malformed: we say why in one line, or read it with a warning
        // naming what pprof objects to.
        assert.match(theirs, /malformed profile: (found location with reserved id=0|multiple functions with same id|location id: \d+ has a line with nil function)/);
        if (r.code !== 0) {
          assert.equal(r.err.trim().split('\n').length, 1, r.err);
          return;
        }
        const { warnings } = parseProfile(readFileSync(join(repoRoot, c.profile)));
        const expected = theirs.includes('reserved id=0') ? /locations with the reserved id 0/
          : theirs.includes('nil function') ? /location line\(s\) name no function, id 0 \(pprof rejects the profile\)/ : /functions repeat an id already used \(first: 1\)/;
        assert.ok(warnings.some(w => expected.test(w)), `warnings: ${JSON.stringify(warnings)}`);
        return;
      }
      assert.equal(r.err, '');
      if (c.view === 'list') {
        // The producers' sources are on no machine (or on some only): compare what -list says
        // without them, the routines with their files and totals.
        assert.deepEqual(routinesOf(r.out), routinesOf(theirs));
        return;
      }
      if (r.out === theirs) return;
      const [ours, pprofs] = [canonicalEdgeOrder(r.out), canonicalEdgeOrder(theirs)];
      assert.ok(ours === pprofs, `${c.golden} differs at ${firstDifference(ours, pprofs)}`);
    });
  }
});
