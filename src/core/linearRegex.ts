// Regexes that come from data (a profile's drop_frames, a filter the user types, a mapping a
// workspace sets) are compiled here, into RE2 (re2js): matching takes time linear in the
// input whatever the pattern, so `(a+)+b` cannot pin a core, and the syntax is Go's regexp,
// the one pprof reads these patterns with. JS RegExp stays for the parsers' own fixed patterns.
import { RE2JS } from 're2js';

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

/** A pattern RE2 rejects; the message names what the pattern was for and why. */
export class RegexSyntaxError extends SyntaxError {}

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
    if (bit === undefined) throw new RegexSyntaxError(`invalid ${what} regular expression "${source}": unknown flag "${f}"`);
    flags |= bit;
  }
  let re: RE2JS;
  try {
    re = RE2JS.compile(options.anchored ? `^(?:${source})$` : source, flags);
  } catch (e) {
    throw new RegexSyntaxError(`invalid ${what} regular expression "${source}": ${syntaxReason(e, source)}`);
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

function syntaxReason(e: unknown, source: string): string {
  const message = e instanceof Error ? e.message.replace(/^error parsing regexp: /, '') : String(e);
  // Lookbehind reads to RE2 as a malformed named group: say what it is.
  const unsupported = /unsupported Perl syntax|invalid escape sequence: `\\[1-9]/.test(message) || /\(\?<[=!]/.test(source);
  return unsupported ? `${message} (RE2 syntax, as Go's regexp and pprof: no lookaround, no backreferences)` : message;
}
