// Run as a process of its own (raceLineRows.test.ts): adds a made-up kind of race-report line to the
// race report's rows (a call whose arguments a tracer printed in brackets), then reads a report of
// it on the byte path and on the text path and prints both readings and where the row read its
// lines. Nothing but the row is added: the builder's two paths must take the lines from the row alone.
import { RACE_LINE_ROWS, type RaceLineRow } from '../../../../src/core/goroutines/raceLineRows';
import { scanGoroutineDump } from '../../../../src/core/goroutines';
import { madeUpRaceReport } from './report';
import { plainJson } from '../readAlike';

const BRACKETED_CALL = /^[a-z][\w./*()]*\[[0-9a-fx ]*\]$/;
const ASCII = new TextDecoder();
const taken = { onText: 0, onBytes: 0 };

(RACE_LINE_ROWS as RaceLineRow[]).push({
  kind: 'a call with bracketed arguments',
  example: 'main.record[0xc000010000 0x1]',
  next: { header: 'call', frames: 'call', call: 'call' },
  onText(report, text, s, end) {
    if (!BRACKETED_CALL.test(text.slice(s, end))) return null;
    taken.onText++;
    return report.funcOfText(text, s, text.indexOf('[', s));
  },
  onBytes(report, bytes, s, end) {
    const line = ASCII.decode(bytes.subarray(s, end));
    if (!BRACKETED_CALL.test(line)) return null;
    taken.onBytes++;
    return report.funcOfBytes(bytes, s, s + line.indexOf('['));
  },
  take: (report, func, lineNo) => report.setCall(func as number, lineNo),
} satisfies RaceLineRow<number>);

const bytes = new TextEncoder().encode(madeUpRaceReport);
const onBytes = plainJson(scanGoroutineDump(bytes));
const byBytes = { ...taken };
taken.onText = taken.onBytes = 0;
const onText = plainJson(scanGoroutineDump(bytes, { withoutShortcuts: true }));
process.stdout.write(JSON.stringify({ onBytes, onText, byBytes, byText: { ...taken } }));
