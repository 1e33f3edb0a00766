import assert from 'node:assert/strict';
import { gzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { GoroutineInputStream, InputError, readGoroutines, readInput } from '../../../src/core/input';
import type { GoroutineAnalysis } from '../../../src/core/goroutines';
import { nodeGunzip } from '../../../src/node/gunzip';

const corpus = (f: string) => new Uint8Array(readFileSync(`test/fixtures/corpus/${f}`));
const demo = (f: string) => new Uint8Array(readFileSync(`test/fixtures/goroutines/${f}`));
const sample = (f: string) => new Uint8Array(readFileSync(`samples/kube-apiserver-incident/${f}`));

/** Through the stream in pieces; `zlib`: with Node's gunzip (gzip gathered, inflated whole), else fflate as it comes. */
function streamed(bytes: Uint8Array, chunkSize: number, zlib = true): GoroutineAnalysis {
  const stream = new GoroutineInputStream(zlib ? { gunzip: nodeGunzip } : {});
  for (let at = 0; at < bytes.length; at += chunkSize) stream.push(bytes.subarray(at, at + chunkSize));
  return stream.finish();
}

/** What a view shows of an analysis: totals and each group's count, state and first frame. */
function shape(a: GoroutineAnalysis): string[] {
  return [`${a.total} ${a.parsed} ${a.dump.format} ${a.dump.truncated}`, ...a.groups.map(g => `${g.count} ${g.state} ${g.frames[0]?.func ?? ''} ${g.suspect ?? ''}`)];
}

describe('core/input: one entry point for goroutine input, whole or streamed', () => {
  const dumps = ['panicparse_static_panicweb_debug2.txt', 'gpn_goroutine_debug2.txt', 'gpn_goroutine_debug1.txt', 'gsp_ancestors.txt'];

  it('a gzipped dump groups like the dump itself, whole and in chunks of any size', () => {
    for (const f of dumps) {
      const text = corpus(f);
      const expected = shape(readGoroutines(text));
      const gz = gzipSync(text);
      assert.deepEqual(shape(readGoroutines(gz, { gunzip: nodeGunzip })), expected, `${f} gzipped, whole`);
      assert.deepEqual(shape(readGoroutines(gz)), expected, `${f} gzipped, whole, fflate`);
      for (const size of [1, 7, 511, 4096, 1 << 18]) {
        assert.deepEqual(shape(streamed(text, size)), expected, `${f} in ${size}-byte chunks`);
        assert.deepEqual(shape(streamed(gz, size)), expected, `${f} gzipped, in ${size}-byte chunks`);
        assert.deepEqual(shape(streamed(gz, size, false)), expected, `${f} gzipped, in ${size}-byte chunks, inflated as they come`);
      }
    }
  });

  it('a .txt.gz read from disk in 256 KB pieces (the worker, the CLI) is unzipped, not scanned as text', () => {
    const a = streamed(gzipSync(corpus('panicparse_static_panicweb_debug2.txt')), 1 << 18);
    assert.equal(a.total, 71);
    assert.deepEqual(a.dump.warnings, []);
    const logged = streamed(gzipSync(demo('demo_log_dumps.txt')), 1 << 18);
    assert.deepEqual(shape(logged), shape(readGoroutines(demo('demo_log_dumps.txt'))));
    assert.equal(logged.dump.earlierDumps.length, 2);
  });

  it('a goroutine profile.proto, gzipped or not, streamed or whole, becomes the same groups', () => {
    const gz = sample('goroutine.pb.gz');
    const whole = shape(readGoroutines(gz, { gunzip: nodeGunzip }));
    assert.match(whole[1], /^18000 chan send .*DeleteCollection/);
    assert.deepEqual(shape(streamed(gz, 1000)), whole);
    assert.deepEqual(shape(streamed(gz, 1000, false)), whole);
    const raw = new Uint8Array(nodeGunzip(gz, gz.length * 20));
    assert.deepEqual(shape(readGoroutines(raw)), whole);
    assert.deepEqual(shape(streamed(raw, 333)), whole);
  });

  it('bad input is one InputError saying what is wrong', () => {
    const fails = (input: Uint8Array | string, message: RegExp, chunk = 100) => {
      const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
      for (const read of [() => readGoroutines(input), () => streamed(bytes, chunk), () => streamed(bytes, chunk, false)]) {
        assert.throws(read, (e: unknown) => e instanceof InputError && message.test(e.message));
      }
    };
    fails('', /^no goroutine dump found: the input is empty\.\nWhat is read: /);
    fails('--\n\n', /^no goroutine dump found in the 2 lines read: they hold nothing but blank lines and separators/);
    fails('hello\nworld\n', /^no goroutine dump found in the 2 lines read\.\nLines 1–2: skipped 2 lines.*\nWhat is read: /);
    fails(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02, 0x03, 0x04]), /^an ELF executable or core file, not a goroutine dump nor a goroutine profile$/);
    fails(new Uint8Array([0x7f, 0x45, 0x4c, 0x00, 0x00, 0x01, 0x02, 0x03, 0x04]), /^unrecognized format: .*first bytes 7f 45 4c 00 00 01 02 03/);
    fails(gzipSync(gzipSync(corpus('gsp_ancestors.txt'))), /gzip data decompresses to more gzip data/);
    const cut = gzipSync(corpus('panicparse_static_panicweb_debug2.txt'));
    const corrupt = cut.slice();
    corrupt.fill(0xff, 40, 200);
    fails(corrupt, /corrupt gzip data/);
    fails(corpus('gpn_heap.pprof'), /not a goroutine profile: its sample types are/);
  });

  it('readInput tells a dump from a profile', () => {
    const dump = readInput(corpus('gpn_goroutine_debug2.txt'));
    assert.equal(dump.kind, 'goroutines');
    const profile = readInput(corpus('gpn_heap.pprof'));
    assert.equal(profile.kind, 'profile');
    assert.throws(() => readInput(new TextEncoder().encode('not a profile at all\n')), InputError);
  });
});
