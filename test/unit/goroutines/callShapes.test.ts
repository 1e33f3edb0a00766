// A call line's variants are one table (callShapes.ts): the text path tries its rows in order, the
// byte path reads the rows that have a match on the bytes. Every row's line must reach its own row,
// the byte match must say what the text match says, and a dump of every row's lines must read alike
// on the scanner's two paths.
import assert from 'node:assert/strict';
import { scanGoroutineDump } from '../../../src/core/goroutines';
import { CALL_SHAPES, callOpenParenOnBytes, isWholeCallLine, mayBeWholeCallLineBytes } from '../../../src/core/goroutines/callShapes';
import { plainJson as plain } from './readAlike';

const encoder = new TextEncoder();
describe('goroutines: a call line\'s variants, one table for both paths', () => {
  it('every row\'s example is its own row\'s line, no earlier row\'s', () => {
    CALL_SHAPES.forEach((row, i) => {
      const text = row.example;
      assert.notEqual(row.onText(text, 0, text.length), null, row.kind);
      for (const earlier of CALL_SHAPES.slice(0, i)) assert.equal(earlier.onText(text, 0, text.length), null, `${row.kind} read as ${earlier.kind}`);
    });
  });

  it('a line the bytes say cannot be a whole call is none on the text: every row\'s example cut at every length', () => {
    for (const row of CALL_SHAPES) {
      for (let end = 0; end <= row.example.length; end++) {
        const text = row.example.slice(0, end);
        if (!mayBeWholeCallLineBytes(encoder.encode(text), 0, end)) assert.equal(isWholeCallLine(text, 0, end), false, JSON.stringify(text));
      }
    }
  });

  it('the match on the bytes finds the arguments\' ( exactly where a row with a byte match finds it on the text, every example cut at every length and inside a longer text', () => {
    let found = 0;
    for (const row of CALL_SHAPES) {
      for (const [before, after] of [['', ''], ['\t', '\n\t/app/main.go:1 +0x1'], ['x(0x1)\n', ')']]) {
        const text = before + row.example + after;
        const bytes = encoder.encode(text);
        for (let end = before.length + 1; end <= before.length + row.example.length; end++) {
          const onBytes = callOpenParenOnBytes(bytes, before.length, end);
          const byteRow = CALL_SHAPES.find(r => r.onBytes !== undefined && r.onText(text, before.length, end) !== null);
          const onText = byteRow === undefined ? -1 : (byteRow.onText(text, before.length, end) as { funcEnd: number }).funcEnd;
          assert.equal(onBytes, onText, JSON.stringify(text.slice(before.length, end)));
          if (onBytes >= 0) found++;
        }
      }
    }
    assert.ok(found > 0);
  });

  it('a dump with every row\'s line as a frame reads alike on the byte path and the text path, a frame per row', () => {
    // A call beside its `file:line` stands alone; a `file:line` without its call is indented, as Go prints a location.
    const frame = (line: string, i: number): string => line.startsWith('/') ? `\t${line}\n` : line.includes('/') ? `${line}\n` : `${line}\n\t/app/main.go:${i + 1} +0x1d\n`;
    const dump = `goroutine 1 [running]:\n${CALL_SHAPES.map((row, i) => frame(row.example, i)).join('')}created by main.main\n\t/app/main.go:3 +0x1\n`;
    const bytes = encoder.encode(dump);
    const onBytes = plain(scanGoroutineDump(bytes, {})) as { goroutines: { frames: { func: string }[] }[] };
    assert.deepEqual(onBytes, plain(scanGoroutineDump(bytes, { withoutShortcuts: true })));
    assert.deepEqual(onBytes.goroutines[0].frames.map(f => f.func), ['main.(*server).serve', 'runtime.throw', 'main.(*T).F', 'main.main', '?']);
  });
});
