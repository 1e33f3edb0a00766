// A profile seen through one sample type, one granularity and a set of pprof-style
// filters: the common input of every aggregation (top, line heat, flame trees).
// All the filtering is decided per LOCATION (there are few) and per sample once, so
// aggregations only iterate typed arrays.
//
// Stack order reminder: `profile.samples.locations` is LEAF FIRST, and within a location
// `locFrames[locFrameStart[l] …]` is innermost (inlined) first, like `location.lines`.
import type { Profile, ProfileLine, ValueType } from './model';
import { sampleTypeIndex } from './model';
import { displayFunctionName } from './functionNames';
import { numLabelUnits, type TagFilter } from './tagFilter';
import { scaleValue } from './measurement';
import { labelFrameName } from './reshape';
import { compileLinearRegex, type LinearRegex } from '../linearRegex';
import { cleanPath } from './cleanPath';
import { columnLines, locationColumns } from './locationColumns';
import { EXACT_DOUBLE_LIMIT, exactAbsTotal, splitWeights, type SplitWeights } from './exactSums';
import { ContentKeyedMap, KeyParts } from '../../shared/contentKeyedMap';

export type { TagFilter };

export type Granularity = 'functions' | 'filefunctions' | 'files' | 'lines';

/** Patterns are Go (RE2) regexes: a string is compiled with compileLinearRegex. */
export interface ProfileFilters {
  /** Keep samples with at least one frame whose function name, file or binary matches. */
  focus?: LinearRegex | string;
  /** Drop samples with a frame whose function name, file or binary matches. */
  ignore?: LinearRegex | string;
  /** Remove frames whose function name or file (or whole binary) matches. */
  hide?: LinearRegex | string;
  /** Keep only frames whose function name or file (or whole binary) matches. */
  show?: LinearRegex | string;
  tagFocus?: TagFilter[];
  tagIgnore?: TagFilter[];
}

export interface ViewOptions {
  /** Name or index; default: the profile's default sample type. */
  sampleType?: string | number;
  granularity?: Granularity;
  filters?: ProfileFilters;
  /** Label keys that become pseudo frames at the root, first key outermost (pprof -tagroot). */
  tagRoot?: string[];
  /** pprof's -noinlines: a location is one frame, its last line (the function its code was compiled into). */
  noInlines?: boolean;
}

/** The distinct frames of a view, indexed by frame id. */
export interface FrameTable {
  name: string[];
  /** Source file ('' when unknown). At function granularity: the function's file. */
  file: string[];
  /** Line at 'lines' granularity, the function's start line otherwise (0 when unknown). */
  line: number[];
  /** True for -tagroot pseudo frames made from labels. */
  isLabel: boolean[];
  /** True for frames that name no function (an address shown as `[its binary]` or `<unknown>`): pprof's name for them is empty. */
  unnamed: boolean[];
  /** The start line of the frame's function (0 when none). */
  functionStartLine: number[];
  /** The mapping of the first location that made the frame (-1: none). */
  mappingIndex: number[];
  /**
   * pprof's NodeInfo printed (`fmt.Sprint`), its last word between nodes of one name and
   * weight: a frame without a name keeps its binary's whole path and its function's start line.
   * Made when first asked (ties are rare), then kept.
   */
  identity: (frame: number) => string;
}

/** See FrameTable.identity. An address alone is unnamed and has neither file nor line. */
function frameIdentity(profile: Profile, granularity: Granularity, frames: FrameTable, frame: number): string {
  const name = frames.name[frame], file = frames.file[frame], line = frames.line[frame];
  const mapping = frames.mappingIndex[frame];
  const objfile = mapping >= 0 ? profile.mappings[mapping].file : '';
  if (frames.isLabel[frame]) return nodeIdentity(name, '', 0, 0, '');
  if (frames.unnamed[frame] && file === '' && (granularity !== 'lines' || line === 0)) return nodeIdentity('', '', frames.functionStartLine[frame], 0, objfile);
  const shownName = frames.unnamed[frame] ? '' : name;
  switch (granularity) {
    case 'files': return nodeIdentity('', file, line, 0, objfile);
    case 'functions': return nodeIdentity(shownName, '', frames.functionStartLine[frame], 0, objfile);
    case 'filefunctions': return nodeIdentity(shownName, file, frames.functionStartLine[frame], 0, objfile);
    default: return nodeIdentity(shownName, file, frames.functionStartLine[frame], line, objfile);
  }
}

/**
 * `fmt.Sprint` of pprof's NodeInfo {Name OrigName Address File StartLine Lineno Objfile} once
 * the granularity has cleared what it does not show (the address always: no address granularity
 * here); pprof fills StartLine and Objfile only for a node without a name.
 */
function nodeIdentity(name: string, file: string, startLine: number, lineno: number, objfile: string): string {
  return `{${name}  0 ${file === '' ? '' : cleanPath(file)} ${name === '' ? startLine : 0} ${lineno} ${name === '' ? objfile : ''}}`;
}

export interface StackView {
  profile: Profile;
  typeIndex: number;
  sampleType: ValueType;
  granularity: Granularity;
  frames: FrameTable;
  /** Per location: frames innermost first, after hide/show. */
  locFrameStart: Uint32Array;
  locFrames: Uint32Array;
  /** 1 when that frame was inlined into the next one of its location. */
  locFrameInlined: Uint8Array;
  /** The index in its location's `lines` of each frame (what hide/show left of a location). */
  locFrameLine: Uint32Array;
  /** Per sample: its value for the chosen type, 0 when filtered out. */
  weights: Float64Array;
  /** Per sample: 1 when kept by the filters. */
  kept: Uint8Array;
  /** With tagRoot: per sample the label frames, ROOT FIRST (key order). */
  rootFrames?: Uint32Array[];
  /** pprof's total, the 100% of percentages: sum of |value| over ALL samples, before filters (of the base samples for a diff). */
  total: number;
  /**
   * Present when sums of the weights can pass 2^53, where doubles lose units and pprof's int64
   * does not: the weights split in two halves, for `exactly` (exactSums.ts) to sum.
   */
  split?: SplitWeights;
}

/** The one line of a location without lines: no function. */
const NO_FUNCTION: readonly ProfileLine[] = [{ functionIndex: -1, line: 0, column: 0 }];

const DIFF_BASE_LABEL = 'pprof::base';
export { DIFF_BASE_LABEL };

function toRegex(re: LinearRegex | string | undefined, what: string): LinearRegex | undefined {
  if (re === undefined || re === '') return undefined;
  return typeof re === 'string' ? compileLinearRegex(re, what) : re;
}

// A filter asks the same question of a function (or binary) in every location that holds it:
// each is asked once.
function memoized(count: number, test: (index: number) => boolean): (index: number) => boolean {
  const answers = new Uint8Array(count); // 0 not asked yet, 1 yes, 2 no
  return index => {
    if (answers[index] === 0) answers[index] = test(index) ? 1 : 2;
    return answers[index] === 1;
  };
}

interface FrameTest { fn: (functionIndex: number) => boolean; mapping: (mappingIndex: number) => boolean }

function frameTest(profile: Profile, re: LinearRegex | undefined): FrameTest | undefined {
  if (!re) return undefined;
  return {
    // pprof's symbolizer demangles before any filter: a regex sees the name a report prints.
    fn: memoized(profile.functions.length, f => re.test(displayFunctionName(profile.functions[f])) || re.test(profile.functions[f].filename)),
    mapping: memoized(profile.mappings.length, m => profile.mappings[m].file !== '' && re.test(profile.mappings[m].file)),
  };
}

export function createStackView(profile: Profile, options: ViewOptions = {}): StackView {
  const typeIndex = sampleTypeIndex(profile, options.sampleType);
  const granularity = options.granularity ?? 'functions';
  const noInlines = options.noInlines === true;
  const filters = options.filters ?? {};
  const focus = frameTest(profile, toRegex(filters.focus, 'focus')), ignore = frameTest(profile, toRegex(filters.ignore, 'ignore'));
  const hide = frameTest(profile, toRegex(filters.hide, 'hide')), show = frameTest(profile, toRegex(filters.show, 'show'));

  const identities: string[] = [];
  const frames: FrameTable = {
    name: [], file: [], line: [], isLabel: [], unnamed: [], functionStartLine: [], mappingIndex: [],
    identity: frame => (identities[frame] ??= frameIdentity(profile, granularity, frames, frame)),
  };
  const frameByKey = new ContentKeyedMap<number>();
  // A long name or path stands in a joined key as a token (the name alone is its own key).
  const keyParts = new KeyParts();
  const part = (text: string) => keyParts.part(text);
  const objfileOf = (mappingIndex: number): string => (mappingIndex >= 0 ? profile.mappings[mappingIndex].file : '');
  // The line being read when a frame is made: its function's start line and binary.
  let readingStartLine = 0, readingMapping = -1;
  const frameId = (key: string, name: string, file: string, line: number, isLabel = false, unnamed = name === ''): number => {
    let id = frameByKey.get(key);
    if (id === undefined) {
      id = frames.name.length;
      frames.name.push(name); frames.file.push(file); frames.line.push(line); frames.isLabel.push(isLabel); frames.unnamed.push(unnamed);
      frames.functionStartLine.push(readingStartLine); frames.mappingIndex.push(readingMapping);
      frameByKey.set(key, id);
    }
    return id;
  };

  // A profile whose locations are still columns is read from them, never made into objects.
  const columns = locationColumns(profile);
  const nLoc = columns ? columns.count : profile.locations.length;
  // A function's display name (demangled, simplified) once, not once per location line.
  const displayNames = new Array<string | undefined>(profile.functions.length);
  const locFrameStart = new Uint32Array(nLoc + 1);
  // Most locations make one frame: room for one each, doubled when inlined lines need more.
  let locFrames = new Uint32Array(nLoc), locFrameInlined = new Uint8Array(nLoc), locFrameLine = new Uint32Array(nLoc);
  let frameCount = 0;
  // The frame of an address without a function, per binary (mapping index + 1; 0: none): asked
  // once per binary, not once per location (a legacy profile may hold 10^6 bare addresses).
  const unknownFrameOf = new Int32Array(profile.mappings.length + 1).fill(-1);
  const binaryLabel = (mappingFile: string): string => (mappingFile ? `[${baseName(mappingFile)}]` : '<unknown>');
  const unknownFrame = (mappingIndex: number): number => {
    let id = unknownFrameOf[mappingIndex + 1];
    if (id < 0) {
      // pprof keys a frame without a function by its binary's whole path and prints its base
      // name: two binaries of one name (a diff of two hosts' profiles) stay two rows.
      const mappingFile = objfileOf(mappingIndex);
      readingStartLine = 0;
      id = unknownFrameOf[mappingIndex + 1] = frameId(`?${mappingFile}`, binaryLabel(mappingFile), '', 0, false, true);
    }
    return id;
  };
  // A function without a name or file (or whose name and file the granularity clears) is, to
  // pprof, its binary and its start line: printed as the binary, but kept apart from the
  // binary's bare addresses, and from its other such functions, unless its start line is 0.
  const namelessFrame = (mappingIndex: number, startLine: number): number => {
    if (startLine === 0) return unknownFrame(mappingIndex);
    const mappingFile = objfileOf(mappingIndex);
    return frameId(`?${mappingFile}\u0000${startLine}`, binaryLabel(mappingFile), '', 0, false, true);
  };
  // Whether -hide/-show take a location's line of function f away (all of it when its binary matches).
  const lineHidden = (f: number, hideAll: boolean, showAll: boolean, noLines: boolean): boolean => hideAll
    || (f >= 0 && hide !== undefined && hide.fn(f)) || (show !== undefined && (noLines || (!showAll && f >= 0 && !show.fn(f))));
  // 1 = matches focus, 2 = matches ignore.
  const locMatch = new Uint8Array(nLoc);
  for (let l = 0; l < nLoc; l++) {
    const loc = columns ? undefined : profile.locations[l];
    const mappingIndex = loc ? loc.mappingIndex : columns!.mappingIndex[l];
    const locLines = loc ? loc.lines : columnLines(columns!, l);
    locFrameStart[l] = frameCount;
    // A location of the previous one's lines (the same list: columns share it; or none) in its binary makes
    // its frames and matches the filters as that one did: many addresses of one line (10^6 of them
    // asked the frame table 10^6 times).
    if (l > 0 && columns && columns.linesRef[l] === columns.linesRef[l - 1] && mappingIndex === columns.mappingIndex[l - 1]) {
      const from = locFrameStart[l - 1], count = frameCount - from;
      if (frameCount + count > locFrames.length) {
        const size = Math.max(16, (frameCount + count) * 2);
        locFrames = grownTo(locFrames, size); locFrameInlined = grownTo(locFrameInlined, size); locFrameLine = grownTo(locFrameLine, size);
      }
      locFrames.copyWithin(frameCount, from, frameCount); locFrameInlined.copyWithin(frameCount, from, frameCount); locFrameLine.copyWithin(frameCount, from, frameCount);
      frameCount += count;
      locMatch[l] = locMatch[l - 1];
      continue;
    }
    if (focus || ignore) {
      const matches = (t: FrameTest): boolean => (mappingIndex >= 0 && t.mapping(mappingIndex)) ||
        locLines.some(ln => ln.functionIndex >= 0 && t.fn(ln.functionIndex));
      if (ignore && matches(ignore)) locMatch[l] = 2;
      else if (!focus || matches(focus)) locMatch[l] = 1;
    }
    const lines = locLines.length > 0 ? locLines : NO_FUNCTION;
    // As pprof: a matching binary hides (or shows) every line of the location.
    const hideAll = hide !== undefined && mappingIndex >= 0 && hide.mapping(mappingIndex);
    const showAll = show !== undefined && mappingIndex >= 0 && show.mapping(mappingIndex);
    // pprof's -show keeps a location's matching lines: one without lines (an address alone) has none, whatever its binary.
    const noLines = locLines.length === 0;
    // pprof joins inlined lines into their caller after -hide/-show: the last line they leave.
    let onlyLine = -1;
    if (noInlines) for (let k = lines.length - 1; k >= 0 && onlyLine < 0; k--) if (!lineHidden(lines[k].functionIndex, hideAll, showAll, noLines)) onlyLine = k;
    for (let k = 0; k < lines.length; k++) {
      const f = lines[k].functionIndex;
      const fn = f >= 0 ? profile.functions[f] : undefined;
      if (lineHidden(f, hideAll, showAll, noLines) || (noInlines && k !== onlyLine)) continue;
      let id: number;
      const name = fn ? (displayNames[f] ??= displayFunctionName(fn)) : '';
      readingStartLine = fn ? fn.startLine : 0;
      readingMapping = mappingIndex;
      // Keys use file names as pprof prints them (cleaned); frames keep the producer's path.
      if (granularity === 'files') {
        // pprof's files granularity names a node by its file but keeps the function's start
        // line in the node's identity: a file's functions stay separate rows, as pprof prints.
        // Its binary too (pprof's Objfile of a node without a name): the same file in the binaries
        // of a profile and its base (two builds) makes two rows.
        id = !fn ? unknownFrame(mappingIndex)
          : fn.filename !== '' ? frameId(`\u0002${part(cleanPath(fn.filename))}\u0000${fn.startLine}\u0000${part(objfileOf(mappingIndex))}`, fn.filename, fn.filename, fn.startLine)
            : namelessFrame(mappingIndex, fn.startLine);
      } else if (!fn) {
        id = unknownFrame(mappingIndex);
      } else if (granularity === 'functions') {
        id = name === '' ? namelessFrame(mappingIndex, fn.startLine) : frameId(name, name, fn.filename, fn.startLine);
      } else if (granularity === 'filefunctions') {
        // A nameless function with a file is its file, as pprof prints it.
        id = name === '' && fn.filename === '' ? namelessFrame(mappingIndex, fn.startLine)
          : frameId(`${part(name)}\u0000${part(cleanPath(fn.filename))}${name === '' ? `\u0000${fn.startLine}\u0000${part(objfileOf(mappingIndex))}` : ''}`, name, fn.filename, fn.startLine);
      } else {
        const line = lines[k].line;
        id = name === '' && fn.filename === '' && line === 0 ? namelessFrame(mappingIndex, fn.startLine)
          : frameId(`${part(name)}\u0000${part(cleanPath(fn.filename))}\u0000${line}${name === '' ? `\u0000${fn.startLine}\u0000${part(objfileOf(mappingIndex))}` : ''}`, name, fn.filename, line);
      }
      if (frameCount === locFrames.length) {
        const size = Math.max(16, frameCount * 2);
        locFrames = grownTo(locFrames, size); locFrameInlined = grownTo(locFrameInlined, size); locFrameLine = grownTo(locFrameLine, size);
      }
      locFrames[frameCount] = id;
      locFrameInlined[frameCount] = !noInlines && k < lines.length - 1 ? 1 : 0;
      locFrameLine[frameCount] = k;
      frameCount++;
    }
  }
  locFrameStart[nLoc] = frameCount;

  const s = profile.samples;
  const weights = new Float64Array(s.count);
  const kept = new Uint8Array(s.count);
  const tagFocus = compileTagFilters(profile, filters.tagFocus), tagIgnore = compileTagFilters(profile, filters.tagIgnore);
  const baseKey = profile.strings.indexOf(DIFF_BASE_LABEL);
  const rootFrames = options.tagRoot && options.tagRoot.length > 0 ? new Array<Uint32Array>(s.count) : undefined;
  let total = 0, baseTotal = 0;
  const locs = s.locations, vc = s.valueCount, values = s.values;
  for (let i = 0; i < s.count; i++) {
    // pprof's total is taken before filtering: percentages stay relative to the whole profile.
    const w = values[i * vc + typeIndex];
    total += Math.abs(w);
    if (baseKey > 0 && sampleHasLabel(profile, i, baseKey)) baseTotal += Math.abs(w);
    const start = s.stackStart[i], end = s.stackStart[i + 1];
    if (focus || ignore) {
      let focused = !focus, ignored = false;
      for (let p = start; p < end; p++) {
        const m = locMatch[locs[p]];
        if (m === 2) { ignored = true; break; }
        if (m === 1) focused = true;
      }
      if (ignored || !focused) continue;
    }
    if (hide || show) {
      let anyFrame = false;
      for (let p = start; p < end && !anyFrame; p++) anyFrame = locFrameStart[locs[p] + 1] > locFrameStart[locs[p]];
      // pprof drops a sample whose every location got hidden.
      if (!anyFrame) continue;
    }
    if (tagFocus && !tagFocus.every(f => sampleHasTag(profile, i, f))) continue;
    if (tagIgnore && tagIgnore.some(f => sampleHasTag(profile, i, f))) continue;
    kept[i] = 1;
    weights[i] = w;
    if (rootFrames) {
      rootFrames[i] = Uint32Array.from(options.tagRoot!, key => {
        // As pprof's -tagroot frame: function = the values, file = the key, printed at this granularity.
        const value = labelFrameName(profile, i, key);
        // pprof's PrintableName: without a value, the file (the key), or "<unknown>" at function granularity.
        const name = granularity === 'files' || (value === '' && granularity !== 'functions') ? key
          : granularity === 'functions' ? value || '<unknown>' : `${value} ${key}`;
        return frameId(granularity === 'files' ? `\u0001${key}` : `\u0001${key}\u0000${value}`, name, '', 0, true);
      });
    }
  }
  // A sum of magnitudes under 2^53 is exact in doubles, so is every sum of these weights.
  const split = total >= EXACT_DOUBLE_LIMIT ? splitWeights(weights, i => (s.valuesExact ? s.valuesExact[i * vc + typeIndex] : undefined)) : undefined;
  if (split) total = exactAbsTotal(s, typeIndex, baseKey > 0 ? i => sampleHasLabel(profile, i, baseKey) : undefined);
  else if (baseTotal > 0) total = baseTotal;
  return {
    profile, typeIndex, sampleType: profile.sampleTypes[typeIndex], granularity, frames,
    locFrameStart, locFrames: locFrames.subarray(0, frameCount), locFrameInlined: locFrameInlined.subarray(0, frameCount),
    locFrameLine: locFrameLine.subarray(0, frameCount),
    weights, kept, rootFrames, total, ...(split && { split }),
  };
}

function grownTo<T extends Uint32Array | Uint8Array>(a: T, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a);
  return out;
}

function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i >= 0 ? path.slice(i + 1) : path;
}

// Label values repeat across samples: each string is tested once (by its index in the string table).
interface CompiledTagFilter {
  key: string; value?: LinearRegex; valueString?: (stringIndex: number) => boolean; min?: number; max?: number; unit?: string;
  allOf?: ((keyIndex: number, valueIndex: number) => boolean)[]; keyUnits?: Map<string, string>;
}

function pairTest(profile: Profile, re: LinearRegex): (keyIndex: number, valueIndex: number) => boolean {
  const answers = new Map<number, boolean>();
  const n = profile.strings.length;
  return (k, v) => {
    const id = k * n + v;
    let answer = answers.get(id);
    if (answer === undefined) {
      answer = re.test(`${profile.strings[k]}:${profile.strings[v]}`);
      answers.set(id, answer);
    }
    return answer;
  };
}

function compileTagFilters(profile: Profile, filters: TagFilter[] | undefined): CompiledTagFilter[] | undefined {
  if (!filters || filters.length === 0) return undefined;
  let keyUnits: Map<string, string> | undefined;
  return filters.map(f => {
    if (f.unit !== undefined) {
      const s = profile.samples;
      keyUnits ??= numLabelUnits(profile.strings, s.labelKey, s.labelStr, s.labelUnit);
    }
    const value = toRegex(f.value, `tag ${f.key}`);
    return {
      key: f.key, value, valueString: value && memoized(profile.strings.length, v => value.test(profile.strings[v])),
      min: f.min, max: f.max, unit: f.unit, allOf: f.allOf?.map(re => pairTest(profile, re)), keyUnits,
    };
  });
}

function sampleHasTag(profile: Profile, i: number, f: CompiledTagFilter): boolean {
  const s = profile.samples;
  if (f.allOf) {
    return f.allOf.every(matches => {
      for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++) {
        if (s.labelStr[j] !== 0 && matches(s.labelKey[j], s.labelStr[j])) return true;
      }
      return false;
    });
  }
  for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++) {
    const key = profile.strings[s.labelKey[j]];
    if (f.unit !== undefined) {
      if (s.labelStr[j] !== 0 || (f.key !== '' && key !== f.key)) continue;
      const [v, unit] = scaleValue(s.labelNum[j], f.keyUnits!.get(key) ?? key, f.unit);
      if (unit === f.unit && (f.min === undefined || v >= f.min) && (f.max === undefined || v <= f.max)) return true;
      continue;
    }
    if (f.key !== '' && key !== f.key) continue;
    if (s.labelStr[j] !== 0) {
      if (!f.valueString || f.valueString(s.labelStr[j])) return true;
    } else {
      // A regex asks of string labels only (pprof's compileTagFilter reads Sample.Label): a
      // numeric label's value is never text to match, `bytes=4096,8192` selects nothing.
      if (f.value) continue;
      const n = s.labelNum[j];
      if ((f.min === undefined || n >= f.min) && (f.max === undefined || n <= f.max)) return true;
    }
  }
  return false;
}

/** Whether sample i has a label of key `keyIndex` (a string-table index). */
export function sampleHasLabel(profile: Profile, i: number, keyIndex: number): boolean {
  const s = profile.samples;
  for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++) if (s.labelKey[j] === keyIndex) return true;
  return false;
}

/** The values of one label key on sample i, as text (numbers with their unit). */
export function labelValues(profile: Profile, i: number, key: string): string[] {
  const s = profile.samples;
  const out: string[] = [];
  for (let j = s.labelStart[i]; j < s.labelStart[i + 1]; j++) {
    if (profile.strings[s.labelKey[j]] !== key) continue;
    if (s.labelStr[j] !== 0) out.push(profile.strings[s.labelStr[j]]);
    else {
      const unit = profile.strings[s.labelUnit[j]];
      out.push(unit ? `${s.labelNum[j]} ${unit}` : String(s.labelNum[j]));
    }
  }
  return out;
}
