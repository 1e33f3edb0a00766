// Unit checks of the pieces behind two golden families (see top.golden.test.ts):
// drop_frames/keep_frames (prune.ts) and pprof's -tagfocus syntax (tagFilter.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Profile as ReferenceProfile } from 'pprof-format';
import { gunzipSync } from 'node:zlib';
import { parseProfile } from '../../../src/core/pprof/parse';
import { simplifyFunc } from '../../../src/core/pprof/prune';
import { parseTagFilter, scaleValue } from '../../../src/core/pprof/tagFilter';
import { repoRoot } from './goldenTop';

describe('drop_frames / keep_frames', () => {
  it('simplifies names as pprof does before matching', () => {
    assert.equal(simplifyFunc('main.(*Cache).Put'), 'main.');
    assert.equal(simplifyFunc('.foo(int)'), 'foo');
    assert.equal(simplifyFunc('(anonymous namespace)::f(int)'), '(anonymous namespace)::f');
    assert.equal(simplifyFunc('A::operator()(int)'), 'A::operator()');
    assert.equal(simplifyFunc('main.main'), 'main.main');
  });

  it('prunes the synthetic profile: stacks only shrink on the leaf side, totals stay', () => {
    const bytes = readFileSync(join(repoRoot, 'test/fixtures/pprof/synthetic/dropframes.pb.gz'));
    const ref = ReferenceProfile.decode(gunzipSync(bytes));
    const p = parseProfile(bytes);
    assert.notEqual(p.dropFrames, '');
    assert.equal(p.samples.count, ref.sample.length);
    const idOf = (l: number) => p.locations[l].id;
    for (let i = 0; i < p.samples.count; i++) {
      const ours = Array.from(p.samples.locations.subarray(p.samples.stackStart[i], p.samples.stackStart[i + 1]), idOf);
      const full = ref.sample[i].locationId.map(Number);
      assert.deepEqual(ours, full.slice(full.length - ours.length), `sample ${i} keeps a root-side suffix`);
    }
    // Sample 0 (goexit ← main.main ← main.work ← mallocgc ← memclr) loses mallocgc and memclr.
    assert.deepEqual(Array.from(p.samples.locations.subarray(p.samples.stackStart[0], p.samples.stackStart[1]), idOf), [2, 1, 8]);
    // Location 5 (runtime.newobject inlined into main.helper) keeps only main.helper.
    assert.deepEqual(p.locations[4].lines.map(l => p.functions[l.functionIndex].name), ['main.helper']);
  });
});

describe('pprof tag filter syntax', () => {
  it('reads ranges with units, inclusive, into the first bound\'s unit', () => {
    assert.deepEqual(parseTagFilter('bytes=1mb:'), { key: 'bytes', min: 1, unit: 'MB' });
    assert.deepEqual(parseTagFilter('bytes=:512kb'), { key: 'bytes', max: 512, unit: 'kB' });
    assert.deepEqual(parseTagFilter('bytes=64kb:1mb'), { key: 'bytes', min: 64, max: 1024, unit: 'kB' });
    assert.deepEqual(parseTagFilter('bytes=4096'), { key: 'bytes', min: 4096, max: 4096, unit: '' });
    assert.deepEqual(parseTagFilter('1ms:2s'), { key: '', min: 1, max: 2000, unit: 'ms' });
  });
  it('falls back to regexes like pprof (Go syntax, linear time)', () => {
    // Regexes are shown by their source: they are RE2 programs, not JS RegExps.
    const shown = (f: ReturnType<typeof parseTagFilter>) => ({
      key: f.key, value: typeof f.value === 'object' ? f.value.source : f.value, allOf: f.allOf?.map(r => r.source),
    });
    assert.deepEqual(shown(parseTagFilter('worker=hasher')), { key: 'worker', value: 'hasher', allOf: undefined });
    assert.deepEqual(shown(parseTagFilter('worker=a,b')), { key: 'worker', value: '(?:a)|(?:b)', allOf: undefined });
    assert.deepEqual(shown(parseTagFilter('bytes=1mb:2gcu')).value, '1mb:2gcu');
    assert.deepEqual(shown(parseTagFilter('id=1.5')), { key: 'id', value: '1.5', allOf: undefined });
    assert.deepEqual(shown(parseTagFilter('worker:a,x')), { key: '', value: undefined, allOf: ['worker:a', 'x'] });
    const either = parseTagFilter('worker=a,b').value;
    assert.ok(typeof either === 'object' && either.test('xbx') && !either.test('xyz'));
    assert.throws(() => parseTagFilter('k=('), SyntaxError);
    assert.throws(() => parseTagFilter('k=(?!x)'), /no lookaround/);
  });
  it('scales like pprof\'s measurement.Scale', () => {
    assert.deepEqual(scaleValue(2048, 'bytes', 'kB'), [2, 'kB']);
    assert.deepEqual(scaleValue(2048, 'bytes', ''), [2048, 'B']);
    assert.deepEqual(scaleValue(5, 'requests', ''), [5, '']);
    assert.deepEqual(scaleValue(-3, 'seconds', 'ms'), [-3000, 'ms']);
  });
});
