// The sixth sweep's rows: a million sample types through a diff and a merge, a profile naming
// 10^5 source files through `resolve`, and arguments of 50 KB echoed in usage errors. Each runs
// in a worker under a loose bound (30 s of CPU and a heap bound: a hang or a blow-up never ends
// inside it); docs/benchmarks.md has their full-size times before and after.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';
import { hostileProfiles } from '../../hostile/hostileProfiles';
import { parseProfile } from '../../../src/core/pprof';
import { summarizeProfile } from '../../../src/core/report';

interface CliRun { code: number; outBytes: number; err: string }

function cliRun(value: Outcome): CliRun {
  if ('error' in value) assert.fail(value.error);
  return value.ok as unknown as CliRun;
}

describe('hostile inputs: a million sample types, 10^5 source files, long arguments', function () {
  this.timeout(300_000); // wall time, which load stretches: runBounded ends a hang on its CPU time

  // go tool pprof -top -diff_base of the file with itself prints these lines (a sample of 0..7, the last type's value 7).
  it('a diff of 10^6 sample types with itself prints what pprof prints (an encoder per unit sniffed and one key of every type before: 15 s of CPU)', async () => {
    const { value } = await runBounded<Outcome>('goprofOnCrafted', ['profile', 'million-sample-types', 1, 'top', ['--diff-base', '{file}']], { seconds: 30, heapMb: 768 });
    const r = cliRun(value);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.outBytes, 'Type: samples\nShowing nodes accounting for 0, 0% of 7 total\n      flat  flat%   sum%        cum   cum%\n'.length);
  });

  it('a merge of 10^6 sample types with itself prints what pprof prints', async () => {
    const { value } = await runBounded<Outcome>('goprofOnCrafted', ['profile', 'million-sample-types', 1, 'top', ['{file}']], { seconds: 30, heapMb: 768 });
    const r = cliRun(value);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.outBytes, ('Type: samples\nShowing nodes accounting for 14, 100% of 14 total\n      flat  flat%   sum%        cum   cum%\n' +
      '        14   100%   100%         14   100%  main.f\n').length);
  });

  it('resolve of a profile naming 10^5 source files checks them a few at a time (all at once before: 1.26 GB)', async () => {
    const { value } = await runBounded<Outcome>('resolveCrafted', ['hundred-thousand-source-files', 1], { seconds: 30, heapMb: 384 });
    if ('error' in value) assert.fail(value.error);
    const r = value.ok as { code: number; err: string; files: number; resolved: number; heapUsedMb: number };
    assert.equal(r.code, 0, r.err);
    assert.equal(r.files, 100_001); // and main.go, of main.f and main.g
    assert.equal(r.resolved, 0); // an empty workspace and module cache
  });

  it('the summary the editor sends holds the first 100 comments, cut to 1,000 characters (10^6 comments were a 16 MB message to the host)', () => {
    // 10^4 comments (each its own string) and a doc_url of 168 KB; one comment made long here.
    const profile = parseProfile(hostileProfiles['million-comments-huge-doc-url'](0.01));
    assert.equal(profile.comments.length, 10_000);
    profile.comments[1] = 'c'.repeat(100_000);
    const { comments } = summarizeProfile('p.pb', profile);
    assert.equal(comments.length, 100);
    assert.deepEqual(comments.slice(0, 3), ['comment 0', `${'c'.repeat(1000)}…`, 'comment 2']);
  });

  it('a 50 KB argument is cut in its error to its first 60 characters and its length', async () => {
    const profile = join(__dirname, '..', '..', '..', 'samples', 'kube-apiserver-incident', 'heap.pb.gz');
    const long = 'a'.repeat(51_200);
    const argvs = [
      ['top', profile, '--granularity', long], ['top', profile, '--nodecount', long], ['top', profile, '--sample-index', long],
      ['top', profile, `--${long}`], [long, profile], ['goroutines', profile, '--similarity', long], ['flame', profile, '--json', '--width', long],
      ['export', profile, '--format', 'svg', '--width', long, '-o', '/dev/null'],
    ];
    for (const argv of argvs) {
      const { value } = await runBounded<Outcome>('goprofArgv', [argv]);
      if ('error' in value) assert.fail(value.error);
      const { code, err } = value.ok as { code: number; err: string };
      assert.notEqual(code, 0, argv[0]);
      assert.match(err, /…\(51\d{3} characters\)/, `${argv[0]} ${argv[2]}: ${err.slice(0, 200)}`);
      for (const line of err.split('\n')) assert.ok(line.length < 600, `${argv[0]} ${argv[2]}: a line of ${line.length} characters`);
    }
  });
});
