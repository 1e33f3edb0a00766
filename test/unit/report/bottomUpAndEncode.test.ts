// Against the `go tool pprof -top` goldens of every fixture: the bottom-up tree's roots are
// pprof's flat column, and a profile written by our encoder reads back with the same top rows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProfile } from '../../../src/core/input';
import { encodeProfileProto } from '../../../src/core/pprof/encodeProto';
import { exportedProfile, invertedTree, QueriedProfile, topRows, type ProfileQuery } from '../../../src/core/report';
import { loadManifest, readPprofTop, repoRoot } from '../pprof/goldenTop';

const plainCases = loadManifest().filter(c => !c.pprofFailed && c.granularity === 'functions'
  && c.pprofArgs.every(a => !/^-(focus|ignore|hide|show|show_from|tag\w+|diff_base|base|normalize)=/.test(a)));

function queryOf(profileIndex: number): ProfileQuery {
  return { sampleType: profileIndex, granularity: 'functions', filters: [] };
}

describe('bottom-up tree and profile encoder against pprof', () => {
  it('has golden cases to check', () => assert.ok(plainCases.length > 20, String(plainCases.length)));

  for (const c of plainCases) {
    it(`${c.golden}: each bottom-up root is a function with its pprof flat; re-encoded, the same top`, () => {
      const profile = readProfile(readFileSync(join(repoRoot, c.profile)));
      const typeIndex = profile.sampleTypes.findIndex(t => t.type === c.sampleType);
      assert.ok(typeIndex >= 0);
      const golden = readPprofTop(c.golden);
      const q = new QueriedProfile(profile, queryOf(typeIndex));
      const inverted = invertedTree(q);
      const roots = new Map<string, number>();
      // A leaf whose samples net to 0 (a profile with negative samples) has no flat in pprof's table.
      for (let i = 1; i < inverted.parent.length; i++) if (inverted.parent[i] === 0 && inverted.total[i] !== 0) roots.set(inverted.names[inverted.name[i]], inverted.total[i]);
      const flat = new Map(golden.rows.filter(r => r.flat !== 0).map(r => [r.name, r.flat] as const));
      // pprof cannot symbolize legacy text without the binary (one "<unknown>" row); we read the "#" lines.
      const unsymbolizedByPprof = golden.rows.some(r => r.name === '<unknown>') && profile.format.startsWith('legacy-');
      if (!unsymbolizedByPprof) assert.deepEqual(new Map([...roots].sort()), new Map([...flat].sort()));
      else assert.equal([...roots.values()].reduce((a, b) => a + b, 0), [...flat.values()].reduce((a, b) => a + b, 0));

      const reread = readProfile(encodeProfileProto(exportedProfile(profile, queryOf(typeIndex)), { defaultSampleType: typeIndex }));
      assert.equal(reread.defaultSampleTypeIndex, typeIndex);
      const before = topRows(q), after = topRows(new QueriedProfile(reread, queryOf(typeIndex)));
      assert.deepEqual(
        after.names.map((n, i) => [n, after.flat[i], after.cum[i]]),
        before.names.map((n, i) => [n, before.flat[i], before.cum[i]]));
    });
  }
});
