// Goroutine ids past 2^53 (Number.MAX_SAFE_INTEGER): Go prints ids as uint64, and a double rounds
// nearby ones alike. Two such goroutines are two goroutines of one dump; a goroutine printed again
// with the very same id is still a repeat.
import assert from 'node:assert/strict';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const goroutine = (header: string, func: string, line: number): string =>
  `${header}\n${func}()\n\t/src/app/${func.slice(func.indexOf('.') + 1)}.go:${line} +0x1d\ncreated by main.main in goroutine 1\n\t/src/app/main.go:9 +0x2a\n`;

function readIds(text: string): { total: number; ids: number[]; dumps: string[] } {
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
});
