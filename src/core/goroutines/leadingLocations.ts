// The `file:line` lines skipped before anything of a dump: a paste that starts inside a stack may
// keep a frame's location without its call above the first call line, and a stack without its
// header that begins right under it takes that location as its first frame. Looked at only until
// the first piece of a dump, and for at most LEADING_LOCATIONS lines (a text of many lone
// locations and no dump is junk, read on its bytes).

import type { SourceFrame } from './model';
import type { FrameInterner } from './frameInterner';
import type { LinePrefix } from './linePrefix';
import type { HeadlessStart } from './headlessStart';
import { NAMELESS_FRAME } from './gccgoFrames';
import { endBeforeLocationMarks, parseBareLocation } from './locationStack';
import { locationBehindLearntPrefix } from './prefixedHeadlessStart';

/** Lines before anything of a dump looked at as a stack's first `file:line`, at most. */
const LEADING_LOCATIONS = 64;
/** How a Go frame's `file:line` with its offset ends a line, its `fp= sp= pc=` marks after it or not (locationStack.ts' mayBeGoLocation, on the text). */
const LOCATION_WITH_OFFSET_END = /\.(?:go|s):\d+ \+0x[0-9a-f]+(?: fp=0x[0-9a-f]+)?(?: sp=0x[0-9a-f]+)?(?: pc=0x[0-9a-f]+)?$/;

export interface LeadingLocation {
  readonly line: number;
  readonly frame: SourceFrame;
}

export class LeadingLocations {
  /** An indented `file:line` skipped before anything of a dump, or null. */
  location: LeadingLocation | null = null;
  /** A line skipped before anything of a dump, not indented (a prefix may stand before its location), or null. */
  private skipped: { line: number; text: string } | null = null;
  /** Skipped lines noted, up to LEADING_LOCATIONS. */
  private noted = 0;

  constructor(private readonly interner: FrameInterner) {}

  /** Whether a `file:line` skipped now may still be taken as a headless stack's first frame, `nothingReadYet` of a dump. */
  looked(nothingReadYet: boolean): boolean {
    return this.noted < LEADING_LOCATIONS && nothingReadYet;
  }

  /**
   * A line skipped at `line`: an indented `file:line` with Go's offset is noted, for a headless
   * stack that begins right under it to take as its first frame.
   */
  note(text: string, s: number, end: number, indented: boolean, line: number, nothingReadYet: boolean): void {
    this.location = null;
    this.skipped = null;
    // Only lines that end as a location with its offset count (prose before a dump does not use the budget up).
    if (!this.looked(nothingReadYet) || !LOCATION_WITH_OFFSET_END.test(text.slice(Math.max(s, end - 300), end))) return;
    this.noted++;
    // Behind a prefix not known yet: kept for a headless pair under it that teaches the prefix.
    if (!indented) { if (end - s < 2000) this.skipped = { line, text: text.slice(s, end) }; return; }
    const location = parseBareLocation(text, s, endBeforeLocationMarks(text, s, end));
    if (location === null || !text.startsWith(' +0x', location.locationEnd)) return;
    this.location = { line, frame: this.namelessFrame(text, s, location.locationEnd, location.pathEnd, location.line) };
  }

  /** The line skipped right above a prefixed headless pair, its `file:line` behind the prefix the pair taught. */
  behindPrefix(prefix: LinePrefix, start: HeadlessStart): LeadingLocation | null {
    const skipped = this.skipped;
    if (skipped === null || skipped.line !== start.line - 1 || start.prefixText === null) return null;
    const text = skipped.text;
    const s = locationBehindLearntPrefix(prefix, start.prefixText, text);
    const location = s < 0 ? null : parseBareLocation(text, s, endBeforeLocationMarks(text, s, text.length));
    if (location === null) return null;
    return { line: skipped.line, frame: this.namelessFrame(text, s, location.locationEnd, location.pathEnd, location.line) };
  }

  /** The location noted on the line of a stack's first call or right above it, taken; null when none. */
  takeFor(startLine: number): LeadingLocation | null {
    const noted = this.location;
    this.location = null;
    return noted !== null && (noted.line === startLine - 1 || noted.line === startLine) ? noted : null;
  }

  private namelessFrame(text: string, s: number, locationEnd: number, pathEnd: number, line: number): SourceFrame {
    const interner = this.interner;
    const locationId = interner.location(text.slice(s, locationEnd), () => text.slice(s, pathEnd), line);
    return interner.frame(interner.func(NAMELESS_FRAME), locationId);
  }
}
