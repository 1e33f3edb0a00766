// A paste that moved a stack's line breaks (a tracker's inline code: every line break dropped, each
// ` +` of an offset made one) leaves each frame's call and `file:line` on one line and the frame's
// offset, without its `+`, starting the next line, glued to the next frame's call:
// `0x99k8s.io/apimachinery/pkg/util/runtime.HandleCrash(0x0, 0x0, 0x0) /go/pkg/…/runtime.go:48`.
// The offset is dropped (it is the frame above's) and the rest read as the lines it holds. A
// name may start with the letters `a`–`f` that an offset's digits are made of
// (`0x94bytes.Map(…)`), so the split is taken where the name's package is one the line's own
// `file:line` or the frames read before it name, else after the longest run of hex digits.
import { isStdlibRoot } from './goFunctions';
import { callCutInArguments, CREATED_BY, indexInLine, parseCallLine, parseCreatedByLine, parseLocationLine, startsCreatedBy } from './lineParsers';
import { parseCallBesideLocation } from './locationBesideCall';
import { startsName } from './byteLineParsers';

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
/** An offset is a function's size at most: a longer run of hex digits is no offset. */
const MAX_OFFSET_DIGITS = 8;

/** Whether a name's first path element (`k8s.io`, `bytes`, `main`) is known to start a package. */
export type KnownRoot = (root: string) => boolean;

/**
 * The lines of the trimmed line text[s, end) when it starts with a moved offset: [start, end)
 * pairs, flat (a call and its `file:line`, a call alone, a `created by` and its `file:line`, or a
 * goroutine header with what follows it), else null.
 */
export function movedOffsetPieces(text: string, s: number, end: number, knownRoot: KnownRoot): number[] | null {
  if (text.charCodeAt(s) !== 0x30 || text.charCodeAt(s + 1) !== 0x78 /* x */) return null;
  const digits = s + 2;
  let run = digits;
  while (run < end && run - digits <= MAX_OFFSET_DIGITS && isHex(text.charCodeAt(run))) run++;
  if (run === digits || run - digits > MAX_OFFSET_DIGITS || run === end) return null;
  let fallback: number[] | null = null;
  // The longest name first: a split inside the run is taken only for a package known to start there.
  for (let at = digits + 1; at <= run; at++) {
    // The last frame's offset before the creator (`0x14dcreated by …`: its `c` a hex digit too), or before the next goroutine's header.
    if (startsCreatedBy(text, at)) return creatorPieces(text, at, end);
    if (text.startsWith('goroutine ', at)) return [at, end];
    if (!startsName(text.charCodeAt(at))) continue;
    const pieces = callPieces(text, at, end);
    if (pieces === null) continue;
    const root = rootOf(text, at, end);
    if (knownRoot(root) || namedByLocation(text, root, pieces)) return pieces;
    if (at === run) fallback = pieces;
  }
  return fallback;
}

/**
 * The call at text[at, end) with its `file:line` after white space, or alone (whole or cut in its
 * arguments); an inlined frame's `file:line`, printed without an offset, has no line break left
 * after it: the next frame's call glued to its line number is read the same way.
 */
function callPieces(text: string, at: number, end: number): number[] | null {
  const pieces: number[] = [];
  for (let call = at; ;) {
    const beside = parseCallBesideLocation(text, call, end);
    if (beside === null) {
      const callEnd = parseCallLine(text, call, end) !== null || callCutInArguments(text, call, end) > 0 ? end : callBeforeSpace(text, call, end);
      if (callEnd < 0) return call === at ? null : pieces;
      pieces.push(call, callEnd);
      // What follows the call is its `file:line` the text's end cut, for the scanner to tell.
      if (callEnd < end) pieces.push(callEnd + 1, end);
      return pieces;
    }
    const next = callAfterLineNumber(text, beside.locationStart, end);
    pieces.push(call, beside.callEnd, beside.locationStart, next < 0 ? end : next);
    if (next < 0) return pieces;
    call = next;
  }
}

/** The end of a whole call at text[at] followed by a space and more (the line's `file:line` cut short), or -1. */
function callBeforeSpace(text: string, at: number, end: number): number {
  const close = indexInLine(text, ') ', at, end);
  return close > at && close + 2 < end && parseCallLine(text, at, close + 1) !== null ? close + 1 : -1;
}

/** Where a call glued to the line number of the `file:line` at text[from] starts (`file.go:307k8s.io/…`), or -1: a line number's digits are decimal, a name starts with no digit. */
function callAfterLineNumber(text: string, from: number, end: number): number {
  const go = indexInLine(text, '.go:', from, end);
  if (go < 0) return -1;
  let i = go + 4;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i > go + 4 && i < end && startsName(text.charCodeAt(i)) && parseLocationLine(text, from, i) !== null ? i : -1;
}

/** `created by F` (or `… in goroutine N`) with its `file:line` after a space, at text[at, end). */
function creatorPieces(text: string, at: number, end: number): number[] | null {
  let space = indexInLine(text, ' ', at + CREATED_BY.length, end);
  const inGoroutine = space < 0 ? null : /^ in goroutine \d+/.exec(text.slice(space, Math.min(end, space + 40)));
  if (inGoroutine !== null) space = space + inGoroutine[0].length;
  if (space < 0 || space === end) return null;
  let location = space;
  while (location < end && text.charCodeAt(location) === 0x20) location++;
  if (parseCreatedByLine(text, at, space) === null || parseLocationLine(text, location, end) === null) return null;
  return [at, space, location, end];
}

/** The first path element of the name at text[at, end): up to its first `/`, or its package's `.`. */
function rootOf(text: string, at: number, end: number): string {
  let i = at;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x2f /* / */ || c === 0x28 /* ( */ || c === 0x20) break;
    i++;
  }
  const element = text.slice(at, i);
  if (text.charCodeAt(i) === 0x2f) return element;
  const dot = element.indexOf('.');
  return dot < 0 ? element : element.slice(0, dot);
}

/** Whether the `file:line` among the pieces has `root` as one of its path's directories (`/k8s.io/`, `/bytes/`, `/gotest.tools@v2/`). */
function namedByLocation(text: string, root: string, pieces: readonly number[]): boolean {
  if (pieces.length < 4 || root === '') return false;
  const start = pieces[2];
  // A next call glued to this frame's line number is no part of its path.
  const go = indexInLine(text, '.go:', start, pieces[3]);
  const pathEnd = go < 0 ? pieces[3] : go;
  for (let at = indexInLine(text, root, start, pathEnd); at >= 0; at = indexInLine(text, root, at + 1, pathEnd)) {
    const before = at === start ? 0x2f : text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + root.length);
    if (before === 0x2f && (after === 0x2f || after === 0x40 /* @ */)) return true;
  }
  return false;
}

/** A root that needs no location to vouch for it: the program's `main`, a standard library package's. */
export function isWellKnownRoot(root: string): boolean {
  return root === 'main' || isStdlibRoot(root);
}
