// The longest name that crosses between the analysis worker, the extension host and a webview.
// A profile's function name may be as long as the gzip limit lets (96 MB in a 100 KB file); the
// views the editor shows carry each name cut to this, and the webview sends back no longer a
// name. Go writes none this long (generic instantiations run to a few hundred characters).
//
// A cut name is a reference to its whole name: its start, then `… (N characters, #digest)`, the
// whole name's length and a fixed digest of all its characters. Whatever the webview asks by such
// a name (a peek, a filter, a zoom, the source) the worker finds the one function it was cut
// from, even among names that share their first 20,000 characters.
import { digestHex } from './textDigest';

export const MAX_CROSSING_NAME_CHARS = 20000;

/**
 * A sample type, its unit or a label key crosses shorter, a reference within 200 characters: the
 * webview names them back in a query's label keys and a saved view, which the protocol bounds so.
 */
export const MAX_CROSSING_KEY_CHARS = 200;

/** `name` cut to MAX_CROSSING_NAME_CHARS (a view's copy; the input keeps the whole name): a reference to it when cut. */
export function crossingName(name: string): string {
  return referenceWithinLimit(name, MAX_CROSSING_NAME_CHARS);
}

/** A sample type, unit or label key cut to MAX_CROSSING_KEY_CHARS: a reference to it when cut. */
export function crossingKey(key: string): string {
  return referenceWithinLimit(key, MAX_CROSSING_KEY_CHARS);
}

/** `name` itself when it fits in `maxChars`, else a reference to it within `maxChars`. */
export function referenceWithinLimit(name: string, maxChars: number): string {
  return name.length <= maxChars ? name : referenceWithin(name.slice(0, maxChars), referenceTail(name.length, digestHex(name)), maxChars);
}

/**
 * How long a cut name is written inside a text (a sentence, a message): a reference too, shorter
 * than a field's, so that a sentence naming several still fits MAX_CROSSING_NAME_CHARS.
 */
export const MAX_NAME_IN_TEXT_CHARS = 1000;

/**
 * A sentence or message that names things, cut to cross: each of `names` it holds that is cut
 * when it crosses is written as its short reference (`nameInText`), then the whole text cut if
 * still too long. Names no longer than the limit stay whole, and cost nothing.
 */
export function crossingText(text: string, names: Iterable<string> = []): string {
  if (text.length <= MAX_CROSSING_NAME_CHARS) return text;
  let out = text;
  const long = [...names].filter(n => n.length > MAX_CROSSING_NAME_CHARS).sort((a, b) => b.length - a.length);
  for (const name of long) {
    if (name.length > out.length || !out.includes(name)) continue;
    out = out.split(name).join(referenceWithinLimit(name, MAX_NAME_IN_TEXT_CHARS));
  }
  return crossingName(out);
}

/**
 * How a text that crossed (crossingText) writes the name a field carries as `crossed`: the same
 * reference, shortened, for a cut name; the name itself otherwise. A view finds a field's name in
 * a sentence by it.
 */
export function nameInText(crossed: string): string {
  const reference = parseNameReference(crossed);
  if (!reference || crossed.length <= MAX_NAME_IN_TEXT_CHARS) return crossed;
  return referenceWithin(reference.head, referenceTail(reference.length, reference.digest), MAX_NAME_IN_TEXT_CHARS);
}

/** What a reference says of the name it was cut from. */
export interface NameReference {
  /** The reference's start: the whole name starts with it. */
  head: string;
  /** The whole name's length, in UTF-16 units. */
  length: number;
  digest: string;
}

const TAIL_START = '… (';
const TAIL_REST = /^(\d{1,16}) characters, #([0-9a-f]{16})\)$/;

function referenceTail(length: number, digest: string): string {
  return `${TAIL_START}${length} characters, #${digest})`;
}

/** `head` shortened so that it and `tail` fit in `maxChars`, never between the two halves of a surrogate pair. */
function referenceWithin(head: string, tail: string, maxChars: number): string {
  let end = Math.min(head.length, Math.max(0, maxChars - tail.length));
  const last = head.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return head.slice(0, end) + tail;
}

/** The reference `name` is, or undefined when it is a whole name (no tail, or one that says less than its head). */
export function parseNameReference(name: string): NameReference | undefined {
  if (!name.endsWith(')')) return undefined;
  const at = name.lastIndexOf(TAIL_START);
  if (at < 0) return undefined;
  const m = TAIL_REST.exec(name.slice(at + TAIL_START.length));
  if (!m) return undefined;
  const length = Number(m[1]);
  // A name is cut only when longer than what it keeps.
  if (length <= at) return undefined;
  return { head: name.slice(0, at), length, digest: m[2] };
}

/** True when `name` is `whole`, or a reference cut from it. */
export function refersTo(name: string, whole: string, reference = parseNameReference(name)): boolean {
  if (name === whole) return true;
  // The length and the start first: the digest reads the whole name (96 MB: a few hundred ms).
  return reference !== undefined && whole.length === reference.length && whole.startsWith(reference.head) && digestHex(whole) === reference.digest;
}

/**
 * `name` as the webview sent it, made whole again: the one of `names` it is, or was cut from;
 * undefined when none is.
 */
export function resolveName(name: string, names: readonly string[]): string | undefined {
  if (names.includes(name)) return name;
  const reference = parseNameReference(name);
  if (!reference) return undefined;
  return names.find(whole => refersTo(name, whole, reference));
}

/** The characters Go's regexp gives a meaning to, each escaped by a backslash to stand for itself. */
const REGEX_META = '.*+?^${}()|[]\\';
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** `text` as a Go (RE2) regex that matches it literally. */
export function escapeRegex(text: string): string {
  return text.replace(REGEX_SPECIAL, '\\$&');
}

/**
 * A filter's pattern for exactly the function `name` (pprof's `^name$`), in at most `maxChars`:
 * a name whose pattern is longer is written as a reference to it, which the filters match
 * against the whole name (`exactPatternName`).
 */
export function exactNamePattern(name: string, maxChars: number): string {
  const whole = `^${escapeRegex(name)}$`;
  if (whole.length <= maxChars) return whole;
  const reference = parseNameReference(name);
  const head = reference ? reference.head : name;
  const tail = escapeRegex(reference ? name.slice(head.length) : referenceTail(name.length, digestHex(name)));
  // The longest start whose escaped text fits beside the tail and the anchors.
  const budget = maxChars - 2 - tail.length;
  let used = 0, end = 0;
  while (end < head.length) {
    const c = head[end];
    const cost = REGEX_META.includes(c) ? 2 : 1;
    if (used + cost > budget) break;
    used += cost;
    end++;
  }
  const last = head.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `^${escapeRegex(head.slice(0, end))}${tail}$`;
}

/**
 * The name a pattern of exactNamePattern's form names when that name is a reference (`^`, the
 * reference with regex syntax escaped, `$`); undefined for any other pattern, which stays a regex.
 */
export function exactPatternReference(pattern: string): string | undefined {
  if (pattern.length < 2 || pattern[0] !== '^' || pattern[pattern.length - 1] !== '$') return undefined;
  let literal = '';
  for (let i = 1; i < pattern.length - 1; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[++i];
      if (next === undefined || i === pattern.length - 1 || !REGEX_META.includes(next)) return undefined;
      literal += next;
    } else if (REGEX_META.includes(c)) {
      return undefined;
    } else {
      literal += c;
    }
  }
  return parseNameReference(literal) ? literal : undefined;
}
