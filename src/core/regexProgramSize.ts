// How many instructions a Go/RE2 pattern compiles to, counted on its text before it is compiled.
// Go's regexp refuses a pattern past ~3.3 million instructions (regexp/syntax's maxSize, about
// 128 MB of its compact instructions), and re2js checks the same count at 1.4 million; but each of
// re2js's instructions costs a JS object and its prefilter another, up to ~1 KB, so a pattern both
// accept (`.{1000}` a thousand times) takes ~1 GB and seconds to compile. The count here is the
// one regexp/syntax's calcSize makes on the parsed pattern, read from the text in one pass, so a
// pattern over the budget is refused before re2js builds any of it. It never undercounts: text
// RE2 would reject anyway (an unclosed group, a stray `)`) is still counted, and a `\p{…}` or
// `(?flags)` counts as the literals it is written with at worst.

/** A frame per open group: the alternatives closed so far and the concatenation being read. */
interface GroupFrame {
  /** Sizes of the group's alternatives before the current one, with one instruction per `|`. */
  closedAlternatives: number;
  /** Size of the current alternative so far. */
  concatenation: number;
  /** Size of the last atom of the current alternative, the one a repetition applies to (0: none). */
  lastAtom: number;
  capturing: boolean;
}

const newFrame = (capturing: boolean): GroupFrame => ({ closedAlternatives: 0, concatenation: 0, lastAtom: 0, capturing });

/** Adds an atom of `size` instructions to the current alternative. */
function addAtom(frame: GroupFrame, size: number): void {
  frame.concatenation += size;
  frame.lastAtom = size;
}

/** Replaces the last atom by its repetition of `size` instructions. */
function repeatLastAtom(frame: GroupFrame, repeat: (sub: number) => number): void {
  if (frame.lastAtom === 0) return;
  const size = repeat(frame.lastAtom);
  frame.concatenation += size - frame.lastAtom;
  frame.lastAtom = size;
}

function closeGroup(frame: GroupFrame): number {
  const size = Math.max(1, frame.closedAlternatives + frame.concatenation);
  return frame.capturing ? size + 2 : size;
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isWordCode = (code: number): boolean =>
  isDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;

/** Index of the first character at or after `from` that `accepts` does not take. */
function skipWhile(source: string, from: number, accepts: (code: number) => boolean): number {
  let i = from;
  while (i < source.length && accepts(source.charCodeAt(i))) i++;
  return i;
}

/** `{n}`, `{n,}` or `{n,m}` at `at`: its bounds (max -1: none) and where it ends; null when the `{` is a literal. */
function repeatAt(source: string, at: number): { min: number; max: number; end: number } | null {
  let i = at + 1;
  let end = skipWhile(source, i, isDigit);
  if (end === i) return null;
  const min = Number(source.slice(i, end));
  let max = min;
  i = end;
  if (source[i] === ',') {
    end = skipWhile(source, i + 1, isDigit);
    max = end === i + 1 ? -1 : Number(source.slice(i + 1, end));
    i = end;
  }
  return source[i] === '}' ? { min, max, end: i + 1 } : null;
}

/** Index after a bracketed class that starts at `at` (the `[`), or the text's end when it is never closed. */
function classEnd(source: string, at: number): number {
  let i = at + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  while (i < source.length) {
    const c = source[i];
    if (c === ']') return i + 1;
    if (c === '\\') i += 2;
    else if (c === '[' && source[i + 1] === ':') {
      // `[:alpha:]`: its name is letters, so `]` ends the class only past `:]`.
      const nameEnd = skipWhile(source, i + 2, isWordCode);
      i = source.startsWith(':]', nameEnd) ? nameEnd + 2 : i + 1;
    } else i++;
  }
  return i;
}

/** Index after an escape that starts at `at` (the backslash); `\Q…\E` is read by the caller. */
function escapeEnd(source: string, at: number): number {
  const c = source[at + 1];
  if ((c === 'p' || c === 'P' || c === 'x') && source[at + 2] === '{') {
    const nameEnd = skipWhile(source, at + 3, code => isWordCode(code) || code === 0x5e);
    return source[nameEnd] === '}' ? nameEnd + 1 : at + 2;
  }
  if (c === 'x') return at + 4;
  if (c === 'p' || c === 'P') return at + 3;
  return at + 2;
}

/**
 * The instruction count of `source`'s program as regexp/syntax's calcSize makes it (literal: one a
 * character; star, capture: 2 more than what they hold; plus, quest: 1 more; `{n,m}`: m copies and
 * m−n more; `{n,}`: n copies and 1 more), never less than it.
 */
export function regexProgramSize(source: string): number {
  const frames: GroupFrame[] = [newFrame(false)];
  let frame = frames[0];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    switch (c) {
      case '(': {
        let capturing = true;
        if (source[i + 1] === '?') {
          // `(?flags)` sets flags and opens nothing; `(?flags:` opens a plain group; `(?P<n>`, `(?<n>` a capture.
          const j = skipWhile(source, i + 2, code => isWordCode(code) || code === 0x2d);
          if (source[j] === ')' && j > i + 2) { i = j + 1; continue; }
          capturing = source[j] === '<';
          if (capturing) {
            const nameEnd = skipWhile(source, j + 1, isWordCode);
            i = source[nameEnd] === '>' ? nameEnd + 1 : j + 1;
          } else i = j + 1;
        } else i++;
        frame = newFrame(capturing);
        frames.push(frame);
        continue;
      }
      case ')': {
        if (frames.length > 1) {
          const size = closeGroup(frames.pop() as GroupFrame);
          frame = frames[frames.length - 1];
          addAtom(frame, size);
        }
        i++;
        continue;
      }
      case '|':
        frame.closedAlternatives += frame.concatenation + 1;
        frame.concatenation = 0;
        frame.lastAtom = 0;
        i++;
        continue;
      case '*':
        repeatLastAtom(frame, sub => sub + 2);
        i += source[i + 1] === '?' ? 2 : 1;
        continue;
      case '+':
      case '?':
        repeatLastAtom(frame, sub => sub + 1);
        i += source[i + 1] === '?' ? 2 : 1;
        continue;
      case '{': {
        const repeat = repeatAt(source, i);
        if (repeat === null) { addAtom(frame, 1); i++; continue; }
        const { min, max } = repeat;
        repeatLastAtom(frame, sub => max === -1 ? (min === 0 ? sub + 2 : 1 + min * sub) : max * sub + (max - min));
        i = repeat.end + (source[repeat.end] === '?' ? 1 : 0);
        continue;
      }
      case '[':
        addAtom(frame, 1);
        i = classEnd(source, i);
        continue;
      case '\\':
        if (source[i + 1] === 'Q') {
          const close = source.indexOf('\\E', i + 2);
          const end = close === -1 ? source.length : close;
          // Each quoted character is a literal; a repetition after `\E` applies to the last one.
          for (let k = i + 2; k < end; k++) addAtom(frame, 1);
          i = close === -1 ? end : end + 2;
          continue;
        }
        addAtom(frame, 1);
        i = escapeEnd(source, i);
        continue;
      default:
        addAtom(frame, 1);
        i++;
    }
  }
  while (frames.length > 1) {
    const size = closeGroup(frames.pop() as GroupFrame);
    addAtom(frames[frames.length - 1], size);
  }
  return closeGroup(frames[0]);
}
