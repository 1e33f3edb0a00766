// A goroutine dump's bytes that are not UTF-8 (a Latin-1 path, a panic value of binary bytes, a
// label or a name from a non-UTF-8 build) kept as a profile's strings keep them (core/byteEscapes.ts:
// the byte 0xE9 read as U+DCE9), on the byte path and the text path, whole or in pieces cut
// anywhere, behind a log's prefix: two bytes apart read apart, and every view marks them `⟨\xE9⟩`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeGoroutineDump, GoroutineDumpScanner, scanGoroutineDump, type GoroutineAnalysis, type GoroutineDump } from '../../../src/core/goroutines';
import { buildGoroutineViewModel } from '../../../src/core/report/goroutines/viewModel';
import { visibleText } from '../../../src/shared/visibleText';
import { exportedText } from '../../../src/core/report/exportedText';
import { visibleGroups } from '../../../webview-ui/src/goroutines/groupFilter';
import { WorkerStore, type JobContext } from '../../../src/host/worker/jobTypes';
import { goroutineQueryJob, goroutinesJob } from '../../../src/host/worker/jobs/goroutines';
import type { GroupPage } from '../../../src/shared/goroutineProtocol';
import { runCli } from '../../../src/cli/main';
import { plainJson } from './readAlike';
import { gatherCaptures, incidentFromCaptures } from '../../../src/core/report/incident';
import { incidentMarkdown } from '../../../src/core/report/incident/incidentMarkdown';

/** The UTF-8 of `text`, each `{E9}` in it the one byte 0xE9: a dump as a non-UTF-8 program writes it. */
function dumpBytes(text: string): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const m of text.matchAll(/\{([0-9A-F]{2})\}/g)) {
    parts.push(new TextEncoder().encode(text.slice(at, m.index)), Uint8Array.of(parseInt(m[1], 16)));
    at = m.index! + m[0].length;
  }
  parts.push(new TextEncoder().encode(text.slice(at)));
  return Uint8Array.from(parts.flatMap(p => [...p]));
}

/** The dump read on the byte path and with every shortcut off (the text path): one reading, returned. */
function readBothPaths(bytes: Uint8Array): GoroutineDump {
  const dump = scanGoroutineDump(bytes);
  assert.deepEqual(plainJson(scanGoroutineDump(bytes, { withoutShortcuts: true })), plainJson(dump), 'the byte path reads as the text path');
  return dump;
}

/** Pushed in pieces of `size` bytes: a line, and a character's bytes, cut anywhere. */
function readInPieces(bytes: Uint8Array, size: number, withoutShortcuts = false): GoroutineDump {
  const scanner = new GoroutineDumpScanner({ withoutShortcuts });
  for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.slice(at, at + size));
  return scanner.finish();
}

const groups = (a: GoroutineAnalysis) => a.groups.map(g => [g.count, g.frames.map(f => `${f.func} ${f.file}:${f.line}`)]);

const latin1Dump = dumpBytes([
  'goroutine 1 [chan receive]:', 'main.caf{E9}()', '\t/home/jos{E9}/src/app/main.go:10 +0x1d', 'created by main.main', '\t/home/jos{E9}/src/app/main.go:5 +0x2', '',
  'goroutine 2 [chan receive]:', 'main.caf{E9}()', '\t/home/jos{E9}/src/app/main.go:10 +0x1d', 'created by main.main', '\t/home/jos{E9}/src/app/main.go:5 +0x2', '',
  'goroutine 3 [chan receive]:', 'main.caf{E8}()', '\t/home/jos{E8}/src/app/main.go:10 +0x1d', 'created by main.main', '\t/home/jos{E8}/src/app/main.go:5 +0x2', '',
].join('\n'));

describe('goroutines: bytes that are not UTF-8 kept and marked', () => {
  it('a Latin-1 path and name: each byte its escape on both paths; two bytes apart are two groups', () => {
    const dump = readBothPaths(latin1Dump);
    assert.deepEqual([...dump.goroutines].map(g => [g.frames[0].func, g.frames[0].file, g.createdBy?.file]), [
      ['main.caf\udce9', '/home/jos\udce9/src/app/main.go', '/home/jos\udce9/src/app/main.go'],
      ['main.caf\udce9', '/home/jos\udce9/src/app/main.go', '/home/jos\udce9/src/app/main.go'],
      ['main.caf\udce8', '/home/jos\udce8/src/app/main.go', '/home/jos\udce8/src/app/main.go'],
    ]);
    // Read as U+FFFD, 0xE9 and 0xE8 were one character: the three goroutines were one group of 3.
    assert.deepEqual(groups(analyzeGoroutineDump(latin1Dump)), [
      [2, ['main.caf\udce9 /home/jos\udce9/src/app/main.go:10']],
      [1, ['main.caf\udce8 /home/jos\udce8/src/app/main.go:10']],
    ]);
    assert.equal(visibleText(dump.goroutines.get(2).frames[0].file), '/home/jos⟨\\xE8⟩/src/app/main.go');
  });

  it('a panic value of binary bytes, a label and a state: escaped; UTF-8 é and a U+FFFD written as UTF-8 stay what they are', () => {
    const bytes = dumpBytes([
      'panic: bad frame {00}{FF}{FE}{C3} caf\u00e9 \ufffd', '',
      'goroutine 1 [running] {user: "jos{E9}"}:', 'main.main()', '\t/src/app/main.go:10 +0x1d', '',
      'goroutine 2 [IO wait{E9}]:', 'main.wait()', '\t/src/app/main.go:20 +0x1d', 'created by main.main', '\t/src/app/main.go:5 +0x2', '',
    ].join('\n'));
    const dump = readBothPaths(bytes);
    assert.equal(dump.crash?.message, 'panic: bad frame \u0000\udcff\udcfe\udcc3 caf\u00e9 \ufffd');
    assert.equal(visibleText(dump.crash!.message), 'panic: bad frame ⟨U+0000⟩⟨\\xFF⟩⟨\\xFE⟩⟨\\xC3⟩ caf\u00e9 \ufffd');
    assert.deepEqual(dump.goroutines.get(0).labels, { user: 'jos\udce9' });
    assert.equal(dump.goroutines.get(1).state, 'IO wait\udce9');
  });

  it('a byte cut out of a sequence, and UTF-8 sequences, cut by the end of every piece: read as the whole is', () => {
    // E2 82 AC is the euro sign; E2 82 alone (its last byte lost) is two bad bytes; F0 9F 9A 80 a rocket.
    const bytes = dumpBytes([
      'panic: {E2}{82}x \u20ac {F0}{9F}{9A} \ud83d\ude80 {ED}{A0}{80}', '',
      'goroutine 1 [running]:', 'main.f\u00e9{E9}\u20ac{E2}{82}()', '\t/src/caf{C3}/\u00e9\u20ac{E9}.go:10 +0x1d', '',
    ].join('\n'));
    const whole = plainJson(readBothPaths(bytes));
    const dump = scanGoroutineDump(bytes);
    assert.equal(dump.crash?.message, 'panic: \udce2\udc82x \u20ac \udcf0\udc9f\udc9a \ud83d\ude80 \udced\udca0\udc80');
    assert.equal(dump.goroutines.get(0).frames[0].func, 'main.f\u00e9\udce9\u20ac\udce2\udc82');
    assert.equal(dump.goroutines.get(0).frames[0].file, '/src/caf\udcc3/\u00e9\u20ac\udce9.go');
    for (let size = 1; size <= 24; size++) {
      assert.deepEqual(plainJson(readInPieces(bytes, size)), whole, `pieces of ${size}`);
      assert.deepEqual(plainJson(readInPieces(bytes, size, true)), whole, `pieces of ${size}, text path`);
    }
  });

  it('behind CRI and journald prefixes, and a CRI line split inside a character: read as the bare dump is', () => {
    const lines = ['goroutine 1 [chan receive]:', 'main.caf{E9}()', '\t/home/jos{E9}/src/app/main.go:10 +0x1d', 'created by main.main', '\t/home/jos{E9}/src/app/main.go:5 +0x2'];
    // Where each goroutine's lines are aside, the prefixed dumps read as the bare one.
    const read = (bytes: Uint8Array) => (plainJson([...readBothPaths(bytes).goroutines]) as object[]).map(g => ({ ...g, lines: null }));
    const bare = read(dumpBytes(lines.join('\n') + '\n'));
    const cri = lines.map(l => `2024-05-01T10:00:00.123456789Z stderr F ${l}`).join('\n') + '\n';
    assert.deepEqual(read(dumpBytes(cri)), bare);
    const journald = lines.map(l => `Dec 07 10:00:00 host app[4242]: ${l}`).join('\n') + '\n';
    assert.deepEqual(read(dumpBytes(journald)), bare);
    // The runtime split a line between the two bytes of é (C3 A9): joined, they are é again, the bad byte beside it kept.
    const split = dumpBytes([
      '2024-05-01T10:00:00.1Z stderr F goroutine 1 [chan receive]:', '2024-05-01T10:00:00.1Z stderr P main.caf{C3}',
      '2024-05-01T10:00:00.1Z stderr F {A9}{E9}()', '2024-05-01T10:00:00.1Z stderr F \t/src/app/main.go:10 +0x1d', '',
    ].join('\n'));
    for (const size of [split.length, 7, 64, 100]) {
      const g = readInPieces(split, size).goroutines.get(0);
      assert.equal(g.frames[0].func, 'main.caf\u00e9\udce9', `pieces of ${size}`);
    }
  });

  it('a dump logged as one Go-quoted string: its `\\xE9` is the byte 0xE9, as the raw byte is read', () => {
    // strconv.Quote writes valid UTF-8 as it is and each byte that is not as `\xe9`.
    const logged = 'level=error msg="goroutine 1 [running]:\\nmain.caf\\xe9\u00e9()\\n\\t/home/jos\\xe9/src/app/main.go:10 +0x1d\\n"\n';
    const g = readBothPaths(dumpBytes(logged)).goroutines.get(0);
    assert.deepEqual([g.frames[0].func, g.frames[0].file], ['main.caf\udce9\u00e9', '/home/jos\udce9/src/app/main.go']);
  });

  it('a dump that writes a mark itself is not read as the byte: `⟨\\xE9⟩` as text is shown apart and grouped apart', () => {
    const bytes = dumpBytes([
      'goroutine 1 [select]:', 'main.f()', '\t/src/\u27e8\\xE9\u27e9/main.go:10 +0x1d', '',
      'goroutine 2 [select]:', 'main.f()', '\t/src/{E9}/main.go:10 +0x1d', '',
    ].join('\n'));
    const dump = readBothPaths(bytes);
    const shown = [...dump.goroutines].map(g => visibleText(g.frames[0].file));
    assert.deepEqual(shown, ['/src/⟨U+27E8⟩\\xE9⟩/main.go', '/src/⟨\\xE9⟩/main.go']);
    assert.equal(analyzeGoroutineDump(bytes).groups.length, 2);
  });

  it('a string holding an escape (the text pushed as a string) is read as the bytes it stands for', () => {
    const text = new TextDecoder().decode(latin1Dump).replace(/\ufffd/g, '\udce9');
    assert.deepEqual(plainJson([...scanGoroutineDump(text).goroutines].map(g => g.frames[0].file)), ['/home/jos\udce9/src/app/main.go', '/home/jos\udce9/src/app/main.go', '/home/jos\udce9/src/app/main.go']);
  });

  it('the goroutine view: frames keep the byte, the filter finds `\\xe9` as shown and tells 0xE9 from 0xE8', () => {
    const model = buildGoroutineViewModel(analyzeGoroutineDump(latin1Dump), { similarity: 'default', lineOffset: 0, elapsedMs: 0 });
    const files = new Set(model.frames.map(f => f.file));
    assert.ok(files.has('/home/jos\udce9/src/app/main.go') && files.has('/home/jos\udce8/src/app/main.go'));
    const found = (text: string) => visibleGroups(model as never, { text, hideIdle: false }).length;
    assert.equal(found('\\xE9'), 1);
    assert.equal(found('file:jos⟨\\xe8⟩'), 1);
    assert.equal(found('caf'), 2);
    assert.equal(found('\\xe7'), 0);
    assert.equal(exportedText('/home/jos\udce9/src'), '/home/jos⟨\\xE9⟩/src');
  });

  it("the worker's search (over every group, sent or not) finds `\\xe9` as shown too and tells 0xE9 from 0xE8", () => {
    const context: JobContext = { store: new WorkerStore(), transfer: () => undefined };
    goroutinesJob.run({ text: latin1Dump.slice(), similarity: 'default', lineOffset: 0, title: 'latin1', viewId: 'latin1' }, context);
    const matches = (filter: string) => (goroutineQueryJob.run({ viewId: 'latin1', query: { filter, hideIdle: false }, more: false }, context) as GroupPage).matches.length;
    assert.equal(matches('\\xE9'), 1);
    assert.equal(matches('file:jos⟨\\xe8⟩'), 1);
    assert.equal(matches('caf'), 2);
    assert.equal(matches('\\xe7'), 0);
  });

  it("the incident report's Markdown marks the byte where the dump's suspects name it", () => {
    // The chan-leak incident (Go 1.19) with its module's folder renamed in Latin-1: `incidentg\xE9n/`.
    const dir = join(__dirname, '../../fixtures/incident/chan-leak');
    const text = readFileSync(join(dir, 'goroutines.txt'), 'latin1').replaceAll('incidentgen/', 'incidentg\xe9n/');
    const dump = Uint8Array.from(text, c => c.charCodeAt(0));
    const incident = incidentFromCaptures(gatherCaptures([
      { path: 'goroutines.txt', mtimeMs: 2e12, bytes: dump },
      { path: 'heap.pb.gz', mtimeMs: 2e12, bytes: new Uint8Array(readFileSync(join(dir, 'heap.pb.gz'))) },
    ]));
    assert.ok(incident.suspects.some(s => s.file.includes('incidentg\udce9n/')), JSON.stringify(incident.suspects.map(s => s.file)));
    const markdown = incidentMarkdown(incident);
    // Markdown escapes the mark's backslash: it renders `⟨\xE9⟩`.
    assert.ok(markdown.includes('| where | main.dispatch (incidentg⟨\\\\xE9⟩n/chanleak/main.go:37) |'), 'the byte marked');
    assert.ok(!/[\udc80-\udcff\ufffd]/.test(markdown), 'neither the escape nor U+FFFD written');
  });

  it('goprof goroutines: the text writes the bytes back as the dump had them, --json the escape', async function () {
    this.timeout(120_000);
    const dir = mkdtempSync(join(tmpdir(), 'gpe-bytes-'));
    const file = join(dir, 'latin1.txt');
    writeFileSync(file, latin1Dump);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'goroutines', file], { cwd: join(__dirname, '../../..'), timeout: 120_000 });
    assert.equal(r.status, 0, String(r.stderr));
    assert.ok(r.stdout.includes(Buffer.from('main.caf\xe9', 'latin1')) && r.stdout.includes(Buffer.from('main.caf\xe8', 'latin1')), 'the bytes 0xE9 and 0xE8 as the dump had them');
    assert.ok(!r.stdout.includes(Buffer.from('\ufffd')), 'no U+FFFD');
    // A warning quoting a skipped line writes its byte as the dump had it too.
    const skipped = join(dir, 'skipped.txt');
    writeFileSync(skipped, Buffer.concat([Buffer.from(latin1Dump), Buffer.from('\nsome caf\xe9 text\n\n', 'latin1'), Buffer.from(latin1Dump)]));
    const w = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'goroutines', skipped], { cwd: join(__dirname, '../../..'), timeout: 120_000 });
    assert.ok(w.stderr.includes(Buffer.from('"some caf\xe9 text"', 'latin1')), `the warning quotes the byte: ${String(w.stderr)}`);
    assert.ok(!w.stderr.includes(Buffer.from('\ufffd')), 'no U+FFFD in the warnings');
    let json = '';
    assert.equal(await runCli(['goroutines', file, '--json'], { out: t => { json += t; }, err: () => undefined }), 0);
    assert.ok(json.includes('/home/jos\\udce9/src/app/main.go') && json.includes('/home/jos\\udce8/src/app/main.go'), '--json writes the escape');
    assert.equal(JSON.parse(json).groups.length, 2);
  });
});
