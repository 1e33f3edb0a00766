// A blank line inside a race report's access section, with no section header under it (a paster who left
// frames out there, as in trustwallet/blockatlas#769): the race detector prints none there, so the calls
// under it are more of that access, not text. Go-made reports (scripts/go/racegen, Go 1.19) with a blank
// line put in, on both paths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump } from '../../../src/core/goroutines';

const fixture = (name: string) => readFileSync(`test/fixtures/goroutines/${name}`, 'utf8');

function reading(input: string | Uint8Array): unknown {
  const a = analyzeGoroutineDump(input);
  return [
    [...a.dump.goroutines].map(g => [g.id, g.state, g.cut, g.frames.map(f => `${f.func}@${f.line}`), g.createdBy?.func ?? null]),
    // The warnings' line numbers move with the lines put in.
    a.dump.truncated, a.dump.crash?.message, a.dump.warnings.map(w => w.message.replace(/\d+/g, 'N')),
  ];
}

function bothPaths(text: string): unknown {
  const read = reading(text);
  assert.deepEqual(reading(new TextEncoder().encode(text)), read);
  return read;
}

/** The text with `lines` put in before its line at index `at` (0-based). */
function withLinesAt(text: string, at: number, ...lines: string[]): string {
  const all = text.split('\n');
  return [...all.slice(0, at), ...lines, ...all.slice(at)].join('\n');
}

/** The text with a blank line put in before its `line`th line (1-based). */
const blankBefore = (text: string, line: number) => withLinesAt(text, line - 1, '');

describe('goroutines: a blank line inside a race report\'s access', () => {
  it('the calls under it are more of that access: the report reads as Go printed it', () => {
    const text = fixture('race_then_panic.txt');
    // Before the read access's second and third calls (lines 6 and 8).
    for (const line of [6, 8]) assert.deepEqual(bothPaths(blankBefore(text, line)), bothPaths(text), `blank before line ${line}`);
    // Two of them.
    const twice = blankBefore(blankBefore(text, 8), 6);
    assert.deepEqual(bothPaths(twice), bothPaths(text));
  });

  it('the pre-Go-1.6 form too, and a report cut in a path after such a blank line is cut in that access', () => {
    const text = fixture('race_pre_go16.txt');
    const lines = text.split('\n');
    const call = lines.findIndex((l, i) => i > 0 && /^ {2}\S+\(\)$/.test(l) && /^ {2}\S+\(\)$/.test(lines[i - 2] ?? '') && /^ {6}\//.test(lines[i - 1]));
    assert.ok(call > 0);
    assert.deepEqual(bothPaths(blankBefore(text, call + 1)), bothPaths(text));
    // Cut inside the `file:line` of the call under the blank line.
    const cut = blankBefore(text, call + 1).split('\n').slice(0, call + 2).join('\n') + '\n' + lines[call + 1].slice(0, 20);
    const [goroutines, truncated] = bothPaths(cut) as [[unknown, string, boolean, string[]][], boolean];
    assert.equal(truncated, true);
    const last = goroutines.at(-1)!;
    assert.equal(last[2], true);
    assert.equal(last[3].at(-1)?.split('@')[0], lines[call].trim().slice(0, -2));
  });

  it('a run of blank lines too; the paster\'s words after the blank line stop it: the calls after them are text', () => {
    const text = fixture('race_then_panic.txt');
    const withWords = withLinesAt(text, 5, '', 'and further down:');
    const [goroutines] = bothPaths(withWords) as [[unknown, string, boolean, string[]][]];
    assert.deepEqual(goroutines[0][3], ['main.(*stats).record@18']);
    const twoBlanks = withLinesAt(text, 5, '', '');
    assert.deepEqual(bothPaths(twoBlanks), bothPaths(text));
  });
});
