// How a paste's last lines end a dump: registers printed right under the last goroutine, an ellipsis after log lines.
import assert from 'node:assert/strict';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

describe('goroutines: what a paste\'s last lines say of the cut', () => {
  // Go 1.5 on Windows prints the registers right under the last goroutine, without a blank line.
  const dump = [
    'Exception 0xc0000005 0x8 0x0 0x0', 'PC=0x0', 'signal arrived during external code execution', '',
    'main._Cfunc_open_device(0x1)', '        ??:0 +0x5a', 'main.main()', '        C:/src/dev/main.go:9 +0x2a', '',
    'goroutine 6 [chan receive]:', 'main.poll(0xc082070140)', '        C:/src/dev/poll.go:21 +0x4c',
    'created by main.main', '        C:/src/dev/main.go:8 +0x33d',
    'rax     0x22fd30', 'rbx     0xc082065a20', 'rcx     0x22fd30',
  ].join('\n');

  it('a register dump right under the last goroutine, cut in a register\'s name, is cut there: the goroutines above are whole', () => {
    for (const [last, after] of [['rdx', 'rcx'], ['rd', 'rcx'], ['rdx     0x22', 'rdx']]) {
      const a = analyzeGoroutineDump(`${dump}\n${last}\n`);
      assert.equal(a.dump.truncated, true, last);
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.cut, g.frames.length]), [[0, false, 2], [6, false, 1]], last);
      assert.ok(a.dump.warnings.some(w => w.message.includes(`inside a crash's register dump (after \`${after}\`)`)), last);
    }
    // The last register Go prints (`gs`) ends the dump whole.
    assert.equal(analyzeGoroutineDump(`${dump}\nfs      0x0\ngs      0x0\n`).dump.truncated, false);
  });

  it('an ellipsis after log lines under a whole dump is the log\'s, no cut; right under a stack it is a paster\'s mark of lines left out, no cut either', () => {
    const race = [
      '==================', 'WARNING: DATA RACE', 'Write at 0x00c0000b4010 by goroutine 8:', '  main.(*cache).put()', '      /src/app/cache.go:40 +0x64', '',
      'Previous read at 0x00c0000b4010 by goroutine 7:', '  main.(*cache).get()', '      /src/app/cache.go:31 +0x3a', '',
      'Goroutine 8 (running) created at:', '  main.main()', '      /src/app/main.go:12 +0x8c', '',
      'Goroutine 7 (running) created at:', '  main.main()', '      /src/app/main.go:11 +0x6f', '==================',
    ].join('\n');
    for (const closer of ['', '```\n']) {
      assert.equal(analyzeGoroutineDump(`${race}\nFound 1 data race(s)\nFAIL\tapp\t0.1s\nok  \tapp/store\t0.3s\n...\n${closer}`).dump.truncated, false, closer);
      assert.equal(analyzeGoroutineDump(`goroutine 1 [running]:\nmain.main()\n\t/src/app/main.go:5 +0x20\n...\n${closer}`).dump.truncated, false, closer);
      // Under a frame whose stack goes on, frames left out: the stack marked elided.
      const mid = analyzeGoroutineDump(`goroutine 1 [running]:\nmain.work()\n\t/src/app/main.go:9 +0x20\n...\n${closer}`);
      assert.deepEqual([mid.dump.truncated, mid.dump.goroutines.get(0).framesElided], [false, true], closer);
    }
  });

  it('a Go ≥ 1.23 header cut before its bracket, inside `gp=`, `m=` or `mp=`, is the cut; its goroutine is not counted', () => {
    const dump = 'goroutine 5 gp=0xc000007a40 m=nil [select]:\nmain.loop()\n\t/src/app/main.go:9 +0x20\ncreated by main.main in goroutine 1\n\t/src/app/main.go:5 +0x1d\n\n';
    for (const last of ['goroutine 6 gp=0xc0000', 'goroutine 6 gp=', 'goroutine 6 gp=0xc000007c00 m=', 'goroutine 6 gp=0xc000007c00 m=2 mp=0xc00004']) {
      const a = analyzeGoroutineDump(`${dump}${last}\n`);
      assert.deepEqual([a.dump.truncated, [...a.dump.goroutines].map(g => [g.id, g.cut])], [true, [[5, false]]], last);
    }
    // Words after the id are prose, no header cut short.
    assert.equal(analyzeGoroutineDump(`${dump}goroutine 6 gp=nothing to see\n`).dump.truncated, false);
  });
});
