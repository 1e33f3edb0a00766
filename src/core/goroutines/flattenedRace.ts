// A race detector report whose line breaks became spaces: a web page made text keeps a code block
// inside a list item or a paragraph on one line (`================== WARNING: DATA RACE Read at
// 0x00c0000b4010 by goroutine 8: main.(*Counter).Get() /app/counter.go:15 +0x3c … ==================`).
// The line is cut back into the lines the race detector printed: its rule and mark, each section's
// header (an access, `Goroutine 8 (running) created at:`), then each call and its `file:line`, told
// apart by the location's shape as a flattened goroutine stack's are (flattenedStack.ts).
import { RACE_RULE, RACE_START } from './raceMarks';
import { nextLocation } from './flattenedStack';

/** A section header anywhere on the line: an access (with or without its address, by the main goroutine before Go 1.6) or a creator. */
const SECTION_HEADER = /(?:Read|Write|Atomic|Previous)(?: [a-z]+){0,2}(?: at 0x[0-9a-fA-F]+)? by (?:goroutine \d+|main goroutine):|Goroutine \d+ \([a-z ]+\) created at:/g;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09;
const skipSpaces = (text: string, i: number, end: number): number => { while (i < end && isSpace(text.charCodeAt(i))) i++; return i; };
const trimEnd = (text: string, from: number, i: number): number => { while (i > from && isSpace(text.charCodeAt(i - 1))) i--; return i; };

/** The next section header at or after text[from]: [start, end), or [end, end] (the text's end) when none. */
function nextSectionHeader(text: string, from: number): [number, number] {
  SECTION_HEADER.lastIndex = from;
  const found = SECTION_HEADER.exec(text);
  return found === null ? [text.length, text.length] : [found.index, found.index + found[0].length];
}

/** After the rule at text[at] (`=` and as many more as the line holds). */
function ruleEnd(text: string, at: number, end: number): number {
  let i = at + RACE_RULE.length;
  while (i < end && text.charCodeAt(i) === 0x3d /* = */) i++;
  return i;
}

/**
 * The lines of the trimmed line text[s, end) when it is a race report flattened onto one line (its
 * rule or its `WARNING: DATA RACE` first, a section header right after the mark, at least one frame):
 * [start, end) pairs, flat; null otherwise. What follows the closing rule is a line of its own.
 */
export function flattenedRacePieces(text: string, s: number, end: number): number[] | null {
  if (!text.startsWith(RACE_RULE, s) && !text.startsWith(RACE_START, s)) return null;
  // The line alone: the searches below stop at its end, whatever text follows it.
  const line = text.slice(s, end);
  const pieces = linePieces(line);
  return pieces === null ? null : pieces.map(at => at + s);
}

/** `flattenedRacePieces` of a line alone, its pieces counted from its start. */
function linePieces(text: string): number[] | null {
  const end = text.length;
  const pieces: number[] = [];
  let pos = 0;
  if (text.startsWith(RACE_RULE, pos)) {
    const rule = ruleEnd(text, pos, end);
    pieces.push(pos, rule);
    pos = skipSpaces(text, rule, end);
  }
  if (!text.startsWith(RACE_START, pos)) return null;
  pieces.push(pos, pos + RACE_START.length);
  pos = skipSpaces(text, pos + RACE_START.length, end);
  let section = nextSectionHeader(text, pos);
  if (section[0] !== pos) return null;
  // The closing rule, looked for again only once passed: each stretch of the line is searched once.
  let rule = text.indexOf(RACE_RULE, pos);
  if (rule < 0) rule = end;
  let frames = 0;
  while (pos < end) {
    if (pos === section[0]) {
      pieces.push(section[0], section[1]);
      pos = skipSpaces(text, section[1], end);
      section = nextSectionHeader(text, pos);
      continue;
    }
    if (pos === rule) {
      const after = ruleEnd(text, pos, end);
      pieces.push(pos, after);
      pos = skipSpaces(text, after, end);
      if (pos < end) pieces.push(pos, end);
      break;
    }
    if (rule < pos) { rule = text.indexOf(RACE_RULE, pos); if (rule < 0) rule = end; }
    // A frame: its call, then its location, before the next section or the closing rule.
    const limit = Math.min(section[0], rule);
    const location = nextLocation(text, pos, limit);
    if (location === null) {
      // Words without a location before what comes next: a call cut short, or what closes the line.
      pieces.push(pos, trimEnd(text, pos, limit));
      pos = limit;
      continue;
    }
    const callEnd = trimEnd(text, pos, location[0]);
    if (callEnd > pos) { pieces.push(pos, callEnd); frames++; }
    pieces.push(location[0], location[1]);
    pos = skipSpaces(text, location[1], end);
  }
  return frames > 0 ? pieces : null;
}
