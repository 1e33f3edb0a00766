// `npm run bench -- hostile`: the hostile inputs of test/hostile (crafted files and big ones made
// here), each timed inside a bounded worker (wall time, and the worker thread's own CPU time, the
// steadier figure on a shared machine); the goal is under 1 s each. Results go to docs/benchmarks.md by hand.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOOSE, runBounded } from '../test/hostile/bounded';
import type { Outcome } from '../test/hostile/cases';
import { writeGzipBomb } from '../test/hostile/make-hostile';

const MB = 1 << 20;

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gpe-bench-hostile-'));
  try {
    // BENCH_HOSTILE_ROWS='text|text': only the rows whose input says one of them (the bombs, 8 GB unzipped, made only for theirs).
    const only = process.env.BENCH_HOSTILE_ROWS;
    const bomb2 = join(dir, 'bomb2.pb.gz'), bomb6 = join(dir, 'bomb6.pb.gz');
    // The same bomb with its trailer forged to declare 1,000 bytes: nothing to refuse it early.
    const forged = join(dir, 'forged.pb.gz');
    if (!only || only.includes('bomb')) {
      await writeGzipBomb(bomb2, 2048 * MB);
      await writeGzipBomb(bomb6, 6144 * MB);
      const forgedBytes = readFileSync(bomb2);
      forgedBytes.writeUInt32LE(1000, forgedBytes.length - 4);
      writeFileSync(forged, forgedBytes);
    }
    // The last field, when there, is a bound in seconds looser than the tests' 30 s: the row records the real time.
    const cases: [string, string, unknown[], number?][] = [
      ['drop_frames (a+)+b, function aaaa…a! (89-byte .pb.gz)', 'parseFixture', ['dropframes-redos.pb.gz']],
      ['focus (a+)+b over a 1 MB function name', 'focusFilter', ['(a+)+b', 'a'.repeat(MB) + '!']],
      ['legacy heap, 1 MB "#" line', 'parseFixture', ['heap-long-symbol-line.txt.gz']],
      ['debug=1, 1 MB `# labels: {"\\"\\"…` (pprof path: the error)', 'parseFixture', ['debug1-long-labels.txt.gz']],
      ['debug=1, 1 MB `# labels: {"\\"\\"…` (goroutine view)', 'analyzeFixture', ['debug1-long-labels.txt.gz']],
      ['legacy CPU, 1 MB mapping line', 'parseFixture', ['legacy-cpu-long-mapping.prof.gz']],
      ['legacy CPU, 100k locations × 100k mappings (5 MB; the parse)', 'legacyCpuMany', [100_000]],
      ['100k label sets made to hash alike (2.6 MB; parse and graph, not making the file)', 'collidingLabels', [100_000]],
      ['100k location ids in one bucket of V8\'s Map (the parse, not making the file)', 'collidingIds', [100_000]],
      ['2 MB gzip bomb (2 GB), zlib (worker, CLI)', 'parseGzipFile', [bomb2, 'zlib']],
      ['2 MB gzip bomb (2 GB), streamed (goroutine input)', 'streamGzipFile', [bomb2]],
      ['6 MB gzip bomb (6 GB), zlib', 'parseGzipFile', [bomb6, 'zlib']],
      ['2 MB gzip bomb, trailer forged to say 1,000 bytes, zlib', 'parseGzipFile', [forged, 'zlib']],
      ['2 MB gzip bomb, trailer forged, streamed (goroutine input)', 'streamGzipFile', [forged]],
      ['3 GB of NUL bytes as a dump (streamed, as the worker reads a file)', 'streamRepeatedByte', [3 * 1024 * MB, 0]],
      ['a 1 GB single line as a dump (streamed)', 'streamRepeatedByte', [1024 * MB, 0x61]],
      ['1 GB of line breaks as a dump (streamed)', 'streamRepeatedByte', [1024 * MB, 0x0a]],
      ['1 GB of junk lines whose slivers read like headers (streamed)', 'streamJunk', [1024 * MB], 300],
      ['10^5 goroutines, lines ending in CRLF, CR and LF by turns (6 MB; making the text included)', 'analyzeCrafted', ['mixed-line-ends', 1]],
      ['one race report of 10^5 accesses, each its own goroutine, address and function (12 MB; making the text included)', 'analyzeCrafted', ['race-distinct-accesses', 1]],
      ['`goroutines --json` of one goroutine 10^6 frames deep, each its own function and line (`million-frames`, 43 MB; making the file included)', 'goprofOnCrafted', ['text', 'million-frames', 1, 'goroutines', ['--json']], 120],
      ['legacy heap, one `@` line of 10^6 addresses (9 MB; parse and view)', 'viewCrafted', ['text', 'heap-address-line', 1]],
      ['threadcreate, one `@` line of 10^6 addresses (9 MB; parse and view)', 'viewCrafted', ['text', 'threadcreate-address-line', 1]],
      ['`top` of 2·10^4 distinct stacks 100 deep (4 MB; making the file included)', 'goprofOnCrafted', ['profile', 'distinct-deep-stacks', 0.2, 'top']],
      ['`flame --json` of 10^5 distinct stacks 100 deep (20 MB, 100,000 nodes; making the file included)', 'goprofOnCrafted', ['profile', 'distinct-deep-stacks', 1, 'flame', ['--json']]],
      ['`traces` of 10^6 locations on one line, a sample each (31 MB, 108 MB of output; making the file included)', 'goprofOnCrafted', ['profile', 'locations-on-one-line', 1, 'traces'], 120],
      ['a diff with itself of 10^6 locations on one line (2·10^6 samples merged; making the file included)', 'goprofOnCrafted', ['profile', 'locations-on-one-line', 1, 'top', ['--diff-base', '{file}']], 120],
      ['a diff of 10^6 locations on one line with a gzipped copy (making the files included)', 'goprofOnCrafted', ['profile', 'locations-on-one-line', 1, 'top', ['--diff-base', '{gzipped}']], 120],
      ['a diff with itself of 10^6 comments and a 16 MB doc_url (34 MB; making the file included)', 'goprofOnCrafted', ['profile', 'million-comments-huge-doc-url', 1, 'top', ['--diff-base', '{file}']], 120],
      ['a diff of 10^6 comments and a 16 MB doc_url with a gzipped copy (making the files included)', 'goprofOnCrafted', ['profile', 'million-comments-huge-doc-url', 1, 'top', ['--diff-base', '{gzipped}']], 120],
      ['a diff with itself of 10^6 sample types (7 MB; making the file included)', 'goprofOnCrafted', ['profile', 'million-sample-types', 1, 'top', ['--diff-base', '{file}']]],
      ['a merge with itself of 10^6 sample types (7 MB; making the file included)', 'goprofOnCrafted', ['profile', 'million-sample-types', 1, 'top', ['{file}']]],
      ['`resolve` of 10^5 source files, an empty workspace (making the file included)', 'resolveCrafted', ['hundred-thousand-source-files', 1]],
      ['`flame --json` of a 96 MB function name (a 100 KB .pb.gz; 100 MB of output; making the file included)', 'goprofOnCrafted', ['profile', 'huge-function-name', 1, 'flame', ['--json']], 120],
      ['every editor answer (open, view, graph, peek, bottom-up, type search, diff with itself) for one 96 MB string named by every name field (making the file included)', 'editorAnswersOfCrafted', ['huge-name-in-every-field', 1], 180],
    ];
    const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    console.log(`load average at start: ${load()}`);
    // A row that makes its file times the making too (as it always has); "goprof alone" is the CLI's own part.
    console.log('| input | time | thread CPU | goprof alone: time, thread CPU | rss after | result |\n| --- | --- | --- | --- | --- | --- |');
    for (const [what, name, args, seconds] of cases) {
      if (only && !only.split('|').some(o => what.includes(o))) continue;
      const bounds = seconds ? { ...LOOSE, seconds } : LOOSE;
      const run = await runBounded<Outcome>(name, args, bounds).catch((e: unknown) => e instanceof Error ? e : new Error(String(e)));
      if (run instanceof Error) {
        console.log(`| ${what} | > ${bounds.seconds} s | – | – | – | ${run.message.replace(/\|/g, '\\|')} |`);
        continue;
      }
      const { value, elapsedMs, cpuMs } = run;
      const rss = await runBounded<number>('rssMb');
      // A case that makes its input reports the parse alone.
      const parseMs = 'ok' in value && typeof value.ok.parseMs === 'number' ? value.ok.parseMs : undefined;
      const parseCpuMs = 'ok' in value && typeof value.ok.parseCpuMs === 'number' ? value.ok.parseCpuMs : undefined;
      const goprofMs = 'ok' in value && typeof value.ok.goprofMs === 'number' ? value.ok.goprofMs : undefined;
      const goprofCpuMs = 'ok' in value && typeof value.ok.goprofCpuMs === 'number' ? value.ok.goprofCpuMs : undefined;
      const goprof = goprofMs === undefined || goprofCpuMs === undefined ? '–' : `${(goprofMs / 1000).toFixed(2)} s, ${(goprofCpuMs / 1000).toFixed(2)} s`;
      const { goprofMs: _ms, goprofCpuMs: _cpu, ...shown } = 'ok' in value ? value.ok : {};
      const result = 'error' in value ? `error: ${value.error.slice(0, 70)}` : JSON.stringify(shown).slice(0, 70);
      console.log(`| ${what} | ${((parseMs ?? elapsedMs) / 1000).toFixed(2)} s | ${((parseCpuMs ?? cpuMs) / 1000).toFixed(2)} s | ${goprof} | ${rss.value} MB | ${result.replace(/\|/g, '\\|')} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`load average at end: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  process.exit(0);
}
