// Run as a process of its own (raceLineRows.test.ts): wraps every row of the race report's table so
// that each line a row takes is checked against the row's `next`, then reads the real race reports of
// the fixtures and the crafted ones of `craftedRaceReports` on the byte path and on the text path. Prints
// every (row, state) pair taken with its count and every line that left another state than its row says.
import { readFileSync } from 'node:fs';
import { RACE_LINE_ROWS, RACE_STATES, READ_AGAIN, type RaceLineRow } from '../../../../src/core/goroutines/raceLineRows';
import { scanGoroutineDump } from '../../../../src/core/goroutines';
import { craftedRaceReports } from './reports';

const taken: Record<string, number> = {};
const wrong: string[] = [];
for (const row of RACE_LINE_ROWS as RaceLineRow[]) {
  const take = row.take.bind(row);
  (row as { take: RaceLineRow['take'] }).take = (report, match, lineNo) => {
    const from = RACE_STATES[report.state];
    take(report, match, lineNo);
    const left = RACE_STATES[report.state];
    const next = row.next[from];
    const pair = `${row.kind} | ${from}`;
    taken[pair] = (taken[pair] ?? 0) + 1;
    // A row that leaves the line to be read again must leave its state (else it would read it forever).
    if (next === READ_AGAIN ? left === from : left !== next) wrong.push(`${pair}: line ${lineNo} left ${left}, the row says ${next}`);
  };
}

const texts = [...process.argv.slice(2).map(file => readFileSync(file, 'utf8')), ...craftedRaceReports];
for (const text of texts) {
  const bytes = new TextEncoder().encode(text);
  scanGoroutineDump(bytes);
  scanGoroutineDump(bytes, { withoutShortcuts: true });
}
process.stdout.write(JSON.stringify({ taken, wrong }));
