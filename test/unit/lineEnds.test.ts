// One rule for where lines end (src/core/lineEnds.ts): LF, CRLF and a CR alone, in any mix; CRs
// right before an LF are that line end's. Strings and bytes in chunks agree.
import assert from 'node:assert/strict';
import { holdsBareCr, LfLineEnds, splitLines, TextLineEnds, withLfLineEndBytes, withLfLineEnds } from '../../src/core/lineEnds';

/** The rule as a regex (quadratic on long runs of CRs: for short texts only). */
const reference = (text: string): string[] => text.split(/\r*\n|\r/);

const TEXTS = ['', '\n', '\r', 'a', 'a\n', 'a\r', 'a\r\n', 'a\nb', 'a\rb', 'a\r\nb\r\n', '\r\r\n', 'a\r\r\nb', 'a\r\rb', 'a\rb\nc\r\nd',
  '\n\n\r\n', 'x\r\n\r\ny', '\r\n\r', 'a\r\r', '\n\r', 'progress 10%\rprogress 20%\rdone\n', 'é\r😀\r\n€'];

describe('lineEnds: LF, CRLF and CR alone end lines', () => {
  it('splitLines gives the lines of the rule', () => {
    for (const text of TEXTS) assert.deepEqual(splitLines(text), reference(text), JSON.stringify(text));
  });

  it('TextLineEnds reads a range of a string', () => {
    const text = '__a\rb\r\nc\nd__';
    const lines = new TextLineEnds(text, 2, text.length - 2);
    const got: string[] = [];
    while (lines.next()) got.push(text.slice(lines.start, lines.end));
    assert.deepEqual(got, ['a', 'b', 'c', 'd']);
  });

  it('holdsBareCr and withLfLineEnds', () => {
    for (const text of TEXTS) {
      assert.equal(holdsBareCr(text), reference(text).length !== text.split(/\r*\n/).length, JSON.stringify(text));
      assert.deepEqual(withLfLineEnds(text).split(/\r*\n/), reference(text), JSON.stringify(text));
      assert.equal(holdsBareCr(withLfLineEnds(text)), false);
    }
    const lfOnly = 'a\r\nb\n';
    assert.equal(withLfLineEnds(lfOnly), lfOnly, 'a text without a bare CR is itself');
  });

  it('bytes in chunks of every size read the same lines, a CRLF split between chunks one line end', () => {
    const encoder = new TextEncoder(), decoder = new TextDecoder();
    for (const text of [...TEXTS, TEXTS.join('\r'), TEXTS.join('\r\n'), TEXTS.join('\n')]) {
      const bytes = encoder.encode(text);
      // Lines as the scanner reads LF lines: a CR before the LF is dropped with it.
      const expected = reference(text);
      assert.deepEqual(decoder.decode(withLfLineEndBytes(bytes)).split(/\r*\n/), expected, JSON.stringify(text));
      for (let size = 1; size <= Math.max(1, bytes.length); size++) {
        const lineEnds = new LfLineEnds();
        const pieces: Uint8Array[] = [];
        for (let at = 0; at < bytes.length; at += size) pieces.push(lineEnds.rewrite(bytes.subarray(at, at + size)));
        pieces.push(lineEnds.flush());
        const joined = Buffer.concat(pieces);
        assert.ok(!/\r(?!\r*\n)/.test(joined.toString('latin1')), 'no CR is left that ends a line alone');
        assert.deepEqual(decoder.decode(joined).split(/\r*\n/), expected, `${JSON.stringify(text)} in chunks of ${size}`);
      }
    }
  });

  it('a chunk without a bare CR is passed on uncopied', () => {
    const chunk = new TextEncoder().encode('goroutine 1 [running]:\r\nmain.main()\n');
    const lineEnds = new LfLineEnds();
    const out = lineEnds.rewrite(chunk);
    assert.equal(out.buffer, chunk.buffer);
    assert.equal(out.length, chunk.length);
  });

  it('is linear on a million CRs and a million CRLFs', () => {
    for (const text of ['\r'.repeat(1_000_000) + 'x', '\r'.repeat(1_000_000) + '\n', 'a\r\n'.repeat(1_000_000)]) {
      const started = Date.now();
      const lines = splitLines(text).length;
      const bytes = withLfLineEndBytes(new TextEncoder().encode(text));
      assert.ok(lines >= 1 && bytes.length > 0);
      assert.ok(Date.now() - started < 20_000, `${Date.now() - started} ms`);
    }
    assert.equal(splitLines('\r'.repeat(1000) + 'x').length, 1001);
    assert.equal(splitLines('\r'.repeat(1000) + '\n').length, 2);
  });
});
