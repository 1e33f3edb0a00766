// The CLI's long outputs (traces, raw) go out in pieces: where the output takes bytes, each text
// is encoded into the piece as it comes. The bytes must be those the text output writes (a
// profile's bytes that were not UTF-8 written back, a character never cut between two pieces),
// every piece within its size, and a piece written waits for the output to take it.
import assert from 'node:assert/strict';
import { encodeEscapedBytes } from '../../../src/core/byteEscapes';
import { pieceOutput } from '../../../src/cli/pieceOutput';

/** Texts of every width of character, escaped bytes, lone surrogates, and one longer than many pieces. */
const TEXTS = ['main.main\n', 'caf\u00e9.Serve', '\ud83d\ude80.launch', 'caf\udce9 \udc80', 'lone \ud800 high', '\u20ac'.repeat(50), 'x'.repeat(1000), '', '\n'];

async function written(pieceBytes: number): Promise<{ bytes: Uint8Array; pieces: Uint8Array[]; drains: number }> {
  const pieces: Uint8Array[] = [];
  let drains = 0;
  const output = pieceOutput({ out: () => assert.fail('text written where the output takes bytes'), outBytes: b => { pieces.push(b.slice()); }, err: () => undefined, drained: async () => { drains++; } }, pieceBytes);
  for (const text of TEXTS) await output.add(text);
  output.finish();
  return { bytes: Buffer.concat(pieces), pieces, drains };
}

describe('the CLI\'s output in pieces of bytes', () => {
  for (const pieceBytes of [4, 5, 7, 64, 1 << 20]) {
    it(`pieces of ${pieceBytes} bytes: the text's bytes, each piece within its size, every piece waited for`, async () => {
      const { bytes, pieces, drains } = await written(pieceBytes);
      assert.deepEqual(bytes, Buffer.concat(TEXTS.map(encodeEscapedBytes)));
      for (const p of pieces) assert.ok(p.length > 0 && p.length <= pieceBytes, `a piece of ${p.length} bytes`);
      // Each piece but the last is whole except where the next character did not fit.
      for (const p of pieces.slice(0, -1)) assert.ok(p.length > pieceBytes - 4, `a piece of ${p.length} bytes before another`);
      assert.ok(drains >= 1 || pieces.length === 1);
      assert.ok(drains <= pieces.length);
    });
  }

  it('the text output, where the output takes no bytes, writes the same texts', async () => {
    let text = '';
    const output = pieceOutput({ out: t => { text += t; }, err: () => undefined }, 16);
    for (const t of TEXTS) await output.add(t);
    output.finish();
    assert.equal(text, TEXTS.join(''));
  });
});
