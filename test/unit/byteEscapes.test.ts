// A profile's strings that are not UTF-8: each bad byte decoded as its own escape (byteEscapes.ts),
// so names apart by one such byte stay apart, and the CLI writes the bytes back as pprof prints them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEscapingBytes, encodeEscapedBytes, hasEscapedBytes, showEscapedBytes } from '../../src/core/byteEscapes';

const repoRoot = join(__dirname, '../..');

/** A small deterministic generator: the same bytes on every run. */
function randomBytes(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; out[i] = x >>> 24; }
  return out;
}

describe('bytes that are not UTF-8 in a profile string', () => {
  it('valid UTF-8 decodes as the text decoder does, U+FFFD written as UTF-8 included', () => {
    for (const text of ['main.main', 'caf\u00e9.Serve', '\ud83d\ude80.launch', 'a\ufffdb', '']) {
      const bytes = new TextEncoder().encode(text);
      assert.equal(decodeEscapingBytes(bytes), text);
      assert.ok(!hasEscapedBytes(text));
      assert.deepEqual(encodeEscapedBytes(text), bytes);
    }
  });

  it('each bad byte is one escape: 0xE9 and 0xE8 alone stay two names, a cut sequence keeps its bytes', () => {
    assert.equal(decodeEscapingBytes(Uint8Array.of(0x63, 0x61, 0x66, 0xe9)), 'caf\udce9');
    assert.equal(decodeEscapingBytes(Uint8Array.of(0x63, 0x61, 0x66, 0xe8)), 'caf\udce8');
    // E2 82 is the start of "€" (E2 82 AC) cut short; ED A0 80 is a surrogate, never UTF-8; C0 80 an overlong NUL.
    assert.equal(decodeEscapingBytes(Uint8Array.of(0xe2, 0x82, 0x41)), '\udce2\udc82A');
    assert.equal(decodeEscapingBytes(Uint8Array.of(0xed, 0xa0, 0x80)), '\udced\udca0\udc80');
    assert.equal(decodeEscapingBytes(Uint8Array.of(0xc0, 0x80)), '\udcc0\udc80');
    assert.equal(showEscapedBytes('caf\udce9 \ud83d\ude80'), 'caf\\xE9 \ud83d\ude80');
  });

  it('any bytes come back as they were (10,000 random strings and a 1 MB one)', () => {
    for (let seed = 1; seed <= 10_000; seed++) {
      const bytes = randomBytes(seed, 1 + (seed % 40));
      assert.deepEqual(encodeEscapedBytes(decodeEscapingBytes(bytes)), bytes, `seed ${seed}`);
    }
    const big = randomBytes(7, 1 << 20);
    const started = performance.now();
    const text = decodeEscapingBytes(big);
    assert.deepEqual(encodeEscapedBytes(text), big);
    assert.ok(performance.now() - started < 10_000, 'linear in the bytes');
  });

  it('goprof top writes the bytes pprof prints (the Latin-1 fixture, through the CLI process)', () => {
    const fixture = 'test/fixtures/pprof/producers/handrolled_latin1_names.pb.gz';
    for (const [view, golden] of [['top', 'top.default'], ['traces', 'traces.raw']] as const) {
      const args = view === 'top' ? [] : ['--unit', 'ns'];
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', view, fixture, ...args], { cwd: repoRoot, timeout: 120_000 });
      assert.equal(r.status, 0, String(r.stderr));
      const theirs = readFileSync(join(repoRoot, `test/fixtures/pprof/producers/golden/handrolled_latin1_names.pb.gz.${golden}.txt`));
      assert.ok(theirs.includes(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e])), 'the golden holds the byte 0xE9');
      assert.deepEqual(r.stdout, theirs);
    }
  });
});
