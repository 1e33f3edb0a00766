// Legacy binary CPU profiles (64-bit words) whose counts Go never writes but a file can hold: a
// count of 2^64 − 1, which pprof reads as int64(−1), one past 2^53, one whose product with the
// period wraps past 2^63, and records that end at the file's end without the trailer (pprof
// reads them) or cut inside a record (refused). Compared with `go tool pprof` (Go 1.19) on the
// same bytes: -raw's int64s and -top's text, byte for byte.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeSamples, parseProfile } from '../../../src/core/pprof';
import { runCli } from '../../../src/cli/main';
import { ourRawSamples, pprofRawSamples } from './rawSamples';

const hasGo = spawnSync('go', ['version'], { encoding: 'utf8' }).status === 0;

/** Little-endian 64-bit words; the header 0, 3, 0, 10,000 µs, 0 first. */
function legacyCpuWords(records: bigint[], trailer = true): Buffer {
  const words = [0n, 3n, 0n, 10_000n, 0n, ...records, ...(trailer ? [0n, 1n, 0n] : [])];
  const b = Buffer.alloc(words.length * 8);
  words.forEach((w, i) => b.writeBigUInt64LE(BigInt.asUintN(64, w), i * 8));
  return b;
}

const FILES: Record<string, Buffer> = {
  'count-2p64-minus-1': legacyCpuWords([2n ** 64n - 1n, 1n, 0x1000n, 3n, 1n, 0x2000n]),
  'count-past-2p53': legacyCpuWords([2n ** 53n + 1n, 1n, 0x1000n, 2n ** 53n + 3n, 2n, 0x2000n, 0x1000n]),
  'product-wraps-past-2p63': legacyCpuWords([2n ** 62n + 5n, 1n, 0x1000n, 7n, 1n, 0x2000n]),
  'no-trailer': legacyCpuWords([5n, 1n, 0x1000n, 2n, 2n, 0x2000n, 0x1000n], false),
};

describe('legacy binary CPU profiles: counts as pprof\'s int64s, records to the end of the file', function () {
  this.timeout(120_000);
  let dir: string;
  before(function () {
    if (!hasGo) this.skip();
    dir = mkdtempSync(join(tmpdir(), 'gpe-legacy-cpu-'));
    for (const [name, bytes] of Object.entries(FILES)) writeFileSync(join(dir, `${name}.prof`), bytes);
  });
  after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  for (const name of Object.keys(FILES)) {
    it(`${name}: go tool pprof's -raw int64s and its -top text`, async () => {
      const file = join(dir, `${name}.prof`);
      const raw = spawnSync('go', ['tool', 'pprof', '-raw', file], { encoding: 'utf8', timeout: 60_000 });
      assert.equal(raw.status, 0, raw.stderr);
      const byAddress = { frame: 'address', labels: false } as const;
      assert.deepEqual(ourRawSamples(mergeSamples(parseProfile(FILES[name])), byAddress), pprofRawSamples(raw.stdout, byAddress));
      const top = spawnSync('go', ['tool', 'pprof', '-top', file], { encoding: 'utf8', timeout: 60_000 });
      assert.equal(top.status, 0, top.stderr);
      let out = '', err = '';
      const code = await runCli(['top', file], { out: t => { out += t; }, err: t => { err += t; } });
      assert.equal(code, 0, err);
      assert.equal(out, top.stdout);
    });
  }

  it('a record cut short, or a word cut short after the last: refused, as pprof refuses them', () => {
    const whole = FILES['no-trailer'];
    const cases: [Buffer, RegExp][] = [
      [whole.subarray(0, whole.length - 12), /CPU sample claims 2 frames, more than the bytes left/],
      [Buffer.concat([whole, Buffer.alloc(4)]), /legacy CPU profile has no end-of-data trailer \(truncated\?\)/],
    ];
    for (const [bytes, error] of cases) {
      writeFileSync(join(dir, 'cut.prof'), bytes);
      const go = spawnSync('go', ['tool', 'pprof', '-top', join(dir, 'cut.prof')], { encoding: 'utf8', timeout: 60_000 });
      assert.match(go.stderr, /unrecognized profile format/);
      assert.throws(() => parseProfile(bytes), error);
    }
  });
});
