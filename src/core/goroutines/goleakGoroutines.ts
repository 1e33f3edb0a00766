// goleak's report of goroutines still running after a test (goleakReport.ts parses its lines):
// each goroutine opens with goleak's own line, which goleak before 1.3 follows with Go's header of
// the same goroutine and later versions do not. This holds goleak's line until the next line says
// which, and whether a list of goleak's is open (its `]` closes it).

import type { GoleakGoroutine } from './goleakReport';
import { goleakHeader } from './goleakReport';
import { parseHeaderLine, type HeaderLine } from './lineParsers';

/** What goleak's goroutines ask of the scanner. */
export interface GoleakScanner {
  readonly lineNo: number;
  beginSection(): void;
  endSection(): void;
  /** The section being read ends at this line. */
  touch(): void;
  /** Begins the goroutine of `header`, read at goleak's `line`; `ownHeader`: Go's header of it is this line (behind the prefix when `prefixMatched`). */
  beginLeakedGoroutine(header: HeaderLine, line: number, ownHeader: boolean, prefixMatched: boolean): void;
}

export class GoleakGoroutines {
  /** goleak's line that opened a goroutine, until the next line says whether Go's header follows it. */
  held: { readonly goroutine: GoleakGoroutine; readonly line: number } | null = null;
  /** Inside goleak's list of goroutines, up to its `]`. */
  private inList = false;

  constructor(private readonly scan: GoleakScanner) {}

  /** goleak's line of a goroutine: held for the next line to tell. */
  open(goroutine: GoleakGoroutine): void {
    this.scan.beginSection();
    this.held = { goroutine, line: this.scan.lineNo };
    this.inList = true;
    this.scan.touch();
  }

  /** The `]` under goleak's last goroutine: true when a list of goleak's was open (it ends). */
  listEnd(): boolean {
    if (!this.inList) return false;
    this.inList = false;
    this.scan.endSection();
    return true;
  }

  /**
   * The line after goleak's: Go's header of the same goroutine (goleak < 1.3) begins it, marked as
   * a leak, and true; else the goroutine begins at goleak's line with the header Go would have
   * printed, and false: this line is its stack's first.
   */
  headerLine(text: string, s: number, end: number, prefixMatched: boolean): boolean {
    const own = parseHeaderLine(text, s, end);
    if (own === null || own.id !== this.held!.goroutine.id) { this.beginHeld(); return false; }
    const held = this.held!;
    this.held = null;
    this.scan.beginLeakedGoroutine(own, held.line, true, prefixMatched);
    return true;
  }

  /** The goroutine of the held goleak line, begun there with the header Go would have printed. */
  beginHeld(): void {
    const held = this.held!;
    this.held = null;
    const text = goleakHeader(held.goroutine);
    const header = parseHeaderLine(text, 0, text.length);
    if (header === null) return;
    this.scan.beginLeakedGoroutine(header, held.line, false, true);
  }
}
