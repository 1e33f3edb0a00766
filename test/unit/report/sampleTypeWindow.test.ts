// The sample types by window (core/report sampleTypeWindow.ts), what the editor's picker starts
// from and searches: a real profile's types come whole in the summary, as before; a profile of
// 10^6 types (test/hostile's million-named-sample-types) sends its first 100 and its default, a
// few KB, and a search's windows end to end are every match, in the profile's order, each with
// its total as pprof sums it.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { parseProfile, sampleTypeTotal, type Profile } from '../../../src/core/pprof';
import { SAMPLE_TYPES_LISTED, sampleTypesKey, sampleTypeWindowsOf, SampleTypeWindows, summarizeProfile, type SampleTypeEntry } from '../../../src/core/report';
import { hostileProfiles } from '../../hostile/hostileProfiles';
import { pickerTypeName } from '../../../src/core/report/sampleTypeWindow';
import { refersTo } from '../../../src/shared/nameLimit';

const FIXTURES = path.join(__dirname, '../../fixtures');

/** Every match of `filter` as the picker pages through it, windows of `size`. */
function matchesEndToEnd(windows: SampleTypeWindows, filter: string, size: number): SampleTypeEntry[] {
  const first = windows.window({ filter, start: 0, count: size });
  const all = [...first.entries];
  while (all.length < first.matched) {
    const w = windows.window({ filter, start: all.length, count: size });
    assert.equal(w.start, all.length);
    assert.equal(w.matched, first.matched);
    assert.ok(w.entries.length > 0 && w.entries.length <= size);
    all.push(...w.entries);
  }
  return all;
}

/** What the picker would list with every type sent: each type whose "type (unit)" holds `filter`, any case. */
function expectedMatches(profile: Profile, filter: string): SampleTypeEntry[] {
  return profile.sampleTypes.flatMap((t, index) => `${t.type} (${t.unit})`.toLowerCase().includes(filter.toLowerCase())
    ? [{ index, type: t.type, unit: t.unit, total: sampleTypeTotal(profile, index) }] : []);
}

describe('sample types by window', function () {
  this.timeout(120_000);

  it('a heap profile\'s four types come whole in the summary, with pprof\'s totals, and keep the saved views\' key', () => {
    const profile = parseProfile(fs.readFileSync(path.join(FIXTURES, 'pprof/generated/heap.pb.gz')));
    const summary = summarizeProfile('heap.pb.gz', profile);
    assert.equal(summary.sampleTypes.count, 4);
    assert.deepEqual(summary.sampleTypes.listed, expectedMatches(profile, ''));
    assert.deepEqual(summary.sampleTypes.listed.map(t => t.type), ['alloc_objects', 'alloc_space', 'inuse_objects', 'inuse_space']);
    assert.equal(summary.sampleTypesKey, 'alloc_objects/count,alloc_space/bytes,inuse_objects/count,inuse_space/bytes');
    const windows = sampleTypeWindowsOf(profile);
    assert.deepEqual(matchesEndToEnd(windows, 'SPACE', 1), expectedMatches(profile, 'space'));
    assert.deepEqual(matchesEndToEnd(windows, '(count)', 1).map(t => t.type), ['alloc_objects', 'inuse_objects']);
    const none = windows.window({ filter: 'cpu', start: 0, count: 10 });
    assert.deepEqual([none.matched, none.count, none.entries.length, none.exact], [0, 4, 0, undefined]);
  });

  it('10^6 types: the summary lists the first 100 and the default, a few KB; searches page through every match', () => {
    const profile = parseProfile(hostileProfiles['million-named-sample-types'](1));
    assert.equal(profile.sampleTypes.length, 1_000_000);
    const windows = sampleTypeWindowsOf(profile);
    const summary = summarizeProfile('types.pb', profile, windows);
    const listed = summary.sampleTypes.listed;
    assert.equal(summary.sampleTypes.count, 1_000_000);
    assert.equal(listed.length, SAMPLE_TYPES_LISTED + 1);
    // pprof's default with no default_sample_type is the last type: listed after the first 100.
    assert.equal(summary.defaultSampleType, 999_999);
    assert.deepEqual(listed[listed.length - 1], { index: 999_999, type: 'kind999999', unit: 'count', total: 1_000_000 });
    assert.deepEqual(listed.slice(0, 3), [{ index: 0, type: 'kind0', unit: 'count', total: 1 }, { index: 1, type: 'kind1', unit: 'count', total: 2 }, { index: 2, type: 'kind2', unit: 'count', total: 3 }]);
    const bytes = v8.serialize(summary).length;
    assert.ok(bytes < 20_000, `the summary crosses the host as ${bytes} bytes`);
    // The saved views' key: short, and not the key of a profile of other types past the first 100.
    assert.ok(summary.sampleTypesKey.length < 3_000, `${summary.sampleTypesKey.length}`);
    assert.match(summary.sampleTypesKey, /^kind0\/count,kind1\/count,.*,kind99\/count,…1000000 types #[0-9a-f]+$/);
    const other = profile.sampleTypes.map((t, i) => (i === 500_000 ? { ...t, type: 'kindX' } : t));
    assert.notEqual(sampleTypesKey(other), summary.sampleTypesKey);
    assert.equal(sampleTypesKey(profile.sampleTypes), summary.sampleTypesKey);

    // "kind77777" is in kind77777 and kind777770…777779: eleven matches, in the profile's order, one of them named exactly.
    const found = matchesEndToEnd(windows, 'KIND77777', 4);
    assert.deepEqual(found, expectedMatches(profile, 'kind77777'));
    assert.deepEqual(found.map(t => t.index), [77_777, ...Array.from({ length: 10 }, (_, i) => 777_770 + i)]);
    assert.deepEqual(windows.window({ filter: 'kind77777', start: 5, count: 1 }).exact, { index: 77_777, type: 'kind77777', unit: 'count', total: 77_778 });
    // No filter: the types from `start`, one at a time as the host looks one up.
    assert.deepEqual(windows.window({ filter: '', start: 654_321, count: 1 }).entries, [{ index: 654_321, type: 'kind654321', unit: 'count', total: 654_322 }]);
    const past = windows.window({ filter: 'kind5', start: 10_000_000, count: 10 });
    assert.deepEqual([past.start, past.matched, past.entries.length], [111_111, 111_111, 0]);
  });

  it('a window\'s answer stays small whatever the search: at most the count asked for; windows of the largest size end to end are every match', () => {
    const windows = sampleTypeWindowsOf(parseProfile(hostileProfiles['million-named-sample-types'](0.1)));
    // "kind1" begins 11,111 of these 10^5 names.
    const many = matchesEndToEnd(windows, 'kind1', 1000);
    assert.equal(many.length, 11_111);
    assert.ok(many.every((t, i) => t.type.startsWith('kind1') && (i === 0 || many[i - 1].index < t.index)));
    const w = windows.window({ filter: '', start: 0, count: 1000 });
    assert.equal(w.entries.length, 1000);
    assert.equal(w.matched, 100_000);
    assert.ok(v8.serialize(w).length < 100_000);
  });

  it('100 types whose type and unit are one 4 MB name: the key, the list and a search hold it as one reference within 200 characters, which finds it again', () => {
    const name = 'x'.repeat(4 << 20);
    const types = Array.from({ length: 100 }, () => ({ type: name, unit: name }));
    const shown = pickerTypeName(name);
    assert.ok(shown.length <= 200 && refersTo(shown, name));
    assert.equal(sampleTypesKey(types), Array.from({ length: 100 }, () => `${shown}/${shown}`).join(','));
    const windows = new SampleTypeWindows(types, types.map((_, i) => i), 0);
    assert.deepEqual(windows.head().listed[0], { index: 0, type: shown, unit: shown, total: 0 });
    const found = windows.window({ filter: 'X… (4194304', start: 0, count: 10 });
    assert.equal(found.matched, 100);
    assert.ok(v8.serialize(found).length < 20_000);
    assert.equal(windows.window({ filter: shown, start: 0, count: 1 }).exact?.index, 0);
  });
});
