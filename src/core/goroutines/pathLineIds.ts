// Location ids by path id and line number, for the byte path's `file:line` lines (lineMeanings.ts).
// A dump names a few lines of each file, so one hash map of path × line serves; but a stack 10^6
// frames deep of one file's distinct lines made that map 10^6 entries of hashing, probing and
// growth (a tenth of such a dump's CPU, ~40 MB). A path whose lines come that densely gets a list
// indexed by line number instead: one load a lookup, 4 bytes a line.
import { NumberKeyMap } from '../numberKeyMap';

// A location's line number has at most 9 digits (parseLocationBytes): under 2^30. Path ids stay
// under 2^23 (the caller's limit), so a key stays an exact double.
const LINE_SPACE = 2 ** 30;
/** Locations of one path before its lines may go to a list: most paths of a dump never reach it. */
const DENSE_FROM_COUNT = 1024;
/** A path's list covers at most this many lines per location it holds: sparse lines stay in the map. */
const LINES_PER_LOCATION = 4;

export class PathLineIds {
  private readonly byKey = new NumberKeyMap();
  /**
   * Per path id, its list (line → location id + 1, 0 for none), or null. Every location of the path
   * at a line under the list's length is in the list; those past it are in `byKey`.
   */
  private readonly lists: (Int32Array | null)[] = [];
  /** Per path id, how many locations it holds. */
  private readonly counts: number[] = [];
  /** Per path id, the highest line it holds in `byKey`, or -1. */
  private readonly mappedMaxLines: number[] = [];

  /** The location id of `line` of path `path`, or -1. */
  get(path: number, line: number): number {
    const list = path < this.lists.length ? this.lists[path] : null;
    if (list !== null && line < list.length) return list[line] - 1;
    const id = this.byKey.get(path * LINE_SPACE + line);
    // As a small integer: the map keeps its values as doubles, and a double stored in a line's
    // meaning (lineMeanings.ts) changed that record's field, and so its hidden class, mid-scan.
    return id === undefined ? -1 : id | 0;
  }

  /** Notes `id` as the location of `line` of path `path`, which `get` did not find. */
  set(path: number, line: number, id: number): void {
    while (this.lists.length <= path) { this.lists.push(null); this.counts.push(0); this.mappedMaxLines.push(-1); }
    const count = ++this.counts[path];
    let list = this.lists[path];
    if (list !== null && line >= list.length && capacityFor(line) <= count * LINES_PER_LOCATION) list = this.grow(path, list, capacityFor(line));
    if (list !== null && line < list.length) { list[line] = id + 1; return; }
    this.byKey.set(path * LINE_SPACE + line, id);
    const maxLine = Math.max(this.mappedMaxLines[path], line);
    this.mappedMaxLines[path] = maxLine;
    if (list === null && count >= DENSE_FROM_COUNT && capacityFor(maxLine) <= count * LINES_PER_LOCATION) {
      this.grow(path, new Int32Array(0), capacityFor(maxLine));
    }
  }

  /** The path's list made `capacity` long, with the locations of the lines it newly covers moved in from the map. */
  private grow(path: number, list: Int32Array, capacity: number): Int32Array {
    const grown = new Int32Array(capacity);
    grown.set(list);
    // Lines past the highest the map holds for the path are in neither: nothing to look up there.
    const last = Math.min(capacity - 1, this.mappedMaxLines[path]);
    for (let line = list.length; line <= last; line++) {
      const id = this.byKey.get(path * LINE_SPACE + line);
      if (id !== undefined) grown[line] = id + 1;
    }
    this.lists[path] = grown;
    return grown;
  }
}

/** The list length that covers `line`: a power of two, so a list grown line by line is copied O(log n) times. */
function capacityFor(line: number): number {
  let capacity = 1024;
  while (capacity <= line) capacity *= 2;
  return capacity;
}
