// rsyslog's `#011` for each tab (syslogEscapes.ts): a dump logged through it reads as the same
// dump with its tabs, whatever the chunks it is read in.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, GoroutineDumpScanner } from '../../../src/core/goroutines';

const PREFIX = 'Sep 20 02:24:06 host app[1322]: ';
const DUMP = [
  'panic: runtime error: invalid memory address or nil pointer dereference',
  '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6a2b1c]',
  '',
  'goroutine 41 [running]:',
  'main.(*Server).handle(0x0, {0xc0001a2000, 0x12})',
  '\t/src/app/server.go:88 +0x1c',
  'created by main.(*Server).Serve in goroutine 1',
  '\t/src/app/server.go:51 +0x85',
  '',
  'goroutine 1 [IO wait]:',
  'internal/poll.runtime_pollWait(0x7f0c3a1e2f28, 0x72)',
  '\t/usr/lib/golang/src/runtime/netpoll.go:345 +0x85',
  'main.main()',
  '\t/src/app/main.go:20 +0x1d',
];
const escaped = (lines: readonly string[]) => lines.map(l => PREFIX + l.replace(/\t/g, '#011')).join('\n') + '\n';
const plain = (lines: readonly string[]) => lines.map(l => PREFIX + l).join('\n') + '\n';

const summary = (input: string | Uint8Array) => {
  const a = analyzeGoroutineDump(input);
  return { crash: a.dump.crash?.message, ids: [...a.dump.goroutines].map(g => g.id), frames: [...a.dump.goroutines].map(g => g.frames.map(f => `${f.func} ${f.file}:${f.line}`)), suspect: a.groups[0]?.suspect, warnings: a.dump.warnings };
};

describe('goroutines: a dump logged through rsyslog, each tab written `#011`', () => {
  it('reads as the same dump with its tabs: goroutines, frames, crash and culprit', () => {
    const read = summary(escaped(DUMP));
    assert.deepEqual(read, summary(plain(DUMP)));
    assert.deepEqual(read.ids, [41, 1]);
    assert.equal(read.crash, 'panic: runtime error: invalid memory address or nil pointer dereference');
    assert.match(read.suspect ?? '', /^1 goroutine crashed .* in main\.\(\*Server\)\.handle \(server\.go:88\)/);
  });

  it('an escape cut by a chunk\'s end is put back whole', () => {
    const bytes = new TextEncoder().encode(escaped(DUMP));
    const whole = summary(bytes);
    for (const size of [1, 2, 3, 5, 7, 64]) {
      const scanner = new GoroutineDumpScanner();
      for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
      const dump = scanner.finish();
      assert.deepEqual([...dump.goroutines].map(g => g.frames.map(f => `${f.func} ${f.file}:${f.line}`)), whole.frames, `pieces of ${size}`);
    }
  });

  it('a text that ends in the start of an escape keeps it', () => {
    const text = escaped(DUMP) + PREFIX + '#01';
    const a = analyzeGoroutineDump(text);
    assert.deepEqual([...a.dump.goroutines].map(g => g.id), [41, 1]);
  });

  it('`#011` before no location leaves the text as it is', () => {
    const text = plain(['panic: no row #0114 in table', ...DUMP.slice(1)]);
    assert.equal(analyzeGoroutineDump(text).dump.crash?.message, 'panic: no row #0114 in table');
  });

  it('guest-agent #435: a stack without its header, every location behind `#011`, read to its creator', () => {
    const a = analyzeGoroutineDump(readFileSync('test/fixtures/goroutines/pasted/guestagent_435_syslog_hash011_tabs.txt'));
    assert.deepEqual(a.dump.headlessStacks.map(s => [s.frames.map(f => f.func), s.createdBy?.func]),
      [[['runtime.(*scavengerState).park', 'runtime.bgscavenge', 'runtime.gcenable.gowrap2', 'runtime.goexit'], 'runtime.gcenable']]);
    assert.equal(a.dump.cutAtStart, true);
  });
});
