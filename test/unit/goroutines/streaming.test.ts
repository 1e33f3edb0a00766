// The incremental scanner must give exactly what one call on the whole input gives, however the
// bytes are cut: lines, UTF-8 sequences and byte order marks split across pushes (tiny pushes send
// every line through the carry buffer).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GoroutineDumpAnalyzer, GoroutineDumpScanner, analyzeGoroutineDump, scanGoroutineDump } from '../../../src/core/goroutines';
import { CORPUS_DIR, DEMO_DIR } from './goldenSummary';

function pushInPieces(bytes: Uint8Array, pieceSize: number): GoroutineDumpScanner {
  const scanner = new GoroutineDumpScanner();
  // A reused buffer, as a file reader would pass: the scanner must copy what it keeps.
  const buffer = new Uint8Array(pieceSize);
  for (let at = 0; at < bytes.length; at += pieceSize) {
    const piece = bytes.subarray(at, at + pieceSize);
    buffer.set(piece);
    scanner.push(buffer.subarray(0, piece.length));
    buffer.fill(0x21);
  }
  return scanner;
}

const sameDump = (a: unknown, b: unknown) => assert.deepEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));

const FILES = [
  join(DEMO_DIR, 'demo_debug2.txt'), join(DEMO_DIR, 'demo_debug1.txt'), join(DEMO_DIR, 'demo_sigquit.txt'),
  ...readdirSync(CORPUS_DIR).filter(f => f.endsWith('.txt')).sort().slice(0, 12).map(f => join(CORPUS_DIR, f)),
];

describe('goroutines: incremental scanning', () => {
  for (const file of FILES) {
    it(`${file.split('/').pop()} in pieces of 1, 7, 100 and 4096 bytes`, () => {
      const bytes = new Uint8Array(readFileSync(file));
      const whole = scanGoroutineDump(bytes);
      for (const size of [1, 7, 100, 4096]) sameDump(pushInPieces(bytes, size).finish(), whole);
    });
  }

  it('handles a byte order mark, CRLF and multi-byte characters split across pushes', () => {
    const text = '\ufeffgoroutine 1 [chan send, 3 minutes]:\r\nmain.wörk(0xc000012345)\r\n\t/tmp/prøg/main.go:12 +0x1d\r\n' +
      'created by main.main in goroutine 1\r\n\t/tmp/prøg/main.go:8 +0x25\r\n\r\ngoroutine 2 [running]:\nmain.main()\n\t/x.go:1';
    const bytes = new TextEncoder().encode(text);
    const whole = scanGoroutineDump(text);
    assert.equal(whole.goroutines.length, 2);
    assert.equal(whole.goroutines.get(0).frames[0].func, 'main.wörk');
    assert.equal(whole.goroutines.get(0).frames[0].file, '/tmp/prøg/main.go');
    for (const size of [1, 2, 3, 5]) sameDump(pushInPieces(bytes, size).finish(), whole);
  });

  it('decodes UTF-16 input pushed in pieces', () => {
    const text = 'goroutine 7 [select]:\nmain.loop()\n\t/a.go:3 +0x1\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16[0] = 0xff; utf16[1] = 0xfe;
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    const dump = pushInPieces(utf16, 3).finish();
    assert.equal(dump.goroutines.length, 1);
    assert.equal(dump.goroutines.get(0).frames[0].file, '/a.go');
  });

  it('GoroutineDumpAnalyzer gives what analyzeGoroutineDump gives', () => {
    const bytes = new Uint8Array(readFileSync(join(DEMO_DIR, 'demo_debug2.txt')));
    for (const similarity of ['default', 'args'] as const) {
      const analyzer = new GoroutineDumpAnalyzer({ similarity });
      for (let at = 0; at < bytes.length; at += 1000) analyzer.push(bytes.subarray(at, at + 1000));
      sameDump(analyzer.finish(), analyzeGoroutineDump(bytes, { similarity }));
    }
  });

  it('treats a dump with fewer than 3 bytes, and an empty one, like the one-shot scan', () => {
    for (const text of ['', 'x', 'ab', '\n\n']) {
      sameDump(pushInPieces(new TextEncoder().encode(text), 1).finish(), scanGoroutineDump(text));
    }
  });
});
