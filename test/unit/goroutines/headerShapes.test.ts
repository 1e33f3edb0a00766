// A goroutine header's variants (what stands between its id and its bracket, what follows the
// bracket) are one table (headerShapes.ts) read by the header parser on the bytes and the one on the
// text: the byte parser takes only what the text parser reads the same way, and a dump of every
// row's headers reads alike on the scanner's two paths.
import assert from 'node:assert/strict';
import { scanGoroutineDump } from '../../../src/core/goroutines';
import { parsePlainHeaderBytes, type ByteHeader } from '../../../src/core/goroutines/byteLineParsers';
import { HEADER_GAPS, HEADER_TAILS } from '../../../src/core/goroutines/headerShapes';
import { parseHeaderLine } from '../../../src/core/goroutines/lineParsers';
import { plainJson as plain } from './readAlike';

const encoder = new TextEncoder();
const GOROUTINE = 'goroutine ';

/** Every row's example, and each gap row's gap with each tail row's tail (one header of every pair of variants). */
function headers(): string[] {
  const gapOf = (example: string): string => example.slice(GOROUTINE.length + 1, example.indexOf('['));
  const tailOf = (example: string): string => example.slice(example.indexOf(']') + 1);
  const pairs = HEADER_GAPS.flatMap(gap => HEADER_TAILS.map(tail => `goroutine 7${gapOf(gap.example)}[select, 2 minutes]${tailOf(tail.example)}`));
  return [...HEADER_GAPS.map(row => row.example), ...HEADER_TAILS.map(row => row.example), ...pairs];
}

describe('goroutines: a header\'s variants, one table for both parsers', () => {
  it('the text parser reads every row\'s example and every pair of a gap and a tail, its labels where a row carries them', () => {
    for (const header of headers()) {
      const parsed = parseHeaderLine(header, 0, header.length);
      assert.ok(parsed !== null, header);
      assert.equal(parsed.id, Number(/^goroutine (\d+)/.exec(header)![1]), header);
      assert.equal(parsed.labels !== null, header.includes('{'), header);
    }
  });

  it('the byte parser takes a header only as the text parser reads it, whole, cut at every length and inside a longer text', () => {
    let taken = 0;
    const variants = headers().flatMap(header => [header, `${header} `, header.replace(':', ''), header.replace(' [', '  [')]);
    for (const header of variants) {
      for (const [before, after] of [['', ''], ['\t', '\nmain.f()'], ['x\n', ' \n']]) {
        const text = before + header + after;
        const bytes = encoder.encode(text);
        const pos = before.length;
        for (let end = pos + GOROUTINE.length; end <= pos + header.length; end++) {
          const result: ByteHeader = { id: 0, idStart: 0, idEnd: 0, bracketStart: 0, bracketEnd: 0, labelsStart: 0, labelsEnd: 0 };
          if (!parsePlainHeaderBytes(bytes, pos + GOROUTINE.length, end, result)) continue;
          taken++;
          const parsed = parseHeaderLine(text, pos, end);
          const what = JSON.stringify(text.slice(pos, end));
          assert.ok(parsed !== null, what);
          assert.equal(result.id, parsed.id, what);
          assert.equal(result.labelsStart < 0 ? null : text.slice(result.labelsStart, result.labelsEnd), parsed.labelsText, what);
          assert.ok(parsed.state.length > 0 && text.slice(result.bracketStart, result.bracketEnd).startsWith(parsed.state), what);
        }
      }
    }
    assert.ok(taken > 0);
    // A header of a gap and a tail is taken on the bytes exactly when both rows have a test on the bytes.
    for (const gap of HEADER_GAPS) {
      for (const tail of HEADER_TAILS) {
        const header = `goroutine 7${gap.example.slice(GOROUTINE.length + 1, gap.example.indexOf('['))}[select]${tail.example.slice(tail.example.indexOf(']') + 1)}`;
        const result: ByteHeader = { id: 0, idStart: 0, idEnd: 0, bracketStart: 0, bracketEnd: 0, labelsStart: 0, labelsEnd: 0 };
        assert.equal(parsePlainHeaderBytes(encoder.encode(header), GOROUTINE.length, header.length, result), gap.onBytes !== undefined && tail.onBytes !== undefined, header);
      }
    }
  });

  it('a dump of every pair\'s headers reads alike on the byte path and the text path, one goroutine per header', () => {
    const all = headers();
    const dump = all.map((header, i) => `${header.replace(/^goroutine \d+/, `goroutine ${i + 1}`)}\nmain.f${i}(0x1)\n\t/app/main.go:${i + 1} +0x1d\n`).join('\n');
    const bytes = encoder.encode(dump);
    const onBytes = plain(scanGoroutineDump(bytes, {})) as { goroutines: { id: number; labels: unknown }[]; warnings: unknown[] };
    assert.deepEqual(onBytes, plain(scanGoroutineDump(bytes, { withoutShortcuts: true })));
    assert.deepEqual(onBytes.goroutines.map(g => g.id), all.map((_, i) => i + 1));
    assert.deepEqual(onBytes.goroutines.map(g => g.labels !== null), all.map(header => header.includes('{')));
  });
});
