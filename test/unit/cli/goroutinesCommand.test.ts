import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from '../../../src/cli/main';
import { hostileTexts } from '../../hostile/hostileTexts';

const sample = (name: string) => join(__dirname, '../../../samples/kube-apiserver-incident', name);
const corpus = (name: string) => join(__dirname, '../../fixtures/corpus', name);

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

/** The C0/C1 control characters in text, tab and line feed aside. */
const controlCharacters = (text: string) =>
  [...text].filter(c => { const code = c.charCodeAt(0); return (code < 0x20 && c !== '\t' && c !== '\n') || (code >= 0x7f && code <= 0x9f); }).join('');

describe('goprof goroutines', () => {
  it('--json: the DeleteCollection leak is the first group of the sample dump', async () => {
    const { code, out } = await run(['goroutines', sample('goroutines.txt'), '--json']);
    assert.equal(code, 0);
    const json = JSON.parse(out);
    assert.equal(json.total, 18410);
    assert.equal(json.parsed, 18410);
    assert.equal(json.truncated, false);
    const first = json.groups[0];
    assert.equal(first.count, 18000);
    assert.equal(first.state, 'chan send');
    assert.deepEqual(Object.keys(first.waitMinutes), ['min', 'median', 'max']);
    assert.match(first.frames[0].func, /registry\.\(\*Store\)\.DeleteCollection\.func1$/);
    assert.match(first.frames[0].file, /registry\/store\.go$/);
    assert.equal(first.frames[0].line, 181);
    assert.match(first.createdBy.func, /registry\.\(\*Store\)\.DeleteCollection$/);
    assert.match(first.suspect, /^18,000 goroutines blocked on chan send for up to 2 minutes in registry\.\(\*Store\)\.DeleteCollection\.func1 \(store\.go:181\), created by registry\.\(\*Store\)\.DeleteCollection$/);
    assert.ok(Array.isArray(json.warnings));
  });

  it('reads a goroutine profile.proto through the pprof core, and its debug=1 text the same way', async () => {
    const proto = JSON.parse((await run(['goroutines', sample('goroutine.pb.gz'), '--json'])).out);
    const text = JSON.parse((await run(['goroutines', sample('goroutines-debug1.txt'), '--json'])).out);
    assert.equal(proto.total, 18410);
    assert.equal(text.total, 18410);
    assert.equal(proto.groups[0].count, 18000);
    assert.equal(text.groups[0].count, 18000);
    assert.deepEqual(proto.groups[0].labels, { verb: 'deletecollection', resource: 'configmaps' });
  });

  it('--base: growth per group against an earlier dump', async () => {
    const { code, out } = await run(['goroutines', sample('goroutines.txt'), '--base', corpus('gpn_goroutine_debug2.txt'), '--json']);
    assert.equal(code, 0);
    assert.ok(Array.isArray(JSON.parse(out).growth));
  });

  it('--base without --json: one line per changed group naming your code, with the stack where lines would read alike', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpe-growth-'));
    const goroutine = (id: number, state: string, frames: string[]) =>
      `goroutine ${id} [${state}]:\n${frames.map(f => `${f}\n`).join('')}created by example.com/app/rpc.NewStream in goroutine 1\n\t/src/rpc/stream.go:21 +0x5\n\n`;
    const recv = ['example.com/app/rpc.(*Stream).recvLoop(0xc000010000)', '\t/src/rpc/stream.go:35 +0x1'];
    const intercept = ['example.com/app/rpc.(*Stream).intercept(0xc000010000, 0x2)', '\t/src/rpc/stream.go:29 +0x2'];
    const read = [
      'internal/poll.runtime_pollWait(0x7f0000000000, 0x72)', '\t/usr/lib/go/src/runtime/netpoll.go:305 +0x89',
      'net.(*conn).Read(0xc000012000, {0xc000100000, 0x1000, 0x1000})', '\t/usr/lib/go/src/net/net.go:183 +0x45',
      'example.com/app/rpc.serveConn(0xc000012000)', '\t/src/rpc/stream.go:76 +0x3',
    ];
    const base = join(dir, 'base.txt');
    const after = join(dir, 'after.txt');
    writeFileSync(base, goroutine(10, 'select', [...recv, ...intercept]));
    writeFileSync(after, [
      goroutine(10, 'select', [...recv, ...intercept]), goroutine(11, 'select', [...recv, ...intercept]),
      goroutine(12, 'select', [...recv, ...intercept, ...intercept]), goroutine(13, 'select', [...recv, ...intercept, ...intercept]),
      goroutine(14, 'select', [...recv, ...intercept, ...intercept]), goroutine(15, 'IO wait', read),
    ].join(''));
    const { code, out } = await run(['goroutines', after, '--base', base]);
    assert.equal(code, 0);
    const growth = out.slice(out.indexOf('-- growth since base'));
    assert.deepEqual(growth.trimEnd().split('\n'), [
      '-- growth since base (before → after) --',
      '+3 (0 → 3) select rpc.(*Stream).recvLoop (stream.go:35) [created by rpc.NewStream (stream.go:21)]',
      '      stack: rpc.(*Stream).recvLoop:35 ← rpc.(*Stream).intercept:29 ← rpc.(*Stream).intercept:29',
      '+1 (1 → 2) select rpc.(*Stream).recvLoop (stream.go:35) [created by rpc.NewStream (stream.go:21)]',
      '      stack: rpc.(*Stream).recvLoop:35 ← rpc.(*Stream).intercept:29',
      '+1 (0 → 1) IO wait rpc.serveConn (stream.go:76) [created by rpc.NewStream (stream.go:21)]',
    ]);
  });

  it('shows what it quotes from the file without terminal control characters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpe-controls-'));
    const binary = join(dir, 'core.bin');
    // Not ELF's magic (`7f 45 4c 46` is named as an executable): bytes quoted in hex.
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x00, 0x1b, 0x5b, 0x32, 0x4a, 0x00, 0x9b, 0x0a]));
    const notDump = await run(['goroutines', binary]);
    assert.equal(notDump.code, 1);
    assert.match(notDump.err, /^goprof goroutines: .*core\.bin: unrecognized format: neither a goroutine dump nor a goroutine profile \(first bytes 7f 45 4c 00 1b 5b 32 4a\)\n$/);
    assert.equal(controlCharacters(notDump.err), '');
    // Coloured text without a dump is text, not binary.
    const coloured = join(dir, 'coloured.txt');
    writeFileSync(coloured, '\u001b[31mERROR\u001b[0m nothing to see\n');
    assert.match((await run(['goroutines', coloured])).err, /: no goroutine dump found in the 1 line read\.\n {2}Line 1: skipped 1 line.*\n {2}What is read: Go goroutine dumps/);
    const hostile = join(dir, 'hostile.txt');
    // `ESC c` (a terminal's full reset) is no colour or hyperlink sequence, so the reader keeps it (terminalEscapes.ts drops those).
    writeFileSync(hostile, 'goroutine 1 [chan send]:\nmain.\u001bcred(0x1)\n\t/src/main.go:3 +0x1\n\nnote \u001b[2J\n');
    const dump = await run(['goroutines', hostile]);
    assert.equal(dump.code, 0);
    assert.match(dump.out, /main\.\ufffdcred \(main\.go:3\)/);
    assert.equal(controlCharacters(dump.out + dump.err), '');
    const json = JSON.parse((await run(['goroutines', hostile, '--json'])).out);
    assert.equal(json.groups[0].frames[0].func, 'main.\u001bcred', 'JSON keeps the name as it is, escaped');
  });

  it('prints a readable summary without --json', async () => {
    const { code, out } = await run(['goroutines', sample('goroutines.txt')]);
    assert.equal(code, 0);
    assert.match(out, /^18,410 goroutines, 22 groups/);
    assert.match(out, /SUSPECT: 18,000 goroutines blocked on chan send/);
  });

  it('a wait past two hours in hours, Go\'s minutes beside in the text, minutes in --json (the kube-apiserver excerpt, and a hand-made week-old wait)', async () => {
    const real = await run(['goroutines', corpus('real_kubeapiserver_deletecollection_grep_excerpt.txt')]);
    assert.equal(real.code, 0);
    assert.match(real.out, /^14: chan send \[4 h 21 min – 7 h 9 min \(261–429 minutes\), median 5 h 24 min\]/m);
    assert.match(real.out, /SUSPECT: 14 goroutines blocked on chan send for 4 h 21 min – 7 h 9 min in /);
    const json = JSON.parse((await run(['goroutines', corpus('real_kubeapiserver_deletecollection_grep_excerpt.txt'), '--json'])).out);
    assert.deepEqual(json.groups[0].waitMinutes, { min: 261, median: 323.5, max: 429 });

    const dir = mkdtempSync(join(tmpdir(), 'gpe-wait-'));
    const file = join(dir, 'week.txt');
    const goroutine = (id: number, bracket: string, fn: string) =>
      `goroutine ${id} [${bracket}]:\nexample.org/queue.(*Pump).${fn}(0xc000010000)\n\t/srv/queue/pump.go:${fn.length * 3} +0x4a\ncreated by example.org/queue.Start in goroutine 1\n\t/srv/queue/pump.go:12 +0x6b\n\n`;
    writeFileSync(file, goroutine(40, 'sync.Cond.Wait, 10080 minutes', 'drain') + goroutine(41, 'sync.Cond.Wait, 10080 minutes', 'drain') +
      goroutine(42, 'IO wait, 119 minutes', 'poll') + goroutine(43, 'select, 120 minutes', 'tick'));
    const { code, out } = await run(['goroutines', file]);
    assert.equal(code, 0);
    assert.match(out, /^2: sync\.Cond\.Wait \[168 h \(10,080 minutes\)\]/m);
    assert.match(out, /^1: IO wait \[119 minutes\]/m);
    assert.match(out, /^1: select \[2 h \(120 minutes\)\]/m);
    const weekJson = JSON.parse((await run(['goroutines', file, '--json'])).out);
    assert.deepEqual(weekJson.groups.map((g: { waitMinutes: { max: number } }) => g.waitMinutes.max).sort((a: number, b: number) => a - b), [119, 120, 10080]);
  });

  it('writes a long text output in pieces of whole lines, a frame per line as name (file:line)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goprof-pieces-'));
    const file = join(dir, 'race.txt');
    writeFileSync(file, hostileTexts['race-distinct-accesses'](0.05));
    const pieces: string[] = [];
    const code = await runCli(['goroutines', file], { out: t => { pieces.push(t); }, err: () => undefined });
    assert.equal(code, 0);
    assert.ok(pieces.length > 10, `${pieces.length} pieces`);
    // Each piece after the first begins with the line break that ends the one before.
    assert.ok(pieces.slice(1).every(p => p.startsWith('\n') && p.length < (1 << 16) + 200));
    const lines = pieces.join('').split('\n');
    assert.equal(lines[0], '0 goroutines, 5,000 groups (with 5,000 stacks of data race reports)');
    assert.equal(lines.filter(l => l.startsWith('SUSPECT: ')).length, 5000);
    assert.equal(lines[1], 'SUSPECT: 1 goroutine in a data race: write of 0x00c000000000 in race.access0 (a.go:1), created by main.main');
    const at = lines.indexOf('1: data race (previous write)');
    assert.deepEqual(lines.slice(at, at + 3), ['1: data race (previous write)', '    race.access1 (a.go:2)', '']);
    assert.equal(lines.filter(l => /^ {4}race\.access\d+ \(a\.go:\d+\)$/.test(l)).length, 5000);
  });

  it('a log with a dump every round: says which dump it grouped and where the others are', async () => {
    const log = join(__dirname, '../../fixtures/goroutines/demo_log_dumps.txt');
    const text = await run(['goroutines', log]);
    assert.equal(text.code, 0);
    assert.deepEqual(text.out.split('\n').slice(0, 2), [
      '64 goroutines, 11 groups',
      'the last of 3 dumps in the file, from line 764; earlier: lines 2–346 (40 goroutines), lines 347–763 (52 goroutines)',
    ]);
    assert.match(text.err, /warning: the text holds 3 goroutine dumps/);
    assert.deepEqual(text.out.trimEnd().split('\n').slice(-2), [
      '-- growth since the previous dump, lines 347–763 (before → after) --',
      '+12 (24 → 36) chan send main.(*store).deleteCollection.func1 (main.go:45) [created by main.(*store).deleteCollection (main.go:43)]',
    ]);
    const json = JSON.parse((await run(['goroutines', log, '--json'])).out);
    assert.equal(json.total, 64);
    assert.deepEqual(json.earlierDumps.map((d: { goroutines: number }) => d.goroutines), [40, 52]);
    assert.deepEqual(json.growthSincePreviousDump.filter((r: { delta: number }) => r.delta !== 0).map((r: { delta: number }) => r.delta), [12]);
  });

  it('a log of restarts: each dump\'s own crash in --json, no growth across separate crashes, a value of several lines indented', async () => {
    const log = join(__dirname, '../../fixtures/goroutines/crash_log_of_restarts.txt');
    const text = await run(['goroutines', log]);
    assert.equal(text.code, 0, text.err);
    assert.match(text.out, /^crash: SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x482ebb \(line 72\)$/m);
    assert.deepEqual(text.out.trimEnd().split('\n').slice(-1), [
      '-- the previous dump, lines 38–71, and this one are separate events (it crashed: panic: runtime error: invalid memory address or nil pointer dereference): no growth compared --',
    ]);
    const json = JSON.parse((await run(['goroutines', log, '--json'])).out);
    assert.deepEqual(json.earlierDumps.map((d: { crash: { message: string; line: number } | null }) => d.crash?.line), [2, 38]);
    assert.equal(json.earlierDumps[0].crash.message, 'panic: an error occurred:\n\tfirst cause: connection refused\n\tsecond cause: timeout');
    assert.equal(json.separateFromPreviousDump, true);
    assert.equal(json.growthSincePreviousDump, undefined);
    const multiline = await run(['goroutines', join(__dirname, '../../fixtures/goroutines/crash_multiline_error.txt')]);
    assert.deepEqual(multiline.out.split('\n').slice(1, 4), ['crash: panic: an error occurred: (line 1)', '  \tfirst cause: connection refused', '  \tsecond cause: timeout']);
  });

  it('a crash pasted down to its runtime stack, and a stack without its goroutine header: shown, exit 0, never counted', async () => {
    const pasted = (name: string) => join(__dirname, '../../fixtures/goroutines/pasted', name);
    const crash = await run(['goroutines', pasted('nanotube_34_runtime_stack_only_stack_overflow.txt')]);
    assert.equal(crash.code, 0, crash.err);
    assert.deepEqual(crash.out.trimEnd().split('\n'), [
      '0 goroutines, 0 groups — TRUNCATED, the goroutines are missing',
      'crash: stack overflow: goroutine stack exceeds 1000000000-byte limit (line 5)',
      'CRASH: the process crashed (stack overflow: goroutine stack exceeds 1000000000-byte limit) in target.(*OptionalTicker).Stop (host.go:107), as its runtime stack shows',
      '',
      '-- runtime stack, lines 7–10 --',
      '    runtime.throw',
      '    target.(*OptionalTicker).Stop (host.go:107)',
    ]);
    // Cut inside the register dump printed after the goroutines: none is missing, and the headline says so.
    const registers = await run(['goroutines', pasted('golang_64650_indented_crash_registers_gp_header.txt')]);
    assert.equal(registers.out.split('\n')[0], "1 goroutine, 1 group — TRUNCATED inside a crash's register dump, after the goroutines (they are whole)");
    const headless = await run(['goroutines', pasted('containerd_9217_headless_stack_before_goroutine.txt')]);
    assert.equal(headless.code, 0, headless.err);
    assert.match(headless.out, /^1 goroutine, 1 group, 1 stack without a goroutine header — TRUNCATED, .* — CUT AT THE START/);
    assert.match(headless.out, /\n-- stack without its goroutine header, lines 7–16 --\n {4}sync\.\(\*Mutex\)\.lockSlow \(mutex\.go:138\)\n(.*\n){3} {4}created by reaper\.\(\*Monitor\)\.notify \(reaper_unix\.go:161\)\n/);
    const json = JSON.parse((await run(['goroutines', pasted('containerd_9217_headless_stack_before_goroutine.txt'), '--json'])).out);
    assert.deepEqual([json.total, json.groups.length, json.cutAtStart, json.stackSuspect], [1, 1, true, null]);
    assert.deepEqual(json.headlessStacks.map((h: { lines: unknown; frames: unknown[]; createdBy: { line: number } }) => [h.lines, h.frames.length, h.createdBy.line]),
      [[{ start: 7, end: 16 }, 4, 161]]);
    const alone = JSON.parse((await run(['goroutines', pasted('sumologic_3475_zap_stacktrace_alone.txt'), '--json'])).out);
    assert.deepEqual([alone.total, alone.headlessStacks.length, alone.stackSuspect.frame.line, alone.stackSuspect.crashed], [0, 1, 130, false]);
  });

  it('- reads the dump from a pipe, a goroutine profile.proto too', () => {
    // The CLI's own entry point in a child process, so its standard input is a real pipe.
    const cli = (input: Buffer, ...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'goroutines', '-', ...args], {
      input, encoding: 'utf8', cwd: join(__dirname, '../../..'),
    });
    const text = cli(readFileSync(join(__dirname, '../../fixtures/goroutines/demo_panic.txt')));
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^40 goroutines, 11 groups\ncrash: panic: dispatcher/);
    const proto = cli(readFileSync(sample('goroutine.pb.gz')), '--json');
    assert.equal(proto.status, 0, proto.stderr);
    assert.equal(JSON.parse(proto.stdout).total, 18410);
    const empty = cli(Buffer.from('no dump here\n'));
    assert.equal(empty.status, 1);
    assert.match(empty.stderr, /^goprof goroutines: standard input: no goroutine dump found/);
  });

  it('reads gzipped text (a dump or a debug=1 profile) as the file it unzips to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpe-gzip-'));
    for (const fixture of ['demo_debug2.txt', 'demo_debug1.txt']) {
      const text = readFileSync(`test/fixtures/goroutines/${fixture}`);
      const gzipped = join(dir, `${fixture}.gz`);
      writeFileSync(gzipped, gzipSync(text));
      const plain = await run(['goroutines', `test/fixtures/goroutines/${fixture}`, '--json']);
      const unzipped = await run(['goroutines', gzipped, '--json']);
      assert.equal(unzipped.code, 0, unzipped.err);
      assert.deepEqual(JSON.parse(unzipped.out), JSON.parse(plain.out));
    }
  });

  it('exit 1 with one line for input that is not a dump, exit 2 for bad usage', async () => {
    const heap = await run(['goroutines', sample('heap.pb.gz')]);
    assert.equal(heap.code, 1);
    assert.match(heap.err, /^goprof goroutines: .*heap\.pb\.gz: not a goroutine profile: its sample types are alloc_objects, alloc_space, inuse_objects, inuse_space\n$/);
    // The same one-line errors as `top` for files that cannot be read.
    for (const [file, error] of [[sample('nope.txt'), 'no such file'], [sample('.'), 'is a directory']]) {
      const goroutines = await run(['goroutines', file]);
      const top = await run(['top', file]);
      assert.equal(goroutines.code, 1);
      assert.equal(top.code, 1);
      assert.equal(goroutines.err, `goprof goroutines: ${file}: ${error}\n`);
      assert.equal(goroutines.err.replace('goroutines', 'top'), top.err);
    }
    assert.equal((await run(['goroutines', sample('goroutines.txt'), '--similarity', 'fuzzy'])).code, 2);
    assert.equal((await run(['goroutines'])).code, 2);
  });
});
