// A text that can be read again (a file) is scanned at once while its order is voted on line by line
// (streamedOrderVote.ts): the vote is the one taken over the held sample, whatever the chunks, and
// the reading is the same as a scanner holding the sample gives; a text newest line first, or
// without a header to vote, asks to be read again.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { GoroutineDumpAnalyzer } from '../../../src/core/goroutines';
import { StreamedOrderVote } from '../../../src/core/goroutines/streamedOrderVote';
import { looksReversed, ORDER_SAMPLE_BYTES, splitLines } from '../../../src/core/goroutines/reversedDump';
import { nodeByteSearch } from '../../../src/node/byteSearch';

const FIXTURES = 'test/fixtures/goroutines';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function fixtures(): [string, Uint8Array][] {
  return filesUnder(FIXTURES).filter(p => !p.endsWith('.json') && !p.endsWith('.md'))
    .map(path => [path, path.endsWith('.gz') ? gunzipSync(readFileSync(path)) : readFileSync(path)]);
}

/** Cuts at pseudo-random places (a fixed seed), from single bytes to large pieces. */
function chunked(bytes: Uint8Array, seed: number, largest: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let state = seed;
  for (let at = 0; at < bytes.length;) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    const size = 1 + (state % largest);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

function streamedVote(chunks: Uint8Array[]): boolean | null {
  const vote = new StreamedOrderVote();
  for (const chunk of chunks) vote.push(chunk.subarray(0, Math.min(chunk.length, ORDER_SAMPLE_BYTES - vote.length)));
  return vote.readsForward();
}

const bytesOf = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map(p => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

function analyzed(chunks: Uint8Array[], rereadable: boolean): { json: string; needsRereading: boolean } {
  const analyzer = new GoroutineDumpAnalyzer({ byteSearch: nodeByteSearch, rereadable });
  for (const chunk of chunks) analyzer.push(chunk);
  const analysis = analyzer.finish();
  return { json: JSON.stringify({ groups: analysis.groups, dump: analysis.dump, waitTargets: analysis.waitTargets }), needsRereading: analyzer.needsRereading };
}

describe('the order voted on as the text streams past', () => {
  it('is the held sample\'s vote on every goroutine fixture, in chunks of any size', () => {
    let undecided = 0;
    let reversed = 0;
    const all = fixtures();
    for (const [path, bytes] of all) {
      const sample = bytes.subarray(0, ORDER_SAMPLE_BYTES);
      const held = looksReversed(splitLines(new TextDecoder().decode(sample)));
      for (const [seed, largest] of [[1, 1], [2, 7], [3, 300], [4, 1 << 16], [5, 1 << 22]]) {
        if (largest === 1 && bytes.length > 1 << 16) continue;
        const streamed = streamedVote(chunked(bytes, seed, largest));
        // Undecided (no header voted) asks for the text again: never a wrong answer.
        if (streamed !== null) assert.equal(!streamed, held, `${path}, chunks up to ${largest}`);
        if (largest === 300) { if (streamed === null) undecided++; else if (!streamed) reversed++; }
      }
    }
    assert.ok(reversed >= 5, `${reversed} newest line first`);
    // Pastes of a runtime stack alone or of a stack without its header have no header to vote: a share of the fixtures, not a count.
    assert.ok(undecided < all.length * 0.4, `${undecided} of ${all.length} without a header to vote`);
  });

  it('decides each line as the decoded text does', () => {
    const BOM = [0xef, 0xbb, 0xbf];
    const cases: [string, Uint8Array, boolean | null][] = [
      ['forward', bytesOf('goroutine 1 [running]:\nmain.main()\n\t/app/main.go:5 +0x1d\n'), true],
      ['reversed', bytesOf('main.worker(0x1)\ngoroutine 7 [chan receive]:\n'), false],
      ['a byte order mark before a time alone', bytesOf(BOM, '12:00:01\nmain.worker(0x1)\n12:00:02\ngoroutine 7 [chan receive]:\n'), false],
      ['no-break spaces after a call', bytesOf('main.worker(0x1)\u00a0\ngoroutine 7 [chan receive]:\n'), false],
      ['a tab before a time is content', bytesOf('main.worker(0x1)\n\t12:00\ngoroutine 7 [chan receive]:\n'), null],
      ['CRLF', bytesOf('goroutine 1 [running]:\r\nmain.main()\r\n'), true],
      ['invalid UTF-8 ending a call', bytesOf('main.worker(0x1)', [0xff], '\ngoroutine 7 [chan receive]:\n'), null],
      ['two headers in a row', bytesOf('goroutine 1 [running]:\ngoroutine 2 [running]:\nmain.main()\n'), true],
      ['no header', bytesOf('main.worker(0x1)\n\t/app/w.go:9\n'), null],
      ['UTF-16', bytesOf([0xff, 0xfe], 'g\u0000'), true],
      ['nothing', new Uint8Array(0), true],
    ];
    for (const [what, bytes, expected] of cases) {
      for (const largest of [1, 2, 5, 1000]) assert.equal(streamedVote(chunked(bytes, 9, largest)), expected, `${what}, chunks up to ${largest}`);
      if (expected !== null && bytes.length > 0 && !what.startsWith('UTF-16')) {
        assert.equal(!expected, looksReversed(splitLines(new TextDecoder().decode(bytes))), `${what}: the held vote`);
      }
    }
  });

  it('reads every fixture as the scanner holding its sample does, or asks for it again', () => {
    let again = 0;
    const all = fixtures();
    for (const [path, bytes] of all) {
      const chunks = chunked(bytes, 7, 1 << 12);
      const streamed = analyzed(chunks, true);
      const held = analyzed(chunks, false);
      assert.equal(held.needsRereading, false);
      if (streamed.needsRereading) { again++; continue; }
      assert.equal(streamed.json, held.json, path);
    }
    // Pastes without a goroutine header to vote on (a stack alone, a crash line, a prefix on every line) ask again:
    // never a wrong answer, only a second read of a file over 1 MiB; most fixtures decide.
    assert.ok(again > 10 && again < all.length / 2, `${again} of ${all.length} asked to be read again`);
  });

  it('asks for a text past its sample again as soon as the sample says newest line first', () => {
    const goroutine = (id: number) => `goroutine ${id} [chan receive]:\nmain.worker(0x${id.toString(16)})\n\t/app/w.go:9 +0x20\n\n`;
    const reversedLines = (text: string) => text.split('\n').reverse().join('\n');
    const parts: string[] = [];
    for (let id = 1, length = 0; length < 2 * ORDER_SAMPLE_BYTES; id++) { parts.push(goroutine(id)); length += parts[parts.length - 1].length; }
    const forward = Buffer.from(parts.join(''));
    const backward = Buffer.from(reversedLines(parts.join('')));
    let pushed = 0;
    const analyzer = new GoroutineDumpAnalyzer({ rereadable: true });
    for (const chunk of chunked(backward, 3, 1 << 18)) {
      if (analyzer.needsRereading) break;
      analyzer.push(chunk);
      pushed += chunk.length;
    }
    assert.equal(analyzer.needsRereading, true);
    assert.ok(pushed < ORDER_SAMPLE_BYTES + (1 << 18), `${pushed} bytes pushed`);
    const streamed = analyzed(chunked(forward, 3, 1 << 18), true);
    assert.equal(streamed.needsRereading, false);
    assert.equal(streamed.json, analyzed(chunked(forward, 3, 1 << 18), false).json);
  });
});
