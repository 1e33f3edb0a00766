// Goroutine ids past 2^53 (Number.MAX_SAFE_INTEGER): Go prints ids as uint64, and a double rounds
// nearby ones alike. Two such goroutines are two goroutines of one dump; a goroutine printed again
// with the very same id is still a repeat.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeGoroutineDump, type GoroutineId } from '../../../src/core/goroutines';
import { buildGoroutineViewModel } from '../../../src/core/report/goroutines/viewModel';
import { CreatorPaths } from '../../../src/core/report/incident/creatorPaths';
import { runCli } from '../../../src/cli/main';

const goroutine = (header: string, func: string, line: number): string =>
  `${header}\n${func}()\n\t/src/app/${func.slice(func.indexOf('.') + 1)}.go:${line} +0x1d\ncreated by main.main in goroutine 1\n\t/src/app/main.go:9 +0x2a\n`;

function readIds(text: string): { total: number; ids: GoroutineId[]; dumps: string[] } {
  const a = analyzeGoroutineDump(text);
  return {
    total: a.total,
    ids: a.groups.flatMap(g => g.goroutineIds),
    dumps: a.dump.warnings.map(w => w.message).filter(m => m.includes('goroutine dumps')),
  };
}

describe('goroutines: ids past 2^53', () => {
  it('two ids a double rounds alike (2^64 - 2, 2^64 - 1), read on the byte path: one dump of two goroutines', () => {
    const r = readIds(goroutine('goroutine 18446744073709551614 [select]:', 'main.recv', 3) + '\n' +
      goroutine('goroutine 18446744073709551615 [select]:', 'main.send', 4));
    assert.equal(r.total, 2);
    assert.equal(r.ids.length, 2);
    assert.deepEqual(r.dumps, []);
  });

  it('two ids past 2^53 one apart, in crash headers (` gp=… m=…`, the text path): one dump of two goroutines', () => {
    const r = readIds('panic: boom\n\n' + goroutine('goroutine 9007199254740993 gp=0xc000007c40 m=0 mp=0x1 [running]:', 'pkg/worker.run', 12) + '\n' +
      goroutine('goroutine 9007199254740992 gp=0xc000007dc0 m=nil [chan receive]:', 'pkg/worker.wait', 30));
    assert.equal(r.total, 2);
    assert.deepEqual(r.dumps, []);
  });

  it('the same id past 2^53 printed again after a second crash: still two dumps', () => {
    const dump = goroutine('goroutine 12345678901234567890 [running]:', 'main.serve', 5);
    const r = readIds('panic: first\n\n' + dump + '\npanic: second\n\n' + dump);
    assert.equal(r.total, 1);
    assert.equal(r.dumps.length, 1);
  });

  // Ids a double rounds alike: 2^64 - 2 and 2^64 - 1 are both 18446744073709551616 as numbers.
  const A = 18446744073709551614n;
  const B = 18446744073709551615n;

  it('every id the model holds is exact: goroutines, group ids, creators named `in goroutine N`, ancestors', () => {
    const text = `goroutine ${A} [select]:\nmain.serve()\n\t/src/app/serve.go:3 +0x1d\ncreated by main.main in goroutine 1\n\t/src/app/main.go:9 +0x2a\n\n` +
      `goroutine ${B} [chan receive]:\nmain.handle()\n\t/src/app/handle.go:7 +0x1d\ncreated by main.serve in goroutine ${A}\n\t/src/app/serve.go:5 +0x2a\n` +
      `[originating from goroutine ${A}]:\nmain.serve(...)\n\t/src/app/serve.go:5 +0x2a\n`;
    for (const analysis of [analyzeGoroutineDump(text), analyzeGoroutineDump(`junk before\n${text}`)]) {
      const goroutines = [...analysis.dump.goroutines];
      assert.deepEqual(goroutines.map(g => g.id), [A, B]);
      assert.deepEqual(goroutines.map(g => g.creatorGoroutine), [1, A]);
      assert.deepEqual(goroutines[1].ancestors.map(a => a.id), [A]);
      assert.deepEqual(analysis.groups.flatMap(g => g.goroutineIds).sort(), [A, B]);
    }
  });

  it('a text read line by line as text (a header behind a log prefix) reads the same exact ids', () => {
    const text = [`goroutine ${A} [select]:`, 'main.serve()', '\t/src/app/serve.go:3 +0x1d', `created by main.main in goroutine ${B}`, '\t/src/app/main.go:9 +0x2a']
      .map(line => `2026-12-05T10:00:00Z app[1]: ${line}`).join('\n');
    const [g] = [...analyzeGoroutineDump(text).dump.goroutines];
    assert.equal(g.id, A);
    assert.equal(g.creatorGoroutine, B);
  });

  it('warnings name the exact id', () => {
    const a = analyzeGoroutineDump(`goroutine ${B} [select]:\nmain.f()\n\t/src/f.go:1 +0x1\ncreated by main.a\n\t/src/a.go:2 +0x1\ncreated by main.b\n\t/src/b.go:3 +0x1\n`);
    assert.deepEqual(a.dump.warnings.map(w => w.message), [`line 6: goroutine ${B} (line 1) has another \`created by\` line after its creator, where Go prints one: it is skipped`]);
  });

  it('a race report: each access gets the creator of its own goroutine, not of the one its id rounds to', () => {
    const access = (what: string, id: bigint, func: string) => `${what} at 0x00c0000180d8 by goroutine ${id}:\n  main.${func}()\n      /src/app/${func}.go:18 +0x30\n`;
    const creator = (id: bigint, line: number) => `Goroutine ${id} (running) created at:\n  main.main()\n      /src/app/main.go:${line} +0x8f\n`;
    const text = `==================\nWARNING: DATA RACE\n${access('Read', A, 'reader')}\n${access('Previous write', B, 'writer')}\n${creator(A, 30)}\n${creator(B, 40)}==================\n`;
    const goroutines = [...analyzeGoroutineDump(text).dump.goroutines];
    assert.deepEqual(goroutines.map(g => [g.id, g.createdBy?.line]), [[A, 30], [B, 40]]);
  });

  it('the incident join finds the creator goroutine by its exact id', () => {
    const text = `goroutine ${A} [select]:\nmain.loop()\n\t/src/app/loop.go:3 +0x1d\nmain.spawn()\n\t/src/app/spawn.go:9 +0x1d\n\n` +
      `goroutine ${B} [select]:\nmain.idle()\n\t/src/app/idle.go:3 +0x1d\nmain.spawn()\n\t/src/app/spawn.go:20 +0x1d\n\n` +
      `goroutine 7 [chan send]:\nmain.work()\n\t/src/app/work.go:5 +0x1d\ncreated by main.spawn in goroutine ${A}\n\t/src/app/spawn.go:9 +0x2a\n`;
    const analysis = analyzeGoroutineDump(text);
    const path = new CreatorPaths(analysis).of(analysis.groups.find(g => g.createdBy?.func === 'main.spawn')!);
    assert.equal(path?.via, 'creator-goroutine');
    // Said as digits: the incident model goes to a webview as JSON.
    assert.deepEqual(path?.goroutineIds, [String(A)]);
    assert.deepEqual(path?.frames.map(f => `${f.func}:${f.line}`), ['main.spawn:9']);
  });

  it('the goroutine view gets the ids as digits (its messages are JSON); `goroutines --json` writes them as exact number tokens', async () => {
    const text = goroutine(`goroutine ${A} [select]:`, 'main.recv', 3) + '\n' + goroutine(`goroutine ${B} [select]:`, 'main.recv', 3);
    const view = buildGoroutineViewModel(analyzeGoroutineDump(text), { similarity: 'default', lineOffset: 0, elapsedMs: 0 });
    assert.deepEqual(view.groups.map(g => g.ids), [[String(A), String(B)]]);
    const file = join(mkdtempSync(join(tmpdir(), 'gpe-ids-')), 'dump.txt');
    writeFileSync(file, text);
    let out = '';
    assert.equal(await runCli(['goroutines', file, '--json'], { out: t => { out += t; }, err: () => undefined }), 0);
    assert.match(out, new RegExp(`"goroutineIds": \\[\\n\\s+${A},\\n\\s+${B}\\n\\s+\\]`));
    assert.equal(JSON.parse(out).groups[0].count, 2);
  });

  it("uber-go/goleak's report: each goroutine keeps its exact id (2^53 + 1 and 2^53, one double apart from none)", () => {
    const leak = (id: string, creator: string) => `Goroutine ${id} in state select, with main.f on top of the stack:\nmain.f()\n\t/src/f.go:3 +0x1d\n` +
      `created by main.main in goroutine ${creator}\n\t/src/main.go:9 +0x2a\n`;
    const text = `found unexpected goroutines:\n[${leak('9007199254740993', '9007199254740995')} ${leak('9007199254740992', '1')}]\n`;
    const goroutines = [...analyzeGoroutineDump(text).dump.goroutines];
    assert.deepEqual(goroutines.map(g => [g.id, g.creatorGoroutine]), [[9007199254740993n, 9007199254740995n], [9007199254740992n, 1]]);
  });
});
