// Adapts the pprof core's StackView (sample type + filters applied, pprof semantics) to the
// arrays the flame tree builder walks: each location's frames OUTERMOST first (the core keeps
// them innermost first, like profile.proto), since stacks are read from the root here.
import { createStackView, type ProfileFilters, type StackView, type TagFilter } from '../../../core/pprof';
import type { Profile } from '../../../core/pprof/model';
import type { ProfileFilter, ProfileQuery } from '../../../shared/profileProtocol';

export interface FrameTable {
  /** Distinct frames (functions at function granularity): frame ids below index these. */
  names: string[];
  nameFile: string[];
  /** The function's start line (0 when unknown). */
  nameLine: number[];
  /** Frames of location l: frameName/frameInlined[locStart[l] … locStart[l+1]), outermost first. */
  locStart: Uint32Array;
  frameName: Uint32Array;
  frameInlined: Uint8Array;
}

export class FilterSyntaxError extends Error {
  constructor(message: string) { super(message); this.name = 'FilterSyntaxError'; }
}

/**
 * The webview's filter chips as pprof filters. Chips of one kind combine as alternatives
 * (pprof takes one regex per kind: `-focus=a|b`); tag chips are `key=regex`, each one a
 * separate condition.
 */
export function toProfileFilters(filters: ProfileFilter[]): ProfileFilters {
  const out: ProfileFilters = {};
  const any = (kind: ProfileFilter['kind']) => {
    const patterns = filters.filter(f => f.kind === kind).map(f => f.pattern);
    return patterns.length === 0 ? undefined : patterns.length === 1 ? patterns[0] : patterns.map(p => `(?:${p})`).join('|');
  };
  out.focus = any('focus');
  out.ignore = any('ignore');
  out.hide = any('hide');
  out.show = any('show');
  const tags = (kind: ProfileFilter['kind']): TagFilter[] | undefined => {
    const list = filters.filter(f => f.kind === kind).map(f => {
      const eq = f.pattern.indexOf('=');
      if (eq <= 0) throw new FilterSyntaxError(`${kind} "${f.pattern}": write a label filter as key=regex, e.g. handler=/api`);
      return { key: f.pattern.slice(0, eq), value: f.pattern.slice(eq + 1) };
    });
    return list.length ? list : undefined;
  };
  out.tagFocus = tags('tagfocus');
  out.tagIgnore = tags('tagignore');
  return out;
}

export function viewOf(profile: Profile, query: ProfileQuery): StackView {
  return createStackView(profile, { sampleType: query.sampleType, filters: toProfileFilters(query.filters) });
}

export function framesOfView(view: StackView): FrameTable {
  const { locFrameStart, locFrames, locFrameInlined } = view;
  const frameName = new Uint32Array(locFrames.length);
  const frameInlined = new Uint8Array(locFrames.length);
  const nLoc = locFrameStart.length - 1;
  for (let l = 0; l < nLoc; l++) {
    const from = locFrameStart[l], to = locFrameStart[l + 1];
    for (let k = from; k < to; k++) {
      const src = to - 1 - (k - from);
      frameName[k] = locFrames[src];
      frameInlined[k] = locFrameInlined[src];
    }
  }
  return { names: view.frames.name, nameFile: view.frames.file, nameLine: view.frames.line, locStart: locFrameStart, frameName, frameInlined };
}
