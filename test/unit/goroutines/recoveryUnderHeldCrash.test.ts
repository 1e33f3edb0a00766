// A recovery line (chi's `Panic: <value>`) right over a running goroutine's header, under a crash line
// held behind other text that the header can no longer take: PowerShell's record of a native
// command's crash (its `+ CategoryInfo … (fatal error: …)` line holds a crash line behind text), or a
// log line that holds one. Go prints no such line between a crash line and its dump, so the held line
// is let go and the recovery line is the crash, as it is without the lines above; the byte path (which
// looks at junk's last lines only) and the text path read it alike, with 0 to 20 lines between.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readAlike } from './readAlike';

const fixture = (name: string): string => readFileSync(`test/fixtures/goroutines/${name}.txt`, 'utf8');
const CHI = fixture('recovery_report_chi');
const POWERSHELL = fixture('powershell_native_command_error_deadlock').replaceAll('\r\n', '\n');
/** The native command's crash line and PowerShell's record under it, as the real run printed them. */
const RECORD = POWERSHELL.slice(POWERSHELL.indexOf('dl.exe : '), POWERSHELL.indexOf('goroutine ')).trimEnd();
const RECORD_END = RECORD.split('\n').slice(-2).join('\n');
const JUNK = ['at the at at panic { main.go:12', '{ } error: panic goroutine the', 'goroutine panic failed error: request the', 'retry ok'];

describe('goroutines: a recovery line under a held crash line the header cannot take', () => {
  for (const [what, above] of [
    ['PowerShell\'s record, whole', RECORD], ['the record\'s last two lines', RECORD_END],
    ['a log line holding a crash line behind text', 'worker 3 fatal error: all goroutines are asleep - deadlock!'],
  ] as const) {
    it(`${what}, then 0 to 20 lines: the recovery line is the crash, on both paths`, () => {
      for (let n = 0; n <= 20; n++) {
        const junk = Array.from({ length: n }, (_, i) => JUNK[i % JUNK.length]);
        const d = readAlike([above, ...junk, CHI].join('\n'));
        assert.equal(d.crash?.message, 'Panic: send on closed channel', `${n} lines`);
        assert.deepEqual([...d.goroutines].map(g => [g.id, g.cut]), [[18, false]]);
      }
    });
  }

  it('over a goroutine not running, or whose stack shows no panic, no crash: the held line and the recovery line skipped alike', () => {
    for (const dump of [CHI.replace('[running]', '[chan send]'), CHI.replace(/panic\(\{[^\n]*\n[^\n]*\n/, '')]) {
      for (const above of [RECORD, RECORD_END]) {
        const d = readAlike(`${above}\n${JUNK[0]}\n${dump}`);
        assert.equal(d.crash, null);
      }
    }
  });
});
