// Regexes that come from data (a profile's drop_frames, a filter the user types, a mapping a
// workspace sets) are compiled here, into RE2 (re2js): matching takes time linear in the
// input whatever the pattern, so `(a+)+b` cannot pin a core, and the syntax is Go's regexp,
// the one pprof reads these patterns with. JS RegExp stays for the parsers' own fixed patterns.
import { RE2JS } from 're2js';
import { regexProgramSize } from './regexProgramSize';

export interface LinearRegex {
  readonly source: string;
  /** True when the pattern matches somewhere in `text` (the whole of it when compiled `anchored`). */
  test(text: string): boolean;
  /** The first match: its text, the groups (undefined when a group did not take part) and where it starts. */
  exec(text: string): { groups: (string | undefined)[]; index: number } | null;
}

export interface LinearRegexOptions {
  /** Match the whole text, as pprof's `^(…)$` for drop_frames. */
  anchored?: boolean;
  /** JS-style flags as written after a `/…/` literal: i, s, m (u and g are accepted and mean nothing here). */
  flags?: string;
}

/** A pattern RE2 rejects, or one over MAX_PROGRAM_SIZE; the message names what the pattern was for and why. */
export class RegexSyntaxError extends SyntaxError {}

/**
 * The most instructions a pattern may compile to. Go's regexp allows ~3.3 million, but re2js
 * spends up to ~1 KB and 8 µs on each (a million: ~1 GB, seconds); 50,000 is a list of a thousand
 * function names, and bounds a compile to ~50 MB and half a second.
 */
export const MAX_PROGRAM_SIZE = 50_000;

/** A pattern quoted in an error: its first 60 characters, as a pasted pattern may be megabytes long. */
const shownPattern = (source: string): string =>
  source.length > 64 ? `${source.slice(0, 60)}…(${source.length} characters)` : source;

// Read on first use, not when this module loads: the CLI bundle loads re2js only when a pattern is
// compiled (src/node/lazyLibraries.ts).
let flagBits: Record<string, number> | undefined;
const flagBitsOf = (): Record<string, number> =>
  (flagBits ??= { i: RE2JS.CASE_INSENSITIVE, s: RE2JS.DOTALL, m: RE2JS.MULTILINE, u: 0, g: 0 });

/**
 * Compiles `source` (Go/RE2 syntax) for `what` ("focus", "drop_frames"…). Throws RegexSyntaxError
 * with a message that says when the syntax is one RE2 lacks (lookaround, backreferences).
 */
export function compileLinearRegex(source: string, what: string, options: LinearRegexOptions = {}): LinearRegex {
  let flags = 0;
  for (const f of options.flags ?? '') {
    const bit = flagBitsOf()[f];
    if (bit === undefined) throw new RegexSyntaxError(`invalid ${what} regular expression "${shownPattern(source)}": unknown flag "${f}"`);
    flags |= bit;
  }
  const size = regexProgramSize(source);
  if (size > MAX_PROGRAM_SIZE) {
    throw new RegexSyntaxError(`invalid ${what} regular expression "${shownPattern(source)}": expression too large `
      + `(it would compile to ${size} instructions, more than the ${MAX_PROGRAM_SIZE} allowed)`);
  }
  if (flags === 0 && LITERAL.test(source)) return literalRegex(source, options.anchored === true);
  let re: RE2JS;
  try {
    re = RE2JS.compile(options.anchored ? `^(?:${source})$` : source, flags);
  } catch (e) {
    throw new RegexSyntaxError(`invalid ${what} regular expression "${shownPattern(source)}": ${syntaxReason(e, source)}`);
  }
  const groupCount = re.groupCount();
  return {
    source,
    test: text => re.test(text),
    exec: text => {
      const m = re.matcher(text);
      if (!m.find()) return null;
      const groups: (string | undefined)[] = [];
      for (let g = 0; g <= groupCount; g++) groups.push(m.group(g) ?? undefined);
      return { groups, index: m.start() };
    },
  };
}

/**
 * A pattern without RE2's metacharacters matches its own text: found without compiling it (re2js
 * spends ~70 µs on the least pattern: a tag filter of 10^5 comma-separated values took seconds).
 * Surrogates stay with RE2, which reads text by code point where `includes` reads halves of pairs.
 */
const LITERAL = /^[^\\.+*?()|[\]{}^$\uD800-\uDFFF]*$/;

function literalRegex(source: string, anchored: boolean): LinearRegex {
  const at = anchored ? (text: string) => (text === source ? 0 : -1) : (text: string) => text.indexOf(source);
  return {
    source,
    test: text => at(text) >= 0,
    exec: text => {
      const index = at(text);
      return index < 0 ? null : { groups: [source], index };
    },
  };
}

function syntaxReason(e: unknown, source: string): string {
  const message = e instanceof Error ? e.message.replace(/^error parsing regexp: /, '') : String(e);
  // Lookbehind reads to RE2 as a malformed named group: say what it is.
  const unsupported = /unsupported Perl syntax|invalid escape sequence: `\\[1-9]/.test(message) || /\(\?<[=!]/.test(source);
  return unsupported ? `${message} (RE2 syntax, as Go's regexp and pprof: no lookaround, no backreferences)` : message;
}
