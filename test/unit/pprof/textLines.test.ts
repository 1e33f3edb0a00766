// Legacy text profiles are read a line at a time: the lines must be splitLines' (lineEnds.ts: LF,
// CRLF and a CR alone each end a line; CRs before an LF are that line end's).
import assert from 'node:assert/strict';
import { TextLines } from '../../../src/core/pprof/textLines';

function all(text: string): string[] {
  const lines = new TextLines(text);
  return [...lines.rest()];
}

describe('pprof: TextLines', () => {
  it('gives the lines text.split(/\\r*\\n|\\r/) gives', () => {
    for (const text of ['', '\n', 'a', 'a\n', 'a\nb', 'a\r\nb\r\n', 'a\r', '\r', '\r\r\n', 'a\rb\nc', '\n\n\r\n', 'x\r\n\r\ny', 'a\r\rb']) {
      assert.deepEqual(all(text), text.split(/\r*\n|\r/), JSON.stringify(text));
    }
  });

  it('counts lines and reads one again after a rewind', () => {
    const lines = new TextLines('h\nk=1\nsample\n');
    assert.equal(lines.next(), 'h');
    const at = lines.position();
    assert.equal(lines.next(), 'k=1');
    assert.equal(lines.index, 2);
    lines.rewind(at);
    assert.equal(lines.index, 1);
    assert.deepEqual([...lines.rest()], ['k=1', 'sample', '']);
    lines.rewind(at);
    assert.deepEqual([...lines.rest()], ['k=1', 'sample', ''], 'read again after the lines were read to the end');
    assert.equal(lines.next(), undefined);
  });
});
