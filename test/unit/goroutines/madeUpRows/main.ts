// Run as a process of its own (madeUpRows.test.ts): adds made-up rows to the stack-line tables, a
// `file:line` variant, a call variant and a new kind of stack line, then reads a dump of them on the
// byte path and the text path and prints the reading. Nothing but the rows is added: the parsers,
// the gates and the scanner's two readers must take the new lines from the rows alone.
import './locationEnd';
import { CALL_SHAPES, type CallShapeRow } from '../../../../src/core/goroutines/callShapes';
import { STACK_LINE_KINDS, type StackLineKindRow } from '../../../../src/core/goroutines/stackLineKinds';
import { madeUpDump } from './dump';
import { plainJson, readAlike } from '../readAlike';

// A call whose arguments a tracer printed in brackets, without commas: `main.worker[0xc000010000 0x1]`.
const BRACKETED_ARGUMENTS = /^[a-z][\w./*()]*\[[0-9a-fx ]*\]$/;
(CALL_SHAPES as CallShapeRow[]).push({
  kind: 'call with bracketed arguments',
  example: 'main.worker[0xc000010000 0x1]',
  onText: (text, s, end) => BRACKETED_ARGUMENTS.test(text.slice(s, end)) ? text.indexOf('[', s) : null,
  wholeCall: true,
  take(scan, text, s, _end, open) {
    scan.setCall(scan.funcOf(text, s, open as number), '', false, false, null);
    scan.touch();
  },
} satisfies CallShapeRow<number>);

// A tracer's note where it hid frames: `--- 3 frames hidden ---`, read as Go's elided frames.
(STACK_LINE_KINDS as StackLineKindRow[]).push({
  kind: 'frames hidden',
  example: '--- 3 frames hidden ---',
  starts: '--- ',
  ends: ' frames hidden ---',
  onText: (text, s, end) => /^--- \d+ frames hidden ---$/.test(text.slice(s, end)) ? true : null,
  take(scan) {
    scan.markFramesElided();
    scan.touch();
    return true;
  },
});

process.stdout.write(JSON.stringify(plainJson(readAlike(madeUpDump))));
