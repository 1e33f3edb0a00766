// Our top table against `go tool pprof -top` (verbatim goldens, see scripts/golden-pprof.ts):
// same total, and for every function pprof lists, the same flat and cum, exactly.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile } from '../../../src/core/pprof/parse';
import { diffProfiles } from '../../../src/core/pprof/combine';
import { topTable, type TopRow } from '../../../src/core/pprof/top';
import { parseTagFilter } from '../../../src/core/pprof/tagFilter';
import { loadManifest, readPprofTop, repoRoot } from './goldenTop';

const load = (rel: string) => parseProfile(readFileSync(join(repoRoot, rel)));

function rowName(row: TopRow, granularity: string, labelKeys: string[]): string {
  for (const key of labelKeys) if (row.func.startsWith(`${key}: `)) return row.func.slice(key.length + 2);
  if (granularity === 'lines' && row.file) return `${row.func} ${row.file}:${row.line}`;
  if (granularity === 'filefunctions' && row.file) return `${row.func} ${row.file}`;
  return row.func;
}

describe('pprof top vs go tool pprof -top', () => {
  const cases = loadManifest();
  it('has goldens for the corpus and the generated profiles', () => {
    assert.ok(cases.length >= 90, `only ${cases.length} golden cases`);
    assert.ok(cases.some(c => c.profile.includes('/generated/heap.debug1.txt')));
  });
  for (const c of cases) {
    const title = `${c.profile.split('/').pop()} ${c.sampleType} ${c.pprofArgs.slice(5).join(' ')}`;
    if (c.pprofFailed) {
      it(`${title}: pprof rejects it; we give a model or one ProfileParseError`, () => {
        try { load(c.profile); } catch (e) { assert.equal((e as Error).name, 'ProfileParseError'); }
      });
      continue;
    }
    it(title, () => {
      let profile = load(c.profile);
      if (c.base) profile = diffProfiles(profile, load(c.base));
      const ours = topTable(profile, {
        sampleType: c.sampleType, granularity: c.granularity, tagRoot: c.tagRoot,
        filters: { focus: c.focus, ignore: c.ignore, hide: c.hide, show: c.show, tagFocus: c.tagFocus ? [parseTagFilter(c.tagFocus)] : undefined,
          tagIgnore: c.tagIgnore ? [parseTagFilter(c.tagIgnore)] : undefined },
      });
      const theirs = readPprofTop(c.golden);
      assert.equal(ours.total, theirs.total, 'total');
      const unsymbolizedByPprof = theirs.rows.length === 1 && theirs.rows[0].name === '<unknown>' && profile.format.startsWith('legacy-');
      if (unsymbolizedByPprof) {
        // pprof cannot symbolize legacy text without the binary; we use the "#" lines.
        assert.equal(ours.rows.reduce((s, r) => s + r.flat, 0), theirs.rows[0].flat, 'sum of flat');
        return;
      }
      const byName = new Map(ours.rows.map(r => [rowName(r, c.granularity, c.tagRoot ?? []), r]));
      for (const row of theirs.rows) {
        const mine = byName.get(row.name);
        assert.ok(mine, `pprof row "${row.name}" missing from ours`);
        assert.deepEqual({ name: row.name, flat: mine.flat, cum: mine.cum }, { name: row.name, flat: row.flat, cum: row.cum });
      }
      assert.equal(ours.rows.filter(r => r.flat !== 0 || r.cum !== 0).length, theirs.rows.length, 'row count');
    });
  }
});
