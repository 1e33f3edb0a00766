// The shell's next prompt glued to the paste's last line (gluedPrompt.ts): the line is read whole
// without it, so the last goroutine is not taken as cut in its offset.
import assert from 'node:assert/strict';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { gluedPromptStart } from '../../../src/core/goroutines/gluedPrompt';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const promptAt = (line: string): number => gluedPromptStart(bytes(line), 0, line.length);

describe('goroutines: a prompt glued to the last line', () => {
  it('finds a prompt\'s sign right after a location\'s offset, and nothing else', () => {
    assert.equal(promptAt('\t/usr/local/go/src/runtime/asm_amd64.s:1721 +0x1> '), 48);
    assert.equal(promptAt('\t/src/main.go:9 +0x3c$'), 21);
    assert.equal(promptAt('\t/src/main.go:9 +0x3c'), 21, 'no sign: the line as it is');
    assert.equal(promptAt('main.f(0x1, 0x2) >'), 18, 'no offset before the sign');
    assert.equal(promptAt('\t/src/main.go:9 > '), 18);
  });

  it('reads the dump whole when the prompt follows its last offset, whichever sign the shell ends in', () => {
    for (const sign of ['> ', '$ ', '# ', '%']) {
      const text = `panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:5 +0x1d\n\ngoroutine 17 [syscall, locked to thread]:\nruntime.goexit()\n\t/usr/local/go/src/runtime/asm_amd64.s:1721 +0x1${sign}`;
      const a = analyzeGoroutineDump(text);
      assert.equal(a.dump.truncated, false, sign);
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.cut, g.frames.length]), [[1, false, 1], [17, false, 1]], sign);
    }
    // An offset cut short is still the cut.
    assert.equal(analyzeGoroutineDump('goroutine 1 [running]:\nmain.main()\n\t/src/main.go:5 +0x').dump.truncated, true);
  });
});
