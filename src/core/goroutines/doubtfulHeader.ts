// A goroutine header put in doubt by the line under it: text that is none of a stack's lines (a
// note on the header, or junk in which a sliver reads like a header by chance). The line after
// that one settles it: a stack's line says the text was a note; anything else, or the section's
// end, that the header was no goroutine's, and the goroutine begun at it is dropped. The headers
// dropped are counted for one warning at the end of the text.

import type { OpenGoroutine } from './goroutineBuilder';
import type { WarningLog } from './warningLog';
import { indexInLine, isElidedMarker, parseLocationLine, startsCreatedBy } from './lineParsers';
import { isWholeCallLine } from './callShapes';

/** What a doubtful header asks of the scanner. */
export interface DoubtfulHeaderScanner {
  /** The goroutine being read, or null. */
  readonly goroutine: OpenGoroutine | null;
  /** The goroutine being read is dropped: no stack followed its header. */
  dropGoroutine(): void;
}

export class DoubtfulHeader {
  /**
   * The line after a goroutine's header was none of a stack's, nor a blank line or another header:
   * unless that line is the text's last and cut short, the header is no goroutine.
   */
  inDoubt = false;
  /** Lines read as goroutine headers that no stack followed: not goroutines. */
  private dropped = 0;
  private firstDroppedLine = 0;

  constructor(private readonly scan: DoubtfulHeaderScanner) {}

  /** The line after the one skipped right under the header, text[s, end): it keeps the goroutine or drops it. */
  settle(text: string, s: number, end: number): void {
    this.inDoubt = false;
    const location = parseLocationLine(text, s, end);
    const path = location !== null && indexInLine(text, ' ', s, location.pathEnd) < 0;
    if (s < end && this.scan.goroutine !== null && (isWholeCallLine(text, s, end) || path || startsCreatedBy(text, s) ||
      isElidedMarker(text, s, end) || (text.startsWith('goroutine ', s) && text.endsWith('stack unavailable', end)))) return;
    this.drop();
  }

  /** Where a section ends or the text does: a header still in doubt was no goroutine's. */
  dropIfInDoubt(): void {
    if (!this.inDoubt) return;
    this.inDoubt = false;
    this.drop();
  }

  /** The goroutine being read had a header but no stack: it is dropped and counted. */
  drop(): void {
    const g = this.scan.goroutine;
    if (g === null) return;
    if (this.dropped++ === 0) this.firstDroppedLine = g.startLine;
    this.scan.dropGoroutine();
  }

  /** At the text's end: one warning for the headers dropped, past the warning cap. */
  warnDropped(log: WarningLog): void {
    const n = this.dropped;
    if (n === 0) return;
    const first = this.firstDroppedLine;
    // Past the cap: junk gives thousands of skipped-line warnings, and this one says why there are no goroutines.
    log.always(first, `${n === 1 ? `line ${first} reads` : `${n} lines read`} like a goroutine header ` +
      `but no stack follows${n === 1 ? '' : ` (the first at line ${first})`}: not counted as ${n === 1 ? 'a goroutine' : 'goroutines'}`);
  }
}
