// Go's legacy text profiles whose values pass 2^53 are read and summed as pprof reads and sums
// them, as int64s (strconv.ParseInt, then int64 sums that wrap past 2^63), not as doubles: the
// hand-made profiles of test/fixtures/pprof/legacy-int64 (SOURCES.md) against `go tool pprof -raw`
// (the merged samples' int64s whole) and `-top` (each total rounded once to print).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeSamples, parseProfile } from '../../../src/core/pprof';
import { runCli } from '../../../src/cli/main';
import { repoRoot } from './goldenTop';
import { ourRawSamples, pprofRawSamples } from './rawSamples';

const dir = join(repoRoot, 'test/fixtures/pprof/legacy-int64');
const profiles = readdirSync(dir).filter(f => f.endsWith('.txt')).sort();

const BY_ADDRESS = { frame: 'address', labels: false } as const;

async function goprofTop(file: string): Promise<string> {
  let out = '';
  const code = await runCli(['top', file], { out: t => { out += t; }, err: t => { out += t; } });
  assert.equal(code, 0, out);
  return out;
}

describe('legacy text profiles past 2^53: int64s as pprof reads and sums them', () => {
  it('covers counts, heaps unsampled or not, contention with and without cycles/second, a sum past 2^63', () => {
    for (const kind of ['goroutine_', 'threadcreate_', 'heap_v2_rate1', 'heap_v2_sampled', 'heapprofile', 'contention_', 'mutex_']) {
      assert.ok(profiles.some(p => p.startsWith(kind)), kind);
    }
  });

  for (const name of profiles) {
    it(`${name}: the merged samples' int64s of go tool pprof -raw, and its -top total`, async () => {
      const profile = mergeSamples(parseProfile(readFileSync(join(dir, name))));
      assert.deepEqual(ourRawSamples(profile, BY_ADDRESS), pprofRawSamples(readFileSync(join(dir, 'golden', `${name}.raw.txt`), 'utf8'), BY_ADDRESS));
      const total = (text: string): string => /of (\S+) total/.exec(text)![1];
      assert.equal(total(await goprofTop(join(dir, name))), total(readFileSync(join(dir, 'golden', `${name}.top.txt`), 'utf8')));
    });
  }

  it('a heap sample\'s block size is pprof\'s int64 quotient of the sizes as written', () => {
    // 9007199254740995 bytes in 3 objects: 3002399751580331 (a double's quotient is 3002399751580332).
    const p = parseProfile(readFileSync(join(dir, 'heapprofile_inuse_past_2p53.txt')));
    const bytes = p.strings.indexOf('bytes');
    const sizes = [...p.samples.labelNum].filter((_, j) => p.samples.labelKey[j] === bytes);
    assert.ok(sizes.includes(3002399751580331), String(sizes));
  });

  it('refuses a value past int64, as pprof does, in one error naming its line', () => {
    const text = 'goroutine profile: total 1\n9223372036854775808 @ 0x1001\n';
    assert.throws(() => parseProfile(new TextEncoder().encode(text)), /^.*goroutine count 9223372036854775808 is larger than an int64 holds/);
  });
});
