// The fast decoder against pprof-format's reference decoder on the same bytes, and every
// corpus file against "a model or one ProfileParseError".
import assert from 'node:assert/strict';
import { gunzipSync } from 'fflate';
import { Profile as ReferenceProfile } from 'pprof-format';
import { parseProfile, ProfileParseError, sampleLabels, sniffProfileKind, type Profile } from '../../../src/core/pprof';
import { profileFiles } from './corpusFiles';

const num = (v: number | bigint): number => Number(v);
// profile.proto values and labels are int64; pprof-format hands them back unsigned.
const int64 = (v: number | bigint): number => (typeof v === 'bigint' ? Number(BigInt.asIntN(64, v)) : v);

function assertAgrees(ours: Profile, ref: ReferenceProfile): void {
  const str = (i: number | bigint) => ref.stringTable.strings[num(i)];
  assert.deepEqual(ours.strings, ref.stringTable.strings, 'string table');
  assert.deepEqual(ours.sampleTypes, ref.sampleType.map(t => ({ type: str(t.type), unit: str(t.unit) })), 'sample types');
  assert.equal(ours.period, num(ref.period));
  assert.equal(ours.timeNanos, num(ref.timeNanos));
  assert.equal(ours.durationNanos, num(ref.durationNanos));
  assert.deepEqual(ours.comments, ref.comment.map(str));
  assert.deepEqual(ours.functions, ref.function.map(f => ({ id: num(f.id), name: str(f.name), systemName: str(f.systemName), filename: str(f.filename), startLine: num(f.startLine) })));
  assert.equal(ours.mappings.length, ref.mapping.length);
  ref.mapping.forEach((m, i) => {
    assert.equal(ours.mappings[i].file, str(m.filename));
    assert.equal(ours.mappings[i].start, num(m.memoryStart));
  });
  const fnIndex = new Map(ref.function.map((f, i) => [num(f.id), i]));
  const mapIndex = new Map(ref.mapping.map((m, i) => [num(m.id), i]));
  assert.deepEqual(ours.locations.map(l => ({ id: l.id, m: l.mappingIndex, a: l.address, lines: l.lines.map(x => [x.functionIndex, x.line]) })),
    ref.location.map(l => ({ id: num(l.id), m: num(l.mappingId) === 0 ? -1 : mapIndex.get(num(l.mappingId)), a: num(l.address), lines: l.line.map(x => [num(x.functionId) === 0 ? -1 : fnIndex.get(num(x.functionId)), num(x.line)]) })));
  const locIndex = new Map(ref.location.map((l, i) => [num(l.id), i]));
  const s = ours.samples;
  assert.equal(s.count, ref.sample.length, 'sample count');
  ref.sample.forEach((r, i) => {
    assert.deepEqual(Array.from(s.locations.subarray(s.stackStart[i], s.stackStart[i + 1])), r.locationId.map(id => locIndex.get(num(id))), `sample ${i} stack`);
    assert.deepEqual(Array.from(s.values.subarray(i * s.valueCount, (i + 1) * s.valueCount)), r.value.map(int64), `sample ${i} values`);
    assert.deepEqual(sampleLabels(ours, i), r.label.map(l => (num(l.str) !== 0
      ? { key: str(l.key), str: str(l.str) }
      : (num(l.numUnit) !== 0 ? { key: str(l.key), num: int64(l.num), unit: str(l.numUnit) } : { key: str(l.key), num: int64(l.num) }))), `sample ${i} labels`);
  });
}

describe('pprof decoder', function () {
  this.timeout(60000);
  const files = profileFiles();
  for (const f of files) {
    const kind = sniffProfileKind(f.bytes).kind;
    if (kind === 'pprof') {
      it(`${f.name}: agrees with pprof-format's decoder`, () => {
        const raw = f.bytes[0] === 0x1f ? gunzipSync(f.bytes) : f.bytes;
        assertAgrees(parseProfile(f.bytes), ReferenceProfile.decode(raw));
      });
    } else {
      it(`${f.name} (${kind}): a model or one ProfileParseError`, () => {
        try {
          const p = parseProfile(f.bytes);
          assert.ok(p.sampleTypes.length > 0);
          assert.notEqual(kind, 'goroutine-dump');
        } catch (e) {
          assert.ok(e instanceof ProfileParseError, `threw ${String(e)}`);
          assert.ok(!e.message.includes('\n'), 'one-line message');
        }
      });
    }
  }

  it('sniffs by bytes, not by name: the misnamed gzip goroutine proto is pprof', () => {
    const f = files.find(x => x.name === 'real_audiofile_goroutine_proto_misnamed.pb.gz')!;
    assert.deepEqual(sniffProfileKind(f.bytes), { kind: 'pprof', gzipped: true });
    assert.equal(sniffProfileKind(files.find(x => x.name === 'gpn_goroutine_debug2.txt')!.bytes).kind, 'goroutine-dump');
    assert.equal(sniffProfileKind(files.find(x => x.name === 'gpn_goroutine_debug1.txt')!.bytes).kind, 'pprof-text');
    assert.equal(sniffProfileKind(files.find(x => x.name === 'pprof_td_gobench.cpu')!.bytes).kind, 'pprof-legacy-cpu');
  });

  it('keeps the model details: default type, labels with units, inlined lines innermost first', () => {
    const heap = parseProfile(files.find(x => x.name === 'gpn_heap.pprof')!.bytes);
    assert.equal(heap.sampleTypes[heap.defaultSampleTypeIndex].type, 'alloc_space');
    assert.deepEqual(sampleLabels(heap, 0), [{ key: 'bytes', num: 1152 }]);
    const cpu = parseProfile(files.find(x => x.name === 'cpu.pb.gz')!.bytes);
    const inlined = cpu.locations.find(l => l.lines.length > 1)!;
    assert.deepEqual(inlined.lines.map(l => cpu.functions[l.functionIndex].name), ['main.mix', 'main.hashLoop']);
    const labelled = Array.from({ length: cpu.samples.count }, (_, i) => sampleLabels(cpu, i)).flat();
    assert.ok(labelled.some(l => l.key === 'worker' && l.str === 'hasher'));
  });

  it('reports where the bytes are bad', () => {
    const f = files.find(x => x.name === 'gpn_cpu_labels.pprof')!;
    const raw = gunzipSync(f.bytes);
    assert.throws(() => parseProfile(raw.subarray(0, raw.length - 3)), (e: unknown) => e instanceof ProfileParseError && /at byte \d+/.test(e.message));
    assert.throws(() => parseProfile(new Uint8Array(0)), ProfileParseError);
    assert.throws(() => parseProfile(f.bytes.subarray(0, 40)), /corrupt gzip|truncated|unrecognized/);
  });

  it('a gzip file cut short is corrupt, not a bomb, whatever its last bytes declare', () => {
    const f = files.find(x => x.name === 'gpn_cpu_labels.pprof')!;
    for (const zlib of [undefined, (b: Uint8Array) => gunzipSync(b)]) {
      const cut = f.bytes.slice(0, Math.floor(f.bytes.length / 2));
      new DataView(cut.buffer).setUint32(cut.length - 4, 0xfffffff0, true);
      assert.throws(() => parseProfile(cut, { gunzip: zlib }), (e: unknown) => e instanceof ProfileParseError && /^corrupt gzip data/.test(e.message));
    }
  });
});
