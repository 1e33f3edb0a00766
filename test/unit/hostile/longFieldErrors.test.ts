// A bad field of a legacy text profile quoted in its error: an address, an attribute's name or
// value, a Java format, each 10^5 characters long, made one error line of 100 KB. Each error
// now quotes the field's start and says how long it is; and zlib's own format, which pprof does
// not read, is named as such instead of read as a corrupt profile.proto.
import assert from 'node:assert/strict';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';

interface CliRun { code: number; outBytes: number; err: string }

async function goprof(kind: 'text' | 'gzip', name: string, command: string): Promise<CliRun> {
  const { value } = await runBounded<Outcome>('goprofOnCrafted', [kind, name, 1, command, []]);
  if ('error' in value) assert.fail(`${name} ${command} threw: ${value.error}`);
  return value.ok as unknown as CliRun;
}

describe('errors quoting a long field are one short line', function () {
  this.timeout(300_000); // wall time, which load stretches: runBounded ends a hang on its CPU time

  const cases: [string, RegExp][] = [
    ['heap-long-address', /: bad address "0xf{58}…\(100002 characters\)" \(line 2\)\n$/],
    ['contention-long-attribute', /: unknown contention profile attribute "k{60}…\(100000 characters\)" in --- contention: \(line 3\)\n$/],
    ['java-long-attribute', /: failed to parse attribute sampling period = 9{42}…\(100018 characters\) \(line 4\)\n$/],
    ['java-long-format', /: unrecognized contention profile format "j{60}…\(100000 characters\)" \(pprof reads only "java" here\) \(line 2\)\n$/],
  ];
  for (const [name, error] of cases) {
    it(`${name}: the field's first 60 characters and its length, naming the file`, async () => {
      const r = await goprof('text', name, 'top');
      assert.equal(r.code, 1);
      assert.ok(r.err.length < 300, `${r.err.length} characters`);
      assert.match(r.err, new RegExp(`^goprof top: DIR/${name}\\.txt${error.source}`));
    });
  }

  for (const name of ['profile-zlib-fast.pb.gz', 'profile-zlib.pb.gz', 'dump-zlib-best.txt.gz']) {
    it(`${name}: zlib-compressed data, as a profile and as a dump`, async () => {
      const top = await goprof('gzip', name, 'top');
      assert.equal(top.code, 1);
      assert.match(top.err, new RegExp(`^goprof top: DIR/${name.replace(/\./g, '\\.')}: zlib-compressed data, not a profile: take the profile out of it first`));
      const dump = await goprof('gzip', name, 'goroutines');
      assert.equal(dump.code, 1);
      assert.match(dump.err, new RegExp(`^goprof goroutines: DIR/${name.replace(/\./g, '\\.')}: zlib-compressed data, not a goroutine dump`));
    });
  }
});
