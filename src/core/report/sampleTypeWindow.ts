// The sample types as the editor's picker shows them: the first ones, the one shown first, and a
// count of the rest; a search over their names answers the rest in windows. Sent whole, a crafted
// profile's 10^6 types were 40 MB through the extension host's thread (~4.7 s), for a picker whose
// user reads a few; so every type stays where the profile was decoded (the analysis worker) and
// only the windows asked for cross, as the top table's rows and Peek's edges do.
import { MAX_CROSSING_KEY_CHARS, parseNameReference, referenceWithinLimit } from '../../shared/nameLimit';

export interface SampleTypeInfo {
  type: string;
  unit: string;
}

/** The types the summary lists before any search: every type of any profile Go writes, many times over. */
export const SAMPLE_TYPES_LISTED = 100;

/**
 * The longest type or unit the picker shows and searches and the saved views' key holds. Go's are
 * a word or two; but one string of 96 MB, which a 0.4 MB gzipped file holds, may name every type,
 * and 100 types of it made the key a string past JavaScript's longest and a search's labels 19 GB.
 */
export const SAMPLE_TYPE_NAME_CHARS = MAX_CROSSING_KEY_CHARS;

/**
 * A type's or unit's name as the picker and the key take it: itself when it fits, else a reference
 * to it (src/shared/nameLimit.ts), its start, its length and its digest, which finds it again.
 */
export function pickerTypeName(name: string): string {
  return referenceWithinLimit(name, SAMPLE_TYPE_NAME_CHARS);
}

/**
 * pickerTypeName remembering the last few long names it cut: one string may name every type, and
 * its digest reads all of it (0.4 s for 96 MB). A name is compared with at most four, each
 * comparison at most as long as its digest.
 */
export function pickerTypeNamer(): (name: string) => string {
  const recent: { whole: string; cut: string }[] = [];
  return name => {
    if (name.length <= SAMPLE_TYPE_NAME_CHARS) return name;
    const known = recent.find(r => r.whole === name);
    if (known) return known.cut;
    const cut = pickerTypeName(name);
    recent.unshift({ whole: name, cut });
    if (recent.length > 4) recent.pop();
    return cut;
  };
}

/** A type's or unit's name as `goprof info` prints it: its start and its length (no digest: pprof's text, read by people). */
export function printedTypeName(name: string): string {
  const PRINTED_CHARS = 256;
  if (name.length <= PRINTED_CHARS) return name;
  // Not between the two halves of a surrogate pair.
  const last = name.charCodeAt(PRINTED_CHARS - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? PRINTED_CHARS - 1 : PRINTED_CHARS;
  return `${name.slice(0, end)}… (${name.length} characters)`;
}

/** One sample type with its place in the profile and its total over all samples. */
export interface SampleTypeEntry extends SampleTypeInfo {
  /** Its index in the profile's sample types: what a ProfileQuery names. */
  index: number;
  total: number;
}

/** Which types a picker asks for: those whose "type (unit)" holds `filter` (any case), from the `start`-th match. */
export interface SampleTypeWindowRequest {
  filter: string;
  start: number;
  count: number;
}

/** Matches `start`… of a search, in the profile's order. */
export interface SampleTypeWindow {
  filter: string;
  start: number;
  /** Every type that matches the filter. */
  matched: number;
  /** Every type of the profile. */
  count: number;
  entries: SampleTypeEntry[];
  /** The first type (in the profile's order) named exactly `filter`: how a remembered or saved type's name is found again. */
  exact?: SampleTypeEntry;
}

/** What a picker starts from: the first types, the default one when it comes later, and how many there are. */
export interface SampleTypeHead {
  /** The first SAMPLE_TYPES_LISTED types, then the default type if it is not among them. */
  listed: SampleTypeEntry[];
  count: number;
}

/**
 * Saved views are shared by profiles of the same sample types. Up to the listed count the key is
 * every type/unit joined (the key saved views have always had); past it, the listed ones, the
 * count and a hash of them all, so a key stays short whatever the profile holds. Each name is taken
 * as the picker takes it (pickerTypeName): a key of names Go writes is what it always was.
 */
export function sampleTypesKey(types: readonly SampleTypeInfo[], nameOf = pickerTypeNamer()): string {
  const joined = (list: readonly SampleTypeInfo[]) => list.map(t => `${nameOf(t.type)}/${nameOf(t.unit)}`).join(',');
  if (types.length <= SAMPLE_TYPES_LISTED) return joined(types);
  let hash = 0x811c9dc5;
  for (const t of types) hash = fnv1a(fnv1a(fnv1a(hash, nameOf(t.type)), '/'), `${nameOf(t.unit)},`);
  return `${joined(types.slice(0, SAMPLE_TYPES_LISTED))},…${types.length} types #${(hash >>> 0).toString(16)}`;
}

/** FNV-1a over UTF-16 code units: stable across runs, as a key kept in the workspace's state must be. */
function fnv1a(hash: number, s: string): number {
  for (let i = 0; i < s.length; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193);
  return hash;
}

/** A profile's sample types with their totals, answered by window. */
export class SampleTypeWindows {
  /** Each type's "type (unit)" in lower case, made on the first search. */
  private lowerLabels: string[] | undefined;
  /** The picker's name of a type or unit. */
  readonly pickerName = pickerTypeNamer();

  constructor(private readonly types: readonly SampleTypeInfo[], private readonly totals: readonly number[], private readonly defaultIndex: number) {}

  get count(): number { return this.types.length; }

  entry(index: number): SampleTypeEntry {
    const t = this.types[index];
    return { index, type: this.pickerName(t.type), unit: this.pickerName(t.unit), total: this.totals[index] ?? 0 };
  }

  head(): SampleTypeHead {
    const listed: SampleTypeEntry[] = [];
    for (let i = 0; i < this.types.length && i < SAMPLE_TYPES_LISTED; i++) listed.push(this.entry(i));
    if (this.defaultIndex >= SAMPLE_TYPES_LISTED && this.defaultIndex < this.types.length) listed.push(this.entry(this.defaultIndex));
    return { listed, count: this.types.length };
  }

  /** One pass over the types whatever the window: the matches are counted to say how many there are. */
  window({ filter, start, count }: SampleTypeWindowRequest): SampleTypeWindow {
    const entries: SampleTypeEntry[] = [];
    let matched = 0;
    let exact: SampleTypeEntry | undefined;
    const needle = filter.toLowerCase();
    const labels = needle === '' ? undefined : this.labels();
    // A remembered name may be the picker's reference to a long one: the type it was cut from.
    const reference = parseNameReference(filter);
    const named = (type: string) => type === filter || (reference !== undefined && type.length === reference.length && this.pickerName(type) === filter);
    for (let i = 0; i < this.types.length; i++) {
      if (labels && !labels[i].includes(needle)) continue;
      if (matched >= start && entries.length < count) entries.push(this.entry(i));
      matched++;
      if (!exact && filter !== '' && named(this.types[i].type)) exact = this.entry(i);
    }
    return { filter, start: Math.min(start, matched), matched, count: this.types.length, entries, ...(exact ? { exact } : {}) };
  }

  private labels(): string[] {
    this.lowerLabels ??= this.types.map(t => `${this.pickerName(t.type)} (${this.pickerName(t.unit)})`.toLowerCase());
    return this.lowerLabels;
  }
}
