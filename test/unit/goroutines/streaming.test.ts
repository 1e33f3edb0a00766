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
  join(DEMO_DIR, 'demo_log_dumps.txt'), join(DEMO_DIR, 'demo_crash_running.txt'),
  // Read with its escaped line ends undone (escapedLineEnds.ts): escapes cut by a piece's end.
  join(DEMO_DIR, 'pasted', 'argocd_8711_backslash_line_ends_double_escaped_tabs.txt'),
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

  it('replays a goroutine whose body repeats the one before byte for byte, with its own lines', () => {
    // In one piece the scanner compares each body with the one before and replays it; pushed a
    // byte at a time it never can (a body is never within one push), so both must agree.
    const body = (arg: string, line: number) =>
      `runtime.chansend1(${arg}, 0xc00001ff58)\n\t/usr/lib/go/src/runtime/chan.go:145 +0x25\n` +
      `main.worker()\n\t/src/main.go:${line} +0x1d\ncreated by main.start in goroutine 1\n\t/src/main.go:9 +0x25\n\n`;
    const text = [
      `goroutine 10 [chan send, 5 minutes]:\n${body('0xc000010000', 20)}`,
      `goroutine 11 [chan send, 7 minutes]:\n${body('0xc000010000', 20)}`,
      `goroutine 12 [chan send]:\n${body('0xc000010000', 20)}`,
      // Same length, one byte different: read line by line.
      `goroutine 13 [chan send]:\n${body('0xc000010001', 20)}`,
      `goroutine 14 [chan send]:\n${body('0xc000010001', 20)}`,
      // A body with an elided frame is not replayed, nor remembered in place of the one before.
      `goroutine 15 [select]:\nmain.loop()\n\t/src/loop.go:4 +0x1\n...additional frames elided...\n\n`,
      `goroutine 16 [chan send]:\n${body('0xc000010001', 20)}`,
      `goroutine 17 [chan send]:\n${body('0xc000010001', 21)}`.replace(/\n/g, '\r\n'),
      `goroutine 18 [chan send]:\n${body('0xc000010001', 21)}`.replace(/\n/g, '\r\n'),
      // The last goroutine has no closing blank line.
      `goroutine 19 [chan send]:\n${body('0xc000010001', 21)}`.trimEnd(),
    ].join('');
    const bytes = new TextEncoder().encode(text);
    const whole = scanGoroutineDump(bytes);
    assert.deepEqual([...whole.goroutines].map(g => [g.id, g.lines.start, g.lines.end]), [
      [10, 1, 7], [11, 9, 15], [12, 17, 23], [13, 25, 31], [14, 33, 39], [15, 41, 44], [16, 46, 52], [17, 54, 60],
      [18, 62, 68], [19, 70, 76],
    ]);
    const eleven = whole.goroutines.get(1);
    assert.equal(eleven.waitMinutes, 7);
    assert.equal(eleven.frames[1].line, 20);
    assert.equal(eleven.createdBy?.func, 'main.start');
    assert.equal(eleven.creatorGoroutine, 1);
    assert.equal(eleven.waitOn?.address, '0xc000010000');
    assert.equal(whole.goroutines.get(4).waitOn?.address, '0xc000010001');
    assert.equal(whole.goroutines.get(8).frames[1].line, 21);
    for (const size of [1, 7, 100]) sameDump(pushInPieces(bytes, size).finish(), whole);
  });

  it('treats a dump with fewer than 3 bytes, and an empty one, like the one-shot scan', () => {
    for (const text of ['', 'x', 'ab', '\n\n']) {
      sameDump(pushInPieces(new TextEncoder().encode(text), 1).finish(), scanGoroutineDump(text));
    }
  });
});
