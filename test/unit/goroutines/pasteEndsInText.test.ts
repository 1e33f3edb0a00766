// What follows a dump in a paste or a page: source code a page's excerpt ends in is no call the cut
// fell in, a time alone under a call is no `file:line`, and a quoted line skipped in pieces is one
// line skipped; the byte path and the text path read each alike.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';
import { readAlike } from './readAlike';

const read = (name: string) => readFileSync(`test/fixtures/goroutines/pasted/${name}`, 'utf8');
describe('goroutines: a paste\'s text after its dump', () => {
  it('a page\'s excerpt ending inside source code (`fmt.Printf("User %`): no frame of the dump; its goroutine 1 stops above main.main, an excerpt', () => {
    const a = analyzeGoroutineDump(read('fixwikihub_nil_pointer_page_flattened_in_fence_excerpt_ends_in_source_code.txt'));
    assert.deepEqual([a.dump.truncated, [...a.dump.goroutines].map(g => [g.id, g.cut, g.frames.map(f => f.func)])], [true, [[1, true, ['main.(*UserService).GetEmail']]]]);
    assert.match(a.dump.warnings.at(-1)!.message, /goroutine 1 \(from line 4\) stops without the `created by` line/);
  });

  it('a call cut in its arguments is still the cut, but not one whose arguments hold a quote, even right under the stack', () => {
    const dump = 'panic: boom\n\ngoroutine 1 [running]:\nexample.com/shop.(*Cart).Total()\n\t/src/shop/cart.go:41 +0x2b\nmain.main()\n\t/src/shop/main.go:9 +0x1d\n';
    const cut = (tail: string) => { const d = readAlike(dump + tail); return [d.truncated, [...d.goroutines].map(g => g.frames.map(f => f.func))]; };
    const whole = ['example.com/shop.(*Cart).Total', 'main.main'];
    assert.deepEqual(cut('example.com/shop.Checkout(0xc000012'), [true, [[...whole, 'example.com/shop.Checkout']]]);
    assert.deepEqual(cut('log.Printf("retry %'), [false, [whole]]);
    assert.deepEqual(cut('signal: killed\nlog.Printf("retry %d after %'), [false, [whole]]);
    assert.deepEqual(cut('See below:\n\nerr := fmt.Errorf("wrap: %w'), [false, [whole]]);
  });

  it('a time alone under a call (a log viewer\'s clock column) is no `file:line`, on the bytes as on the text', () => {
    for (const tail of ['19:22:50  \n', '19:22:50\n', '19:22:50\nfoo\n', '07:01:02']) {
      const d = readAlike(`goroutine 1 [running]:\nmain.main()\n${tail}`);
      assert.deepEqual([...d.goroutines].map(g => g.frames.map(f => `${f.func} ${f.file}:${f.line}`)), [['main.main :0']], JSON.stringify(tail));
    }
  });

  it('a quoted `file:line` with the next call glued to it, cut in its name, is one line skipped, quoted as it reads', () => {
    for (const quote of ['> ', '>> ', '']) {
      const line = `${quote}\t/src/cache/lru.go:88 +0x1c5 fp=0xc000a1be30 sp=0xc000a1bd88example.com/cache.(*LRU).`;
      // The excerpt's last line: the call held as a stack's start, then given up, skipped after its `file:line`.
      assert.deepEqual(readAlike(line).warnings.map(w => w.message),
        [`line 1: skipped 1 line that is not part of a goroutine dump, starting "${line.trimStart().slice(0, 60)}"`], JSON.stringify(quote));
    }
  });
});
