// A crash told in the paster's own words: a sentence that ends in one of the runtime's runtime.Error
// values, whole (`… with this runtime error: slice bounds out of range [2:0]`), right over a running
// goroutine's header. The process's panic, kept as Go printed it (`panic: ` before the value),
// unless that goroutine's stack shows the panic recovered (a call to `panic` under the frame that
// printed it: a program that logged the value over debug.Stack()), a recovered panic's value. Prose
// that quotes a value inside a sentence, a value of a program's own words, or a value with other
// text between it and the header is no crash. Go-made (scripts/go/runtimeerrorwords) and the real
// paste (vitwit/matic-jagar#11), in several layouts, on both scanner paths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { readAlike } from './readAlike';

const fixture = (name: string): string => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');
const IN_WORDS = fixture('crash_runtime_error_in_pasters_words.txt');
const LOGGED = fixture('recovered_runtime_error_logged_after_words.txt');
const MATIC = fixture('pasted/maticjagar_11_runtime_error_in_pasters_words_tilde_paths_whole.txt');

const LAYOUTS: Record<string, (text: string) => string> = {
  LF: text => text,
  CRLF: text => text.replace(/\n/g, '\r\n'),
  'no blank line under the sentence': text => text.replace('\n\n', '\n'),
  fenced: text => '```\n' + text + '```\n',
  quoted: text => text.split('\n').map(line => `> ${line}`).join('\n'),
};

describe('goroutines: a runtime error told in the paster\'s words', () => {
  for (const [name, lay] of Object.entries(LAYOUTS)) {
    it(`${name}: the process's panic, its goroutine first`, () => {
      const text = lay(IN_WORDS);
      const d = readAlike(text);
      assert.deepEqual([d.crash?.message, d.crash?.recovered ?? false, d.crashedGoroutine], ['panic: runtime error: slice bounds out of range [2:0]', false, 0]);
      const a = analyzeGoroutineDump(text);
      assert.equal(a.groups[0].crashed, true);
      assert.match(a.groups[0].frames[0].func, /^main\.balance$/);
    });

    it(`${name}: the value a program logged over debug.Stack() of the panic it recovered: a recovered panic`, () => {
      const d = readAlike(lay(LOGGED));
      assert.deepEqual([d.crash?.message, d.crash?.recovered], ['runtime error: slice bounds out of range [2:0]', true]);
    });
  }

  it('the real paste (matic-jagar#11): the crash read, the goroutine that crashed first', () => {
    const a = analyzeGoroutineDump(MATIC);
    readAlike(MATIC);
    assert.equal(a.dump.crash?.message, 'panic: runtime error: slice bounds out of range [2:0]');
    assert.match(a.groups[0]?.suspect ?? '', /^1 goroutine crashed \(panic: runtime error: slice bounds out of range \[2:0\]\) in targets\.CurrentEthBalance/);
  });

  it('no crash: a value inside a sentence, a program\'s own words, text between the value and the header', () => {
    const header = '\n\ngoroutine 6 [running]:\nmain.balance(...)\n\t/app/main.go:14\nmain.main.func1()\n\t/app/main.go:32 +0x51\ncreated by main.main\n\t/app/main.go:32 +0xca\n';
    for (const sentence of [
      'we saw runtime error: slice bounds out of range [2:0] twice before this',
      'it failed with runtime error: my own words here',
      'the value was runtime error: index out of range [5] with length 3, then',
      'it fails with this runtime error: slice bounds out of range [2:0]\nhere is the dump we took an hour later:',
      'see runtime error: slice bounds out of range [2:0]garbage',
    ]) {
      const d = readAlike(sentence + header);
      assert.equal(d.crash, null, sentence);
    }
  });

  it('the index error\'s detail as Go prints it: `[5] with length 3`, `[:7] with capacity 4`', () => {
    for (const value of ['index out of range [5] with length 3', 'slice bounds out of range [:7] with capacity 4', 'invalid memory address or nil pointer dereference']) {
      const d = readAlike(`my tool died with runtime error: ${value}\n\ngoroutine 6 [running]:\nmain.f()\n\t/app/main.go:14 +0x1d\ncreated by main.main\n\t/app/main.go:32 +0xca\n`);
      assert.equal(d.crash?.message, `panic: runtime error: ${value}`, value);
    }
  });
});
