// The race report's table (raceLineRows.ts) is what reads its lines. Its `next` states are checked on
// every line a row takes (real reports of the fixtures and crafted ones, both paths: raceLineRows/main.ts),
// and every (state, line kind) pair of the table is reached. A made-up kind of line added as one row,
// with no other edit, is read by the byte path and the text path alike (madeUpRaceRow/main.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanGoroutineDump } from '../../../src/core/goroutines';
import { RACE_LINE_ROWS } from '../../../src/core/goroutines/raceLineRows';
import { MADE_UP_LINES, madeUpRaceReport } from './madeUpRaceRow/report';
import { plainJson } from './readAlike';

const FIXTURES = 'test/fixtures/goroutines';

/**
 * The fixtures that hold a race report, in every folder under FIXTURES; not a report a page flattened
 * onto one line (flattenedRace.ts): its pieces are taken on one line, and the states are told by lines.
 */
function raceFixtures(): string[] {
  return readdirSync(FIXTURES, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && entry.name.endsWith('.txt'))
    .map(entry => join(entry.parentPath, entry.name))
    .filter(file => {
      const text = readFileSync(file, 'latin1');
      return text.includes('WARNING: DATA RACE') && !/WARNING: DATA RACE (?:Read|Write|Atomic|Previous) /.test(text);
    });
}

function runChild<T>(main: string, args: string[] = []): T {
  const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', join(__dirname, main), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout) as T;
}

interface Goroutines {
  goroutines: { id: number; state: string; frames: { func: string; line: number }[] }[];
}

describe('goroutines: the race report\'s lines and states, one table', () => {
  it('each line a row takes leaves the state the row says, and every (state, line kind) of the table is reached', () => {
    const fixtures = raceFixtures();
    assert.ok(fixtures.length >= 20, `race fixtures found: ${fixtures.length}`);
    const { taken, wrong } = runChild<{ taken: Record<string, number>; wrong: string[] }>('raceLineRows/main.ts', fixtures);
    assert.deepEqual(wrong, []);
    const pairs = RACE_LINE_ROWS.flatMap(row => Object.keys(row.next).map(state => `${row.kind} | ${state}`));
    assert.deepEqual(pairs.filter(pair => taken[pair] === undefined), []);
    assert.deepEqual(Object.keys(taken).filter(pair => !pairs.includes(pair)), []);
  });

  it('a made-up kind of line, one row, is read on the bytes and on the text alike', () => {
    const { onBytes, onText, byBytes, byText } = runChild<{ onBytes: Goroutines; onText: Goroutines; byBytes: Record<string, number>; byText: Record<string, number> }>('madeUpRaceRow/main.ts');
    assert.deepEqual(onBytes, onText);
    // The byte path took every such line itself, the text path (without the shortcuts) on the text.
    assert.deepEqual(byBytes, { onText: 0, onBytes: MADE_UP_LINES });
    assert.deepEqual(byText, { onText: MADE_UP_LINES, onBytes: 0 });
    assert.deepEqual(onBytes.goroutines.map(g => [g.id, g.state, g.frames.map(f => `${f.func}:${f.line}`)]), [
      [7, 'data race (read)', ['main.record:18', 'main.worker:25']],
      [1, 'data race (previous write)', ['main.flush:0', 'main.record:19', 'main.main:40']],
    ]);
  });

  it('without the row the same report loses those lines (the row is what reads them)', () => {
    const dump = plainJson(scanGoroutineDump(new TextEncoder().encode(madeUpRaceReport))) as Goroutines;
    assert.deepEqual(dump.goroutines.map(g => g.frames.map(f => f.func)), [[], ['main.flush', 'main.main']]);
  });
});
