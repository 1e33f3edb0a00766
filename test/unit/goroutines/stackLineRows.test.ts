// A line of any row of the four stack-line tables (headers, calls, `file:line`s, the other stack line
// kinds) is one test for the readers outside the stack states (stackLineRows.ts), and the byte path's
// gate is built on it: every row's example, whole and cut at every length, that a row reads must pass
// the gate, so a new row's lines are never skipped as junk on the bytes. A line cut at the text's
// end inside a header's gap or a location's end is told from the same rows.
import assert from 'node:assert/strict';
import { ByteScratch } from '../../../src/core/goroutines/byteScratch';
import { CALL_SHAPES, isWholeCallLine } from '../../../src/core/goroutines/callShapes';
import { HEADER_GAPS, HEADER_TAILS } from '../../../src/core/goroutines/headerShapes';
import { endsInLocationMarkCutShort, LOCATION_ENDS } from '../../../src/core/goroutines/locationEnds';
import { looksCutShort, parseHeaderCutInBracket } from '../../../src/core/goroutines/lineParsers';
import { STACK_LINE_KINDS } from '../../../src/core/goroutines/stackLineKinds';
import { isStackLineOfAnyRow, mayBeStackLineOfAnyRow } from '../../../src/core/goroutines/stackLineRows';

const encoder = new TextEncoder();
const scratch = new ByteScratch();

function gate(line: string): boolean {
  const bytes = encoder.encode(`\t${line}\n`);
  return mayBeStackLineOfAnyRow(bytes, 1, bytes.length - 1, scratch);
}

const examples: readonly { table: string; kind: string; example: string }[] = [
  ...CALL_SHAPES.map(row => ({ table: 'call', kind: row.kind, example: row.example })),
  ...LOCATION_ENDS.map(row => ({ table: 'file:line', kind: row.kind, example: row.example })),
  ...HEADER_GAPS.map(row => ({ table: 'header gap', kind: row.kind, example: row.example })),
  ...HEADER_TAILS.map(row => ({ table: 'header tail', kind: row.kind, example: row.example })),
  ...STACK_LINE_KINDS.map(row => ({ table: 'stack line kind', kind: row.kind, example: row.example })),
];

describe('goroutines: a stack line of any row, and the byte path\'s gate built on the rows', () => {
  it('every row\'s example is a stack line of a row and passes the gate', () => {
    for (const { table, kind, example } of examples) {
      assert.ok(isStackLineOfAnyRow(example, 0, example.length), `${table} ${kind}: ${example}`);
      assert.ok(gate(example), `${table} ${kind}: ${example}`);
    }
  });

  it('every example cut at every length passes the gate wherever a row reads what is left', () => {
    let read = 0;
    for (const { table, kind, example } of examples) {
      for (let end = 1; end < example.length; end++) {
        const cut = example.slice(0, end);
        if (!isStackLineOfAnyRow(cut, 0, cut.length)) continue;
        read++;
        assert.ok(gate(cut), `${table} ${kind} cut: ${JSON.stringify(cut)}`);
      }
    }
    assert.ok(read > examples.length, `${read} cuts read`);
  });

  it('the gate declines words that no row reads, and prose around a row\'s line', () => {
    for (const line of ['exit status 2', 'FAIL github.com/x/y 0.012s', 'see the log for more', 'created the file at last']) {
      assert.equal(isStackLineOfAnyRow(line, 0, line.length), false, line);
      assert.equal(gate(line), false, line);
    }
  });

  it('a whole call is the rows\' own say: the call row\'s example is one, a cut or bare call none', () => {
    for (const row of CALL_SHAPES) assert.equal(isWholeCallLine(row.example, 0, row.example.length), row.wholeCall, row.kind);
    assert.equal(isWholeCallLine('main.main()', 0, 11), true);
    assert.equal(isWholeCallLine('fmt.Println("x")', 0, 16), false);
  });
});

describe('goroutines: a line cut at the text\'s end, told from the rows', () => {
  it('a header cut anywhere after its id, in a gap row\'s words or its bracket, reads as cut short', () => {
    for (const row of HEADER_GAPS) {
      const idEnd = /^goroutine \d+/.exec(row.example)![0].length;
      for (let end = idEnd; end < row.example.length - 1; end++) {
        const cut = row.example.slice(0, end).trimEnd();
        assert.ok(looksCutShort(cut), `${row.kind}: ${JSON.stringify(cut)}`);
      }
      const bracketCut = row.example.slice(0, row.example.indexOf('[') + 5);
      assert.notEqual(parseHeaderCutInBracket(`msg="Stack: ${bracketCut}`), null, `${row.kind}: ${bracketCut}`);
    }
    for (const whole of ['goroutine 1 got [running]:', 'goroutine 1 [running]:']) assert.equal(looksCutShort(whole), false, whole);
    assert.equal(parseHeaderCutInBracket('goroutine 1 got [runn'), null);
  });

  it('a file:line cut inside a location end row\'s mark reads as cut short, and no whole example does', () => {
    for (const row of LOCATION_ENDS) {
      const at = row.example.indexOf(row.mark);
      for (let k = 1; k < row.mark.length; k++) {
        const cut = row.example.slice(0, at + k);
        if (cut.trimEnd() !== cut) continue;
        assert.ok(looksCutShort(cut), `${row.kind}: ${JSON.stringify(cut)}`);
      }
      assert.equal(endsInLocationMarkCutShort(row.example), false, row.example);
    }
  });
});
