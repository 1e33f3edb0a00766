// The views the fourth sweep aimed at, on crafted profiles (test/hostile/hostileProfiles.ts):
// the Graph (DOT), peek, the source list, a diff, the flame graph and the incident, each run in a
// worker under a loose bound (30 s of CPU, a 512 MB heap: a hang or a blow-up never ends inside
// it), each ending with its output or one clear error. docs/benchmarks.md has their full-size times.
import assert from 'node:assert/strict';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';

const VIEWS: [string, string[]][] = [
  ['graph', []],
  ['peek', ['.']],
  ['list', ['.']],
  ['flame', ['--json']],
  ['top', ['--diff-base', '{file}']],
  ['incident', ['--json']],
];

/** Each case at a twentieth of its size: the classes of input, within a unit test's time. */
const CASES = ['deep-distinct-stack', 'locations-on-one-line', 'ten-thousand-sample-types', 'million-mappings', 'hundred-thousand-label-keys',
  'hundred-thousand-inlined-lines', 'huge-label-strings', 'million-comments-huge-doc-url'];

describe('hostile inputs: the graph, peek, list, diff, flame and incident views', function () {
  this.timeout(300_000); // wall time, which load stretches: runBounded ends a hang on its CPU time

  it('the source list of 100,000 functions of one file (each name matched against every routine before: 5.3 s of CPU at 20,000, 19.8 s at 40,000; now ~8 s at 100,000)', async () => {
    const { value, cpuMs } = await runBounded<Outcome>('goprofOnCrafted', ['profile', 'deep-distinct-stack', 1, 'list', ['.']], { seconds: 30, heapMb: 1024 });
    if ('error' in value) assert.fail(value.error);
    const r = value.ok as { code: number; outBytes: number; err: string };
    assert.equal(r.code, 0, r.err);
    // A ROUTINE header, its totals, the missing file's line and one listed line per function.
    assert.ok(r.outBytes > 100_000 * 4 * 20, `${r.outBytes} characters (${Math.round(cpuMs)} ms of CPU)`);
  });

  // At full size these took 13–14 s of CPU and 0.8–1.1 GB (a piece of texts promoted whole, a key string per location); a quarter here.
  it('locations-on-one-line: traces writes every trace (a quarter of 10^6 locations)', async () => {
    const n = 250_000;
    const { value } = await runBounded<Outcome>('goprofOnCrafted', ['profile', 'locations-on-one-line', n / 1_000_000, 'traces', []], { seconds: 30, heapMb: 512 });
    if ('error' in value) assert.fail(value.error);
    const r = value.ok as { code: number; outBytes: number; err: string };
    assert.equal(r.code, 0, r.err);
    // Each trace: the separator (68 bytes), "10ns   main.f" and "main.g" (20 each); the head's two lines, the closing separator.
    const head = 'File: main.go\nType: cpu\n'.length;
    assert.equal(r.outBytes, head + n * 108 + 68);
  });

  it('locations-on-one-line: a diff with itself (a quarter of 10^6 locations, 5·10^5 samples merged)', async () => {
    const { value } = await runBounded<Outcome>('goprofOnCrafted', ['profile', 'locations-on-one-line', 0.25, 'top', ['--diff-base', '{file}']], { seconds: 30, heapMb: 512 });
    if ('error' in value) assert.fail(value.error);
    const r = value.ok as { code: number; outBytes: number; err: string };
    assert.equal(r.code, 0, r.err);
    assert.ok(r.outBytes > 0);
  });

  it('million-comments-huge-doc-url: a diff keeps each comment once (each searched for in the list before: past 60 s at 10^6; a quarter here)', async () => {
    const n = 250_000;
    const { value } = await runBounded<Outcome>('goprofOnCrafted', ['profile', 'million-comments-huge-doc-url', n / 1_000_000, 'top', ['--diff-base', '{file}']], { seconds: 30, heapMb: 512 });
    if ('error' in value) assert.fail(value.error);
    const r = value.ok as { code: number; outBytes: number; err: string };
    assert.equal(r.code, 0, r.err);
    // The header lists every comment once ("comment i" and its line break), though each is in both profiles.
    let commentChars = 0;
    for (let i = 0; i < n; i++) commentChars += `comment ${i}\n`.length;
    assert.ok(r.outBytes >= commentChars && r.outBytes < commentChars + 1000, `${r.outBytes} characters for ${commentChars} of comments`);
  });

  for (const name of CASES) {
    for (const [command, args] of VIEWS) {
      it(`${name}: ${command} ${args.join(' ')}`, async () => {
        const { value } = await runBounded<Outcome>('goprofOnCrafted', ['profile', name, 0.05, command, args], { seconds: 30, heapMb: 512 });
        if ('error' in value) assert.fail(value.error);
        const r = value.ok as { code: number; outBytes: number; err: string };
        if (r.code !== 0) {
          // No match for the regex is an answer; anything else must be one line saying what.
          assert.equal(r.err.trim().split('\n').length, 1, r.err);
          assert.match(r.err, /no matches found for regexp/);
          return;
        }
        assert.ok(r.outBytes > 0);
      });
    }
  }
});
