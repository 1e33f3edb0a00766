// Profiles that end in NUL bytes: a writer that crashed after the file was extended (ext4's delayed
// allocation leaves zeros), a preallocated file. pprof's decoder skips field 0 like any field it
// does not know, so `go tool pprof` reads a raw profile.proto so padded (checked with Go 1.19);
// this tool called it "invalid protobuf field number 0", and a padded text profile a malformed
// sample. Each is now read as the same profile, with one warning saying what was ignored.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createStackView, parseProfile } from '../../../src/core/pprof';

const generated = join(__dirname, '../../fixtures/pprof/generated');

function summary(bytes: Uint8Array): { format: string; samples: number; total: number } {
  const p = parseProfile(bytes);
  return { format: p.format, samples: p.samples.count, total: createStackView(p).total };
}

const padded = (bytes: Uint8Array, zeros: number): Buffer => Buffer.concat([bytes, Buffer.alloc(zeros)]);

describe('profiles padded with NUL bytes at their end', () => {
  const raw = (name: string): Buffer => gunzipSync(readFileSync(join(generated, name)));
  const text = (name: string): Buffer => readFileSync(join(generated, name));
  const inputs: [string, () => Buffer, RegExp][] = [
    ...['heap.pb.gz', 'cpu.pb.gz', 'goroutine.pb.gz', 'threadcreate.pb.gz'].map((n): [string, () => Buffer, RegExp] => [`${n} gunzipped`, () => raw(n), /NUL bytes after the profile's last field were ignored/]),
    ...['heap.debug1.txt', 'mutex.debug1.txt', 'goroutine.debug1.txt'].map((n): [string, () => Buffer, RegExp] => [n, () => text(n), /NUL bytes after the profile's last line were ignored/]),
    ['heap.debug1.txt in UTF-16LE with its mark', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text('heap.debug1.txt').toString('utf8'), 'utf16le')]), /NUL bytes after the profile's last line were ignored/],
  ];
  for (const [name, make, warning] of inputs) {
    for (const zeros of [1, 4096, 1 << 20]) {
      it(`${name} and ${zeros} NUL bytes: the same profile, one warning`, () => {
        const bytes = make();
        const expected = summary(bytes);
        assert.ok(expected.samples > 0 && expected.total > 0);
        const p = parseProfile(padded(bytes, zeros));
        assert.deepEqual({ format: p.format, samples: p.samples.count, total: createStackView(p).total }, expected);
        assert.equal(p.warnings.filter(w => warning.test(w)).length, 1);
        assert.match(p.warnings.find(w => warning.test(w))!, new RegExp(`^${zeros} NUL bytes`));
        assert.deepEqual(summary(gzipSync(padded(bytes, zeros))), expected);
      });
    }
  }

  it('a profile of a few fields (the sniff sees the padding) is still a profile', () => {
    // sample_type, a string table, one sample without a stack.
    const small = Buffer.from([0x0a, 0x04, 0x08, 0x01, 0x10, 0x02, 0x32, 0x00, 0x32, 0x01, 0x73, 0x32, 0x01, 0x63, 0x12, 0x03, 0x12, 0x01, 0x07]);
    assert.deepEqual(summary(padded(small, 100)), summary(small));
  });

  it('a NUL byte followed by anything else is still an error at its byte', () => {
    const bytes = raw('heap.pb.gz');
    const broken = Buffer.concat([bytes, Buffer.from([0x00, 0x00, 0x01])]);
    assert.throws(() => parseProfile(broken), new RegExp(`invalid protobuf field number 0: not a profile\\.proto message|at byte ${bytes.length}`));
  });
});
