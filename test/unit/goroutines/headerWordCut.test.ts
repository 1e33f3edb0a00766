// A text cut in the next goroutine header's word (`g`, `go`, `gorout`) under the blank line that
// closed a stack (headerWordCut.ts): Go-made by runtime.Stack with a buffer too small
// (scripts/go/stackbuffer), and the whole Go-made dump cut at every letter of each of its headers'
// words. Truncated, the goroutines above whole, whatever closes the paste; prose that ends in `go`
// is no cut. Both scanner paths read each alike.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

const fixture = (name: string): string => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');
const WHOLE = fixture('stack_buffer_fits_exactly.txt');
const cuts = (m: RegExpMatchArray) => m.index!;

describe('goroutines: a text cut in the next header\'s word', () => {
  it('runtime.Stack\'s buffer that ends in `go` under the blank line: truncated, goroutine 1 whole', () => {
    const d = readAlike(fixture('stack_buffer_cut_in_header_word.txt'));
    assert.equal(d.truncated, true);
    assert.deepEqual([...d.goroutines].map(g => [g.id, g.cut]), [[1, false]]);
    assert.match(d.warnings.map(w => w.message).join('\n'), /truncated at line 7: its last line is the start of the next goroutine's header, the goroutines above it whole/);
  });

  it('the whole dump cut after every letter of each later header\'s word, with or without a line break or a closer after it', () => {
    const starts = [...WHOLE.matchAll(/\n\ngoroutine /g)].map(cuts);
    assert.equal(starts.length, 3);
    for (const [k, start] of starts.entries()) {
      for (let letters = 1; letters <= 'goroutine'.length; letters++) {
        const text = WHOLE.slice(0, start + 2 + letters);
        for (const closer of ['', '\n', '\n```\n', '\n\n</details>\n']) {
          for (const form of [text + closer, (text + closer).replace(/\n/g, '\r\n')]) {
            const d = readAlike(form);
            assert.equal(d.truncated, true, JSON.stringify(form.slice(-20)));
            assert.deepEqual([...d.goroutines].map(g => g.cut), new Array(k + 1).fill(false), JSON.stringify(form.slice(-20)));
          }
        }
      }
    }
  });

  it('in a double-spaced paste (a blank line after every line): cut after every letter of each later header\'s word; prose not', () => {
    const doubled = (text: string) => text.split('\n').join('\n\n');
    const starts = [...WHOLE.matchAll(/\n\ngoroutine /g)].map(cuts);
    for (const [k, start] of starts.entries()) {
      for (let letters = 1; letters <= 'goroutine'.length; letters++) {
        const text = doubled(WHOLE.slice(0, start + 2 + letters));
        for (const closer of ['', '\n\n', '\n\n```\n\n']) {
          for (const form of [text + closer, (text + closer).replace(/\n/g, '\r\n')]) {
            const d = readAlike(form);
            assert.equal(d.truncated, true, JSON.stringify(form.slice(-20)));
            assert.deepEqual([...d.goroutines].map(g => g.cut), new Array(k + 1).fill(false), JSON.stringify(form.slice(-20)));
            assert.match(d.warnings.map(w => w.message).join('\n'), /its last line is the start of the next goroutine's header/);
          }
        }
      }
    }
    for (const tail of ['\n\ngoo', '\n\nLet us go', '\n\ngo back', '\n\n```go']) {
      const d = readAlike(doubled(WHOLE.trimEnd() + tail));
      assert.equal(d.truncated, false, JSON.stringify(tail));
      assert.deepEqual([...d.goroutines].map(g => g.cut), [false, false, false, false], JSON.stringify(tail));
    }
  });

  it('behind a log prefix: svlogd\'s time before each line (a real paste, prometheus#3210)', () => {
    const text = WHOLE.split('\n').map((line, i) => `2017-09-23_01:04:22.${59500 + i} ${line}`).join('\n');
    const cut = text.slice(0, text.lastIndexOf('goroutine 8') + 2);
    const d = readAlike(cut);
    assert.equal(d.truncated, true);
    assert.deepEqual([...d.goroutines].map(g => [g.id, g.cut]), [[1, false], [6, false], [7, false]]);
  });

  it('no cut: a word that is not the header\'s start, prose ending in `go`, `go` with no blank line above it, a whole dump', () => {
    for (const tail of ['\n\ngoo', '\n\nLet us go', '\n\nA month ago', '\n\ngo back', '\n\n```go', '\n\nG', '\ngo']) {
      const d = readAlike(WHOLE.trimEnd() + tail);
      assert.equal(d.truncated, false, JSON.stringify(tail));
      assert.deepEqual([...d.goroutines].map(g => g.cut), [false, false, false, false], JSON.stringify(tail));
    }
    assert.equal(readAlike(WHOLE).truncated, false);
  });
});
