// Labels that hold nothing are read as pprof reads them: left out. pprof's driver works on a copy
// of the profile encoded again, where a string value "" becomes string 0 and a number 0 without a
// unit no field at all, and its reader drops a label with neither. The Go runtime writes
// `pprof.Labels("k", "")` as such a label (test/fixtures/pprof/emptylabels, scripts/go/emptylabels,
// with `go tool pprof -tags` and `-traces` of Go 1.19 beside it).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main';
import { parseProfile } from '../../../src/core/pprof';
import { sampleLabels } from '../../../src/core/pprof/model';
import { repoRoot } from './goldenTop';

const dir = join(repoRoot, 'test/fixtures/pprof/emptylabels');

async function goprof(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

/** A protobuf message written field by field: varints and length-delimited bytes. */
class Proto {
  readonly bytes: number[] = [];
  varint(x: number): this {
    for (; x >= 0x80; x = Math.floor(x / 128)) this.bytes.push((x % 128) | 0x80);
    this.bytes.push(x);
    return this;
  }
  uint(field: number, x: number): this { return this.varint(field << 3).varint(x); }
  message(field: number, m: Proto | string): this {
    const body = typeof m === 'string' ? [...Buffer.from(m, 'utf8')] : m.bytes;
    this.varint(field << 3 | 2).varint(body.length);
    this.bytes.push(...body);
    return this;
  }
}

/**
 * One function, five samples of 1 each, one label each: a string value "" at string 4 (not 0), a
 * number 0 in bytes, a number 0 whose unit is "" at string 4, a number 7 without a unit, a string.
 */
function handMadeLabels(): Uint8Array {
  const strings = ['', 'samples', 'count', 'k', '', 'bytes', 'main.f', 'n', 'm', 'z', 'v'];
  const p = new Proto();
  p.message(1, new Proto().uint(1, 1).uint(2, 2));
  const labels = [
    new Proto().uint(1, 3).uint(2, 4),
    new Proto().uint(1, 7).uint(3, 0).uint(4, 5),
    new Proto().uint(1, 8).uint(4, 4),
    new Proto().uint(1, 9).uint(3, 7),
    new Proto().uint(1, 3).uint(2, 10),
  ];
  for (const label of labels) p.message(2, new Proto().uint(1, 1).uint(2, 1).message(3, label));
  p.message(4, new Proto().uint(1, 1).message(4, new Proto().uint(1, 1).uint(2, 1)));
  p.message(5, new Proto().uint(1, 1).uint(2, 6));
  for (const s of strings) p.message(6, s);
  return Uint8Array.from(p.bytes);
}

describe('labels that hold nothing are left out, as go tool pprof leaves them out', () => {
  const savedTz = process.env.TZ;
  before(() => { process.env.TZ = 'UTC'; });
  after(() => { if (savedTz === undefined) delete process.env.TZ; else process.env.TZ = savedTz; });

  for (const report of ['tags', 'traces']) {
    it(`goprof ${report} prints what go tool pprof -${report} prints of the Go runtime's pprof.Labels("empty", "")`, async () => {
      const file = join(dir, 'goroutine_empty_label_values.pb.gz');
      const r = await goprof([report, file]);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, readFileSync(`${file}.${report}.txt`, 'utf8'));
    });
  }

  it('the runtime\'s empty value is a label with a key only: no sample keeps it, the others keep theirs', () => {
    const profile = parseProfile(readFileSync(join(dir, 'goroutine_empty_label_values.pb.gz')));
    const all = Array.from({ length: profile.samples.count }, (_, i) => sampleLabels(profile, i));
    assert.ok(all.every(labels => labels.every(l => l.key !== 'empty')));
    assert.deepEqual(all.flat().map(l => l.str).sort(), ['other', 'work']);
  });

  it('drops a string "" stored at any index and a number 0 whose unit is "", keeps 0 bytes and 7', () => {
    const profile = parseProfile(handMadeLabels());
    const labels = Array.from({ length: profile.samples.count }, (_, i) => sampleLabels(profile, i));
    assert.deepEqual(labels, [[], [{ key: 'n', num: 0, unit: 'bytes' }], [], [{ key: 'z', num: 7 }], [{ key: 'k', str: 'v' }]]);
  });

  it('goprof tags of the hand-made labels prints what go tool pprof -tags printed of the same bytes', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'empty-labels-')), 'labels.pb');
    writeFileSync(file, handMadeLabels());
    const r = await goprof(['tags', file]);
    rmSync(file);
    // Go 1.19's `go tool pprof -tags` of these bytes, verbatim.
    assert.equal(r.out, ' k: Total 1.0\n    1.0 (  100%): v\n\n n: Total 1.0\n    1.0 (  100%): 0\n\n z: Total 1.0\n    1.0 (  100%): 7\n\n');
  });
});
