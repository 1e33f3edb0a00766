// The flame trees' lists of names as the worker posts them: each list one buffer of UTF-16 code
// units and the index where each name ends. One string per name costs the extension host, which
// only relays a view, a deserialization from the worker and a JSON serialization to the webview
// per string: 400,000 function names held its event loop for seconds. Two typed arrays move from
// the worker and cross to the webview as binary. Code units (a byte each where all are ASCII), not UTF-8: a name's lone surrogate
// (a byte that was not UTF-8 in the profile) comes back as it was, so the name the webview sends
// back for a peek or a filter is the worker's own.
import type { FlameTreeData } from '../core/report/profileTypes';
import { crossingName } from './nameLimit';

export interface PackedStrings {
  /** One byte per unit when every unit is ASCII (most lists of names): half the bytes to copy. */
  units: Uint16Array | Uint8Array;
  /** `ends[i]`: where name i ends in `units` (it starts where name i − 1 ends). */
  ends: Uint32Array;
}

type NameLists = 'names' | 'functionNames' | 'files';
interface PackedNameLists { names: PackedStrings; functionNames?: PackedStrings; files: PackedStrings }

export type PackedFlameTree = Omit<FlameTreeData, NameLists> & PackedNameLists;

export function packStrings(list: readonly string[]): PackedStrings {
  let length = 0, widest = 0;
  for (const s of list) {
    length += s.length;
    for (let k = 0; k < s.length && widest < 0x80; k++) widest = Math.max(widest, s.charCodeAt(k));
  }
  // Every fresh page of a buffer costs whoever first touches it (VS Code copies a view's buffers
  // twice on the host's thread): ASCII names take one byte each.
  const units = widest < 0x80 ? new Uint8Array(length) : new Uint16Array(length);
  const ends = new Uint32Array(list.length);
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    for (let k = 0; k < s.length; k++) units[at++] = s.charCodeAt(k);
    ends[i] = at;
  }
  return { units, ends };
}

/** fromCharCode takes its units as arguments: this many at a time stays far below any engine's limit. */
const UNITS_PER_CALL = 8192;

export function unpackStrings(packed: PackedStrings): string[] {
  const { units, ends } = packed;
  const pieces: string[] = [];
  for (let at = 0; at < units.length; at += UNITS_PER_CALL) {
    pieces.push(String.fromCharCode.apply(null, units.subarray(at, at + UNITS_PER_CALL) as unknown as number[]));
  }
  // One string of every name, each name a slice of it: no string built per name from its units.
  const all = pieces.join('');
  const out = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    out[i] = all.slice(start, ends[i]);
    start = ends[i];
  }
  return out;
}

function packLists<T extends { names: string[]; functionNames?: string[]; files: string[] }>(v: T): Omit<T, NameLists> & PackedNameLists {
  const { names, functionNames, files, ...rest } = v;
  // Each name cut to MAX_CROSSING_NAME_CHARS: a 96 MB name would cross as 96 MB, copied twice by VS Code.
  const pack = (list: readonly string[]) => packStrings(list.map(crossingName));
  return { ...rest, names: pack(names), ...(functionNames && { functionNames: pack(functionNames) }), files: pack(files) };
}

function unpackLists<T extends PackedNameLists>(v: T): Omit<T, NameLists> & { names: string[]; functionNames?: string[]; files: string[] } {
  const { names, functionNames, files, ...rest } = v;
  return { ...rest, names: unpackStrings(names), ...(functionNames && { functionNames: unpackStrings(functionNames) }), files: unpackStrings(files) };
}

export const packFlameTree = (flame: FlameTreeData): PackedFlameTree => packLists(flame);
export const unpackFlameTree = (flame: PackedFlameTree): FlameTreeData => unpackLists(flame);

/** The buffers a packed list holds, to move across threads rather than copy. */
export function packedBuffers(lists: PackedNameLists): ArrayBuffer[] {
  return [lists.names, lists.functionNames, lists.files].flatMap(p => (p ? [p.units.buffer as ArrayBuffer, p.ends.buffer as ArrayBuffer] : []));
}
