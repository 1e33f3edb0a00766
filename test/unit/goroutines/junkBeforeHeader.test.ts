// Junk right before a goroutine header is looked at for a crash or recovery line to hold only when a
// line the header may take stands close enough (heldCrashLines.ts atHeader): a recovery line over a
// running goroutine, a crash line or a runtime error's value over any, within the lines Go prints
// between, or further up over PowerShell's error record. Junk in which slivers read like headers
// (a header every few dozen lines, a panic word and a colon on most lines) is read as before, on both
// paths, pushed whole and in pieces, and the junk over a header it cannot feed is not decoded at all.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GoroutineInputStream } from '../../../src/core/input';
import { nodeByteSearch } from '../../../src/node/byteSearch';
import { countingMatches } from './countingMatches';
import { plainJson, readAlike } from './readAlike';

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const fixture = (name: string): string => readFileSync(`test/fixtures/goroutines/${name}.txt`, 'utf8');
const stackOf = (text: string): string => text.slice(text.indexOf('goroutine '));
const POWERSHELL = fixture('powershell_native_command_error_deadlock').replaceAll('\r\n', '\n');
/** The native command's crash line and PowerShell's record under it, as the real run printed them. */
const RECORD = POWERSHELL.slice(POWERSHELL.indexOf('dl.exe : '), POWERSHELL.indexOf('goroutine ')).trimEnd();

/** Real Go output that confirms a held line (the chi report's running goroutine, a native command's crash) and dumps that confirm none. */
const DUMPS = [
  fixture('recovery_report_chi'), stackOf(fixture('recovery_report_chi')), stackOf(fixture('recovery_report_chi')).replace('[running]', '[chan send]'),
  stackOf(POWERSHELL), stackOf(fixture('go119_channels_debug2')),
];

/** Lines a header may take: recovery lines, crash lines behind text, a runtime error's value. */
const HELD_STARTS = [
  'Panic: send on closed channel', 'caught panic: boom', 'app: panic: boom', 'worker 3 fatal error: all goroutines are asleep - deadlock!',
  'runtime error: index out of range [3] with length 2', 'http: panic serving 10.0.0.1:1234: boom',
];
/** The hostile bench's words (test/hostile/make-hostile.ts junkLines): a panic word and a colon on most lines. */
const JUNK_WORDS = ['the', 'goroutine', 'request', 'failed', '[chan', 'send]:', 'retry', 'at', '0x1f', 'panic', 'main.go:12', '{', '}', 'ok', 'At', 'error:'];
const HEADERS = ['goroutine 7 [running]:', 'goroutine 8 [chan send]:', 'goroutine 9 [select]:'];

function junkLine(next: () => number): string {
  const n = 1 + Math.floor(next() * 8);
  return Array.from({ length: n }, () => JUNK_WORDS[Math.floor(next() * JUNK_WORDS.length)]).join(' ');
}

/** The dump read from `text` pushed in pieces of `piece` bytes, as the analysis worker pushes a file. */
function readPushed(text: Uint8Array, piece: number): unknown {
  const stream = new GoroutineInputStream({ byteSearch: nodeByteSearch });
  for (let at = 0; at < text.length; at += piece) stream.push(text.subarray(at, at + piece));
  return stream.finish().dump;
}

describe('goroutines: junk right before a header', function () {
  this.timeout(300_000);

  it('reads alike pushed whole and in pieces (most lines then read one by one): held lines 0–20 lines over headers of every state, in junk full of headers', () => {
    const next = random(41);
    let crashes = 0;
    for (let round = 0; round < 300; round++) {
      const lines: string[] = [];
      for (let piece = 0; piece < 6; piece++) {
        const before = Math.floor(next() * 12);
        for (let i = 0; i < before; i++) lines.push(junkLine(next));
        if (next() < 0.6) lines.push(HELD_STARTS[Math.floor(next() * HELD_STARTS.length)]);
        const after = Math.floor(next() * (next() < 0.5 ? 6 : 21));
        for (let i = 0; i < after; i++) lines.push(junkLine(next));
        // A sliver that reads like a header, as junk holds them, or a dump that confirms what is held.
        lines.push(next() < 0.7 ? HEADERS[Math.floor(next() * HEADERS.length)] : DUMPS[Math.floor(next() * DUMPS.length)]);
      }
      const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
      const dump = readPushed(bytes, bytes.length) as { crash: unknown };
      assert.deepEqual(plainJson(readPushed(bytes, 16 + Math.floor(next() * 48))), plainJson(dump), lines.join('\n'));
      if (dump.crash !== null) crashes++;
    }
    // Held lines were taken at a header in a share of the rounds: the tests above compared readings that found one.
    assert.ok(crashes > 30, `${crashes} of 300 texts read a crash line`);
  });

  it('a recovery line right over a running header is still its crash line, over a waiting one no crash; a crash line behind text over either', () => {
    const junk = Array.from({ length: 30 }, (_, i) => ['the request failed', 'retry panic send]: ok', 'at the request', 'panic main.go:12 ok'][i % 4]);
    const stack = stackOf(fixture('recovery_report_chi'));
    for (const [held, state, message] of [
      ['Panic: send on closed channel', 'running', 'Panic: send on closed channel'],
      ['Panic: send on closed channel', 'chan send', null],
      ['worker 3 fatal error: all goroutines are asleep - deadlock!', 'chan send', 'fatal error: all goroutines are asleep - deadlock!'],
    ] as const) {
      const text = `${junk.join('\n')}\n${held}\n${stack.replace('[running]', `[${state}]`)}`;
      assert.equal(readAlike(text).crash?.message ?? null, message, `${held} over [${state}]`);
    }
  });

  it('a native command\'s crash line over PowerShell\'s record, junk and a header 0–20 lines under it: read alike pushed whole and in pieces', () => {
    const next = random(5);
    for (let n = 0; n <= 20; n++) {
      for (const header of [...HEADERS, stackOf(POWERSHELL)]) {
        const junk = Array.from({ length: n }, () => junkLine(next));
        const text = `${junkLine(next)}\n${RECORD}\n${junk.join('\n')}${n > 0 ? '\n' : ''}${header}\n`;
        const bytes = new TextEncoder().encode(text);
        assert.deepEqual(plainJson(readPushed(bytes, 16 + n)), plainJson(readPushed(bytes, bytes.length)), text);
      }
    }
    // Right under the record, the dump's header takes the crash line.
    assert.equal(readAlike(`${RECORD}\n${stackOf(POWERSHELL)}`).crash?.message, 'fatal error: all goroutines are asleep - deadlock!');
  });

  it('junk over 2,000 headers in waiting states, no crash word near any, is not matched for what it may hold', () => {
    // Every junk line holds a panic word and a colon (a recovery line's start to the byte path): each
    // header made the junk before it be decoded and matched line by line, ~7 matches a line.
    const lines: string[] = [];
    for (let h = 0; h < 2000; h++) {
      for (let i = 0; i < 12; i++) lines.push(`retry panic send]: ok ${i}`);
      lines.push(`the request failed ${h}`, `goroutine ${h + 1} [${h % 2 === 0 ? 'chan send' : 'select'}]:`);
    }
    const text = new TextEncoder().encode(lines.join('\n') + '\n');
    const { result, matches } = countingMatches(() => readPushed(text, text.length) as { goroutines: unknown[] });
    // The last header, at the text's end, may be a dump cut there: no other is read.
    assert.ok(result.goroutines.length <= 1, `${result.goroutines.length} goroutines`);
    // The headers and the lines under them take ~35 matches each (~70,000); the junk's look-back took as many again.
    assert.ok(matches < 90_000, `${matches} pattern matches for 2,000 headers`);
  });
});
