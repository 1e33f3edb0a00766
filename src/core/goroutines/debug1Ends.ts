// Where a debug=1 goroutine profile's text was cut, told from the profile itself. runtime/pprof
// prints `goroutine profile: total N` with N the sum of its records' counts; every started
// goroutine's record ends in runtime.goexit's pc, the same in every record, and a record of a
// goroutine not started yet is that pc alone (`2 @ 0x460e61`, no `#` line: pprof prints one for
// every pc but goexit's); and a pc's `#` line names the same `file:line` wherever it is printed.
// So a last record `N @ 0x…` of one pc other than goexit's was cut in its header or before its
// `#` lines; a last `#` line whose pc another `#` line prints with a longer line number beginning
// with its digits was cut inside its number; and records counting fewer goroutines than the total
// were followed by records the text no longer holds. A record's last `#` line is the frame of the
// pc above goexit's (or of the last pc, when the runtime's 32 stopped the stack before goexit), one
// less than that return address: a last record whose last `#` line is another frame's was cut
// after that line.
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

/** A record's header's pcs after its `@`; a header of millions of them is never split whole. */
const PC = /^0x[0-9a-f]{1,16}$/;

/** The header's last `count` words after its `@`, last first, while they are pcs (fewer when it holds fewer). */
function lastPcs(header: string, count: number): string[] {
  const pcs: string[] = [];
  const at = header.indexOf(' @ ');
  let end = header.length;
  while (end > at + 3 && header.charCodeAt(end - 1) <= 0x20) end--;
  while (pcs.length < count && end > at + 3) {
    const space = header.lastIndexOf(' ', end - 1);
    const word = header.slice(space + 1, end);
    if (!PC.test(word)) break;
    pcs.push(word);
    end = space;
    while (end > at + 3 && header.charCodeAt(end - 1) === 0x20) end--;
  }
  return pcs;
}

/** Whether the header holds one pc alone after its `@`. */
function onePc(header: string): boolean {
  const at = header.indexOf(' @ ');
  return at >= 0 && PC.test(header.slice(at + 3).trim());
}

export class Debug1Ends {
  /** runtime.goexit's pc in the profile being read: the last pc of its first record of two pcs or more. */
  private goexitPc: string | null = null;
  /** The line number printed with each pc of a `#` line, the first time it was. */
  private readonly numberOfPc = new ContentKeyedMap<number>();
  /** The last `#` frame line read: its line, pc and printed line number. */
  private lastFrame: { readonly line: number; readonly pc: string; readonly number: number } | null = null;
  /** The return address whose frame the record being read prints last (see above), or null. */
  private lastReturnPc: string | null = null;
  /** The pc printed on the record's last `#` line naming a function, or null before any. */
  private lastFramePc: string | null = null;

  /** A new profile: its records, not the last one's, say what its goexit is. */
  beginProfile(): void {
    this.goexitPc = null;
    this.numberOfPc.clear();
    this.lastFrame = null;
  }

  /** The `N @ 0x…` line of a record begun. */
  noteRecordHeader(header: string): void {
    // The last two pcs, last first.
    const pcs = lastPcs(header, 2);
    if (this.goexitPc === null && pcs.length === 2) this.goexitPc = pcs[0];
    this.lastFramePc = null;
    this.lastReturnPc = pcs.length === 0 ? null : pcs.length === 2 && pcs[0] === this.goexitPc ? pcs[1] : pcs[0];
  }

  /** A `#` line at `line` printed `pc` with line number `number`. */
  noteFrameLine(line: number, pc: string, number: number): void {
    if (!this.numberOfPc.has(pc)) this.numberOfPc.set(pc, number);
    this.lastFrame = { line, pc, number };
    this.lastFramePc = pc;
  }

  /** The record being read printed frames, but its last `#` line is not the frame its header ends in: cut after that line. */
  frameLinesCut(): boolean {
    if (this.lastFramePc === null || this.lastReturnPc === null) return false;
    return BigInt(this.lastFramePc) !== BigInt(this.lastReturnPc) - 1n;
  }

  /** A record's header of a single pc that is not goexit's (which the profile's other records show): cut. */
  singlePcCut(header: string): boolean {
    return this.goexitPc !== null && onePc(header) && lastPcs(header, 1)[0] !== this.goexitPc;
  }

  /** The `#` line at `line` printed its pc's line number cut short: another printed it longer, with the same first digits. */
  numberCutAt(line: number): boolean {
    const last = this.lastFrame;
    if (last === null || last.line !== line) return false;
    const whole = this.numberOfPc.get(last.pc);
    return whole !== undefined && whole !== last.number && String(whole).startsWith(String(last.number));
  }
}
