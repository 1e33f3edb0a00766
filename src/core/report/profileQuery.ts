// A profile seen through one query (sample type, granularity, the editor's filter chips): the
// pprof core's StackView plus a unique display name per frame, and the top table on demand.
import { computeTop, createStackView, parseTagFilter, type Profile, type ProfileFilters, type StackView, type TagFilter, type TopResult, type TopRow } from '../pprof';
import { addLabelFrames } from '../pprof/reshape';
import { distinctLabelKeys } from '../pprof/labelSets';
import type { ProfileFilter, ProfileQuery } from './profileTypes';
import { ContentKeyedMap, ContentKeyedSet } from '../../shared/contentKeyedMap';
import { exactPatternReference, parseNameReference, refersTo, resolveName } from '../../shared/nameLimit';
import { compileLinearRegex, type LinearRegex } from '../linearRegex';

export class FilterSyntaxError extends Error {
  constructor(message: string) { super(message); this.name = 'FilterSyntaxError'; }
}

/**
 * The webview's filter chips as pprof filters. ignore, hide and show chips of one kind combine
 * as alternatives (pprof takes one regex per kind: `-ignore=a|b`), which for ignore and hide is
 * the same as applying each chip; tag chips are `key=regex` or a numeric
 * range (`bytes=64kb:1mb`, pprof's -tagfocus syntax), each one a separate condition.
 * Several focus chips are applied one after another by viewOf (a sample must pass through
 * every one), so only the first is returned here.
 */
export function toProfileFilters(filters: ProfileFilter[]): ProfileFilters {
  const out: ProfileFilters = {};
  const any = (kind: ProfileFilter['kind']) => {
    const patterns = filters.filter(f => f.kind === kind).map(f => f.pattern);
    const references = patterns.filter(p => exactPatternReference(p) !== undefined);
    if (references.length > 0) return referencesOr(references, patterns.filter(p => !references.includes(p)), kind);
    return patterns.length === 0 ? undefined : patterns.length === 1 ? patterns[0] : patterns.map(p => `(?:${p})`).join('|');
  };
  out.focus = focusPattern(filters.find(f => f.kind === 'focus')?.pattern);
  out.ignore = any('ignore');
  out.hide = any('hide');
  out.show = any('show');
  const tags = (kind: ProfileFilter['kind']): TagFilter[] | undefined => {
    const list = filters.filter(f => f.kind === kind).map(f => {
      const eq = f.pattern.indexOf('=');
      if (eq <= 0) throw new FilterSyntaxError(`${kind} "${f.pattern}": write a label filter as key=regex, e.g. handler=/api`);
      // pprof's syntax: key=regex, or numeric ranges with units such as bytes=64kb:1mb.
      return parseTagFilter(f.pattern);
    });
    return list.length ? list : undefined;
  };
  out.tagFocus = tags('tagfocus');
  out.tagIgnore = tags('tagignore');
  return out;
}

/**
 * A name the editor cut (a reference, src/shared/nameLimit.ts) as a filter: the anchored
 * literal the webview writes for one function matches the whole name it was cut from. Any other
 * pattern is a regex, as pprof reads it.
 */
function referenceMatcher(pattern: string): LinearRegex {
  const name = exactPatternReference(pattern)!;
  const reference = parseNameReference(name);
  return {
    source: pattern,
    test: text => refersTo(name, text, reference),
    exec: text => (refersTo(name, text, reference) ? { groups: [text], index: 0 } : null),
  };
}

function focusPattern(pattern: string | undefined): LinearRegex | string | undefined {
  return pattern !== undefined && exactPatternReference(pattern) !== undefined ? referenceMatcher(pattern) : pattern;
}

/** Alternatives some of which name a cut function: any one matching. */
function referencesOr(references: string[], regexes: string[], kind: string): LinearRegex {
  const tests = references.map(referenceMatcher);
  if (regexes.length > 0) tests.push(compileLinearRegex(regexes.map(p => `(?:${p})`).join('|'), kind));
  return {
    source: [...references, ...regexes].map(p => `(?:${p})`).join('|'),
    test: text => tests.some(t => t.test(text)),
    exec: text => {
      for (const t of tests) {
        const m = t.exec(text);
        if (m) return m;
      }
      return null;
    },
  };
}

function viewOf(profile: Profile, query: ProfileQuery): StackView {
  const options = { sampleType: query.sampleType, granularity: query.granularity };
  const view = createStackView(profile, { ...options, filters: toProfileFilters(query.filters), tagRoot: query.tagRoot });
  // The core takes one focus regex (any frame matching it keeps a sample). Narrowing with a
  // second focus chip should keep the samples through both, so each further chip's kept
  // samples are intersected with the view's: the same per-sample decision the core makes.
  for (const extra of query.filters.filter(f => f.kind === 'focus').slice(1)) {
    const also = createStackView(profile, { sampleType: query.sampleType, filters: { focus: focusPattern(extra.pattern) } });
    for (let i = 0; i < view.kept.length; i++) {
      if (also.kept[i] === 0) {
        view.kept[i] = 0; view.weights[i] = 0;
        if (view.split) { view.split.high[i] = 0; view.split.low[i] = 0; }
      }
    }
  }
  return view;
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/**
 * Unique names of the view's frames. At function granularity the function names are already
 * unique; at file or line granularity pprof names a node "pkg.F file.go:12" (it prints the whole
 * path; the base name is enough to read, and the whole path is kept where base names collide).
 */
export function frameNamesOf(view: StackView): string[] {
  const { name, file, line } = view.frames;
  if (view.granularity === 'functions') return name;
  const place = (f: number, path: string) => {
    const where = view.granularity === 'lines' ? `${path}:${line[f]}` : path;
    return file[f] === '' && (view.granularity !== 'lines' || line[f] === 0) ? name[f] : `${name[f]} ${where}`;
  };
  const short = name.map((_, f) => place(f, baseName(file[f])));
  const count = new ContentKeyedMap<number>();
  for (const n of short) count.set(n, (count.get(n) ?? 0) + 1);
  // At file granularity a frame is a file, named by its path as pprof prints it (pprof keeps a
  // file's functions with distinct start lines apart: those get a number below).
  const names = view.granularity === 'files' ? name : short.map((n, f) => (count.get(n)! > 1 ? place(f, file[f]) : n));
  // The core merges equal (name, file, line): what still collides is only unsymbolized frames.
  const seen = new ContentKeyedSet();
  return names.map((n, f) => { const unique = seen.has(n) ? `${n} #${f}` : n; seen.add(unique); return unique; });
}

/** A label filter's key when it is a reference (`key… (N characters, #digest)=regex`): where the key ends. */
const REFERENCE_KEY_END = /… \(\d{1,16} characters, #[0-9a-f]{16}\)=/;

/**
 * `query` with each label key the editor cut (a reference, src/shared/nameLimit.ts: the summary's
 * keys cross so) made the profile's whole key: in -tagroot, -tagleaf and a label filter's
 * `key=`. A key that names none stays as sent, and matches nothing.
 */
export function withWholeLabelKeys(profile: Profile, query: ProfileQuery): ProfileQuery {
  const tagKeyEnd = (pattern: string) => {
    const m = REFERENCE_KEY_END.exec(pattern);
    return m ? m.index + m[0].length - 1 : -1;
  };
  const isTag = (f: ProfileFilter) => f.kind === 'tagfocus' || f.kind === 'tagignore';
  const cut = [...(query.tagRoot ?? []), ...(query.tagLeaf ?? [])].some(k => parseNameReference(k) !== undefined)
    || query.filters.some(f => isTag(f) && tagKeyEnd(f.pattern) >= 0);
  if (!cut) return query;
  const keys = distinctLabelKeys(profile.samples).map(k => profile.strings[k]);
  const whole = (key: string) => (parseNameReference(key) ? resolveName(key, keys) ?? key : key);
  const filters = query.filters.map(f => {
    const end = isTag(f) ? tagKeyEnd(f.pattern) : -1;
    return end < 0 ? f : { ...f, pattern: whole(f.pattern.slice(0, end)) + f.pattern.slice(end) };
  });
  return {
    ...query, filters,
    ...(query.tagRoot ? { tagRoot: query.tagRoot.map(whole) } : {}),
    ...(query.tagLeaf ? { tagLeaf: query.tagLeaf.map(whole) } : {}),
  };
}

/** One profile through one query; build it once and ask it for several views. */
export class QueriedProfile {
  readonly view: StackView;
  /** Per frame id of view.frames: a name unique in this view (frameNamesOf). */
  readonly frameNames: string[];
  /** At file or line granularity: per frame id the plain function name; undefined at function granularity. */
  readonly functionNames: string[] | undefined;
  private topResult: TopResult | undefined;

  readonly profile: Profile;

  constructor(profile: Profile, readonly query: ProfileQuery) {
    if (!Number.isInteger(query.sampleType) || query.sampleType < 0 || query.sampleType >= profile.sampleTypes.length) {
      throw new RangeError(`no sample type #${query.sampleType} (this profile has ${profile.sampleTypes.length})`);
    }
    const whole = withWholeLabelKeys(profile, query);
    // -tagleaf frames go below the stack's leaf: the stacks themselves get them (pprof's way).
    this.profile = whole.tagLeaf && whole.tagLeaf.length > 0 ? addLabelFrames(profile, [], whole.tagLeaf) : profile;
    this.view = viewOf(this.profile, whole);
    this.frameNames = frameNamesOf(this.view);
    this.functionNames = this.frameNames === this.view.frames.name ? undefined : this.view.frames.name;
  }

  /** pprof's top (flat and cum per frame), computed on first use. */
  get top(): TopResult {
    this.topResult ??= computeTop(this.view);
    return this.topResult;
  }

  /** The frame id of a name from frameNames (or a reference cut from one, nameLimit.ts), or -1. */
  frameNamed(name: string): number {
    const at = this.frameNames.indexOf(name);
    if (at >= 0 || !parseNameReference(name)) return at;
    const whole = resolveName(name, this.frameNames);
    return whole === undefined ? -1 : this.frameNames.indexOf(whole);
  }

  /**
   * A name the webview sent (a frame's or a function's, whole or cut) as the view names it: the
   * whole frame or function name it was cut from; the name itself when it names none.
   */
  wholeName(name: string): string {
    if (!parseNameReference(name)) return name;
    return resolveName(name, this.frameNames) ?? resolveName(name, this.view.frames.name) ?? name;
  }
}

/** The frame name (as QueriedProfile.frameNames) of each top-table row, which the core names by function. */
export function rowNamesOf(q: QueriedProfile, rows: readonly TopRow[]): string[] {
  if (!q.functionNames) return rows.map(r => r.func);
  const { view } = q;
  const frameOf = new ContentKeyedMap<number>();
  view.frames.name.forEach((n, f) => frameOf.set(`${n}\u0000${view.frames.file[f]}\u0000${view.frames.line[f]}`, f));
  return rows.map(r => q.frameNames[frameOf.get(`${r.func}\u0000${r.file}\u0000${r.line}`) ?? -1] ?? r.func);
}
