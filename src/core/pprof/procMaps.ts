// The memory map that legacy profiles carry after their samples (Linux /proc/self/maps
// lines, or the brief "start-limit: file" form of C++ profiles), read as pprof's
// ParseProcMaps does, and the lookup of an address's mapping.
// Lines are split into fields by hand: a mapping line of any length is read in linear time.
import type { ProfileMapping } from './model';

interface Field { start: number; end: number }

function fields(line: string, max: number): Field[] {
  const out: Field[] = [];
  let p = 0;
  while (out.length < max) {
    while (p < line.length && isSpace(line.charCodeAt(p))) p++;
    if (p >= line.length) break;
    const start = p;
    while (p < line.length && !isSpace(line.charCodeAt(p))) p++;
    out.push({ start, end: p });
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

const HEX_RANGE = /^([0-9a-fA-F]{1,16})-([0-9a-fA-F]{1,16}):?$/;
const PERMS = /^[-rwxps]{1,8}$/;
const HEX = /^[0-9a-fA-F]{1,16}$/;
const DEVICE = /^[0-9a-fA-F]{1,16}:[0-9a-fA-F]{1,16}$/;
const DIGITS = /^[0-9]{1,20}$/;

/**
 * One mapping line: `start-limit perms offset dev inode [file]` or `start-limit[:] [perms] [file]`.
 * Undefined for a line that is neither, or a mapping that cannot hold code (no x permission).
 */
export function parseProcMapsLine(line: string): Omit<ProfileMapping, 'id'> | undefined {
  const f = fields(line, 6);
  const text = (k: number): string => (k < f.length ? line.slice(f[k].start, f[k].end) : '');
  const range = f.length > 0 ? HEX_RANGE.exec(text(0)) : null;
  if (!range) return undefined;
  const perms = PERMS.test(text(1)) ? text(1) : '';
  if (perms !== '' && !perms.includes('x')) return undefined;
  let offset = 0, file: string;
  if (perms !== '' && HEX.test(text(2)) && DEVICE.test(text(3)) && DIGITS.test(text(4))) {
    offset = parseInt(text(2), 16);
    // The file name is the rest of the line: it may hold spaces.
    file = f.length > 5 ? line.slice(f[5].start).trim() : '';
  } else {
    file = text(perms === '' ? 1 : 2);
  }
  return {
    start: parseInt(range[1], 16), limit: parseInt(range[2], 16), offset, file,
    buildId: '', hasFunctions: false, hasFilenames: false, hasLineNumbers: false, hasInlineFrames: false,
  };
}

/** pprof keeps this many `name=value` lines for `$name` in later mapping lines; a memory map has a few. */
const MAX_ATTRIBUTES = 256;

/**
 * Every code mapping of the text's lines, numbered from 1. A line that is no mapping and holds
 * `name=value` makes `$name` stand for value in the lines after it (`source=/home` then
 * `00400000-00fcb000: $source/server`), as pprof's ParseProcMaps reads them.
 */
export function parseProcMaps(lines: Iterable<string>): ProfileMapping[] {
  const out: ProfileMapping[] = [];
  const attributes: [string, string][] = [];
  for (const raw of lines) {
    const line = attributes.length > 0 && raw.includes('$') ? substitute(raw, attributes) : raw;
    const m = parseProcMapsLine(line);
    if (m) { out.push({ id: out.length + 1, ...m }); continue; }
    const eq = line.indexOf('=');
    const first = fields(line, 1)[0];
    if (eq >= 0 && attributes.length < MAX_ATTRIBUTES && !(first && HEX_RANGE.test(line.slice(first.start, first.end)))) {
      attributes.push([`$${line.slice(0, eq).trim()}`, line.slice(eq + 1).trim()]);
    }
  }
  return out;
}

/** Go's strings.Replacer over the pairs: at each place, the first name that matches there is replaced. */
function substitute(line: string, attributes: readonly [string, string][]): string {
  let out = '';
  for (let i = 0; i < line.length;) {
    const hit = line.charCodeAt(i) === 0x24 ? attributes.find(([name]) => line.startsWith(name, i)) : undefined;
    if (hit) { out += hit[1]; i += hit[0].length; } else { out += line[i]; i++; }
  }
  return out;
}

/**
 * Finds an address's mapping: the first one in `mappings` order whose [start, limit) holds it,
 * as a linear search would, in O(log n) per address after an O(n log n) sweep (a profile can
 * carry 100k mappings and 100k locations).
 */
export function mappingFinder(mappings: readonly ProfileMapping[]): (address: number) => number {
  // The usual memory map is sorted and without overlaps: search it as it is.
  if (mappings.every((m, i) => i === 0 || mappings[i - 1].limit <= m.start)) {
    return address => {
      let lo = 0, hi = mappings.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (mappings[mid].limit <= address) lo = mid + 1;
        else if (mappings[mid].start > address) hi = mid - 1;
        else return mid;
      }
      return -1;
    };
  }
  // Cut the address space into segments owned by the first mapping covering them.
  const events: { at: number; index: number; open: boolean }[] = [];
  mappings.forEach((m, index) => {
    if (m.limit > m.start) events.push({ at: m.start, index, open: true }, { at: m.limit, index, open: false });
  });
  events.sort((a, b) => a.at - b.at);
  const segmentStart: number[] = [], segmentOwner: number[] = [];
  const active = new MinHeap();
  const closed = new Set<number>();
  for (let e = 0; e < events.length;) {
    const at = events[e].at;
    for (; e < events.length && events[e].at === at; e++) {
      if (events[e].open) active.push(events[e].index);
      else closed.add(events[e].index);
    }
    while (active.size() > 0 && closed.has(active.peek())) closed.delete(active.pop());
    const owner = active.size() > 0 ? active.peek() : -1;
    if (segmentOwner.length === 0 || segmentOwner[segmentOwner.length - 1] !== owner) {
      segmentStart.push(at);
      segmentOwner.push(owner);
    }
  }
  return address => {
    let lo = 0, hi = segmentStart.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segmentStart[mid] <= address) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found < 0 ? -1 : segmentOwner[found];
  };
}

class MinHeap {
  private items: number[] = [];
  size(): number { return this.items.length; }
  peek(): number { return this.items[0]; }
  push(v: number): void {
    const a = this.items;
    a.push(v);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= a[i]) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}
