// What may follow a frame's `file:line` is one table (locationEnds.ts) read by the parser on the
// bytes and the parser on the text: every row's lines, whole, cut anywhere and inside other text,
// must read alike on both, and a dump of them alike on the scanner's two paths.
import assert from 'node:assert/strict';
import { scanGoroutineDump } from '../../../src/core/goroutines';
import { parseLocationBytes, type ByteLocation } from '../../../src/core/goroutines/byteLineParsers';
import { LOCATION_ENDS } from '../../../src/core/goroutines/locationEnds';
import { parseLocationLine } from '../../../src/core/goroutines/lineParsers';

const encoder = new TextEncoder();

/** Both parsers' reading of text[pos, end) (ASCII, so byte and character offsets are the same). */
function readBoth(text: string, pos: number, end: number): { bytes: unknown; text: unknown } {
  const result: ByteLocation = { pathEnd: 0, locationEnd: 0, line: 0 };
  const onBytes = parseLocationBytes(encoder.encode(text), pos, end, result) ? { ...result } : null;
  const onText = parseLocationLine(text, pos, end);
  return { bytes: onBytes, text: onText === null ? null : { ...onText } };
}

describe('goroutines: what follows a file:line, one table for both parsers', () => {
  it('every row\'s example ends its location at the row\'s mark, with its line number', () => {
    for (const row of LOCATION_ENDS) {
      const location = parseLocationLine(row.example, 0, row.example.length);
      assert.ok(location !== null, row.kind);
      const mark = row.example.indexOf(row.mark);
      assert.equal(location.locationEnd, mark, row.kind);
      const colon = row.example.lastIndexOf(':', mark);
      assert.equal(location.pathEnd, colon, row.kind);
      assert.equal(location.line, Number(row.example.slice(colon + 1, mark)), row.kind);
    }
  });

  it('a row\'s mark ends the location before a later row\'s: the rows are tried in order', () => {
    // Each row's suffix followed by every later row's: the earlier one ends the location.
    LOCATION_ENDS.forEach((row, i) => {
      for (const later of LOCATION_ENDS.slice(i + 1)) {
        const laterSuffix = later.example.slice(later.example.indexOf(later.mark));
        const line = row.example + laterSuffix;
        const location = parseLocationLine(line, 0, line.length);
        assert.equal(location?.locationEnd, row.example.indexOf(row.mark), `${row.kind} then ${later.kind}`);
      }
    });
  });

  it('both parsers read alike every row\'s line, cut at every length, indented inside a longer text, and mixed with the others\' suffixes', () => {
    let compared = 0;
    const lines = LOCATION_ENDS.flatMap(row => [row.example, ...LOCATION_ENDS.map(other => row.example + other.example.slice(other.example.indexOf(other.mark)))]);
    for (const line of lines) {
      for (const context of [['', ''], ['\t', '\n'], ['main.f(0x1)\n\t', ' \nmain.g()']]) {
        const text = context[0] + line + context[1];
        const pos = context[0].length;
        for (let end = pos; end <= pos + line.length; end++) {
          const both = readBoth(text, pos, end);
          assert.deepEqual(both.bytes, both.text, JSON.stringify(text.slice(pos, end)));
          compared++;
        }
      }
    }
    assert.ok(compared > 1000);
  });

  it('a dump whose frames end as each row says reads alike on the byte path and the text path, each frame with its line', () => {
    const frames = LOCATION_ENDS.map((row, i) => `main.f${i}(0x${i})\n\t${row.example}\n`).join('');
    const dump = `goroutine 1 [running]:\n${frames}created by main.main in goroutine 7\n\t/app/main.go:3 +0x1\n`;
    const bytes = encoder.encode(dump);
    const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_key, v: unknown) => typeof v === 'bigint' ? `${v}n` : v));
    const onBytes = plain(scanGoroutineDump(bytes, {})) as { goroutines: { frames: { line: number }[] }[] };
    assert.deepEqual(onBytes, plain(scanGoroutineDump(bytes, { withoutShortcuts: true })));
    assert.equal(onBytes.goroutines.length, 1);
    const lines = onBytes.goroutines[0].frames.map(frame => frame.line);
    assert.deepEqual(lines, LOCATION_ENDS.map(row => Number(/:(\d+)$/.exec(row.example.slice(0, row.example.indexOf(row.mark)))![1])));
  });
});
