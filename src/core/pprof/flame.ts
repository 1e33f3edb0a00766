// Flame trees as plain JSON-ready objects for the webview.
//
// Built top-down by partitioning samples level by level instead of materialising the full
// call trie: only nodes that survive pruning are ever created, so a million distinct
// 40-frame stacks cost a few passes over typed arrays, not tens of millions of nodes.
// Every sample keeps a cursor into its stack; a level groups the live samples of a node
// by the frame under their cursor. Children below the pruning threshold are summed into
// one "other" child per parent, so every node's total stays exact.
import type { StackView } from './stackView';

export interface FlameNode {
  /** Pre-order index: stable for the same profile, view options and tree options. */
  id: number;
  name: string;
  file?: string;
  line?: number;
  /** Value of samples whose stack ends here (for an inverted tree: starts here). */
  self: number;
  /** Value of all samples through this node; equals self + sum of children totals. */
  total: number;
  /** True when this frame was inlined into its caller at this position. */
  inlined: boolean;
  /** True for the node holding the pruned children of its parent. */
  other?: boolean;
  /** True for -tagroot label pseudo frames. */
  label?: boolean;
  children: FlameNode[];
}

export interface FlameTreeOptions {
  /** Keep nodes whose |total| is at least this fraction of the root's |total| (default 0.001; 0 keeps all). */
  minFraction?: number;
  /**
   * 'callees' (default): root → callers first, leaves are the sampled frames.
   * 'callers': inverted, leaves first: the root's children are the innermost frames.
   */
  direction?: 'callees' | 'callers';
  /**
   * Restrict to samples containing this function (frame name) and start the tree at it:
   * with 'callees' its callees (from its outermost occurrence), with 'callers' its
   * callers (from its innermost occurrence). Used by the sandwich view.
   */
  focusFrame?: string;
}

export const OTHER_NODE_NAME = '(other)';

interface Cursor {
  /** Position in samples.locations; moves toward the root ('callers') or the leaf ('callees'). */
  pos: Int32Array;
  /** Index within the location's frames. */
  sub: Int32Array;
  /** Label frames still to emit (callees: before the stack; callers: after it). */
  tag: Int32Array;
}

export function buildFlameTree(view: StackView, options: FlameTreeOptions = {}): FlameNode {
  const minFraction = options.minFraction ?? 0.001;
  const leafward = (options.direction ?? 'callees') === 'callees';
  const { profile, weights, kept, locFrameStart, locFrames, locFrameInlined, rootFrames } = view;
  const s = profile.samples;
  const locs = s.locations;
  const n = s.count;
  const cursor: Cursor = { pos: new Int32Array(n), sub: new Int32Array(n), tag: new Int32Array(n) };
  const tagCount = (i: number) => (rootFrames ? rootFrames[i].length : 0);

  // Frame under the cursor, or -1 at the end of the stack. Encoded as frame*2 + inlined.
  const peek = (i: number): number => {
    if (leafward) {
      const t = cursor.tag[i];
      if (t > 0) return rootFrames![i][tagCount(i) - t] * 2;
      const start = s.stackStart[i];
      let pos = cursor.pos[i], sub = cursor.sub[i];
      while (pos >= start) {
        const loc = locs[pos];
        if (sub >= 0) {
          const k = locFrameStart[loc] + sub;
          cursor.pos[i] = pos; cursor.sub[i] = sub;
          return locFrames[k] * 2 + locFrameInlined[k];
        }
        pos--;
        if (pos >= start) sub = locFrameStart[locs[pos] + 1] - locFrameStart[locs[pos]] - 1;
      }
      cursor.pos[i] = pos;
      return -1;
    }
    const end = s.stackStart[i + 1];
    let pos = cursor.pos[i], sub = cursor.sub[i];
    while (pos < end) {
      const loc = locs[pos];
      const count = locFrameStart[loc + 1] - locFrameStart[loc];
      if (sub < count) {
        const k = locFrameStart[loc] + sub;
        cursor.pos[i] = pos; cursor.sub[i] = sub;
        return locFrames[k] * 2 + locFrameInlined[k];
      }
      pos++; sub = 0;
    }
    cursor.pos[i] = pos; cursor.sub[i] = sub;
    const t = cursor.tag[i];
    // Callers direction ends with the label frames, innermost label first.
    return t > 0 ? rootFrames![i][t - 1] * 2 : -1;
  };
  const advance = (i: number): void => {
    if (leafward) {
      if (cursor.tag[i] > 0) { cursor.tag[i]--; return; }
      cursor.sub[i]--;
    } else {
      if (cursor.pos[i] >= s.stackStart[i + 1]) { cursor.tag[i]--; return; }
      cursor.sub[i]++;
    }
  };

  // Start cursors; with focusFrame, at its outermost (callees) / innermost (callers) occurrence.
  const focusIds = options.focusFrame !== undefined ? framesNamed(view, options.focusFrame) : undefined;
  let members: number[] = [];
  for (let i = 0; i < n; i++) {
    if (kept[i] === 0) continue;
    if (leafward) {
      cursor.tag[i] = tagCount(i);
      cursor.pos[i] = s.stackStart[i + 1] - 1;
      cursor.sub[i] = cursor.pos[i] >= s.stackStart[i] ? locFrameStart[locs[cursor.pos[i]] + 1] - locFrameStart[locs[cursor.pos[i]]] - 1 : -1;
    } else {
      cursor.tag[i] = tagCount(i);
      cursor.pos[i] = s.stackStart[i];
      cursor.sub[i] = 0;
    }
    if (focusIds) {
      let found = false;
      for (let f = peek(i); f >= 0; advance(i), f = peek(i)) {
        if (focusIds.has(f >> 1)) { found = true; break; }
      }
      if (!found) continue;
    }
    members.push(i);
  }

  let rootTotal = 0, rootAbs = 0;
  for (const i of members) { rootTotal += weights[i]; rootAbs += Math.abs(weights[i]); }
  const threshold = minFraction > 0 ? rootAbs * minFraction : 0;
  const root: FlameNode = { id: 0, name: options.focusFrame ?? 'root', self: 0, total: rootTotal, inlined: false, children: [] };
  if (focusIds) {
    // The focus frame itself is the root: consume it.
    const first = members.length > 0 ? peek(members[0]) : -1;
    if (first >= 0) Object.assign(root, frameFields(view, first), { name: options.focusFrame });
    for (const i of members) advance(i);
  }

  // Iterative expansion (stacks can be deeper than the JS call stack allows recursion for).
  const work: Array<{ node: FlameNode; members: number[] }> = [{ node: root, members }];
  members = [];
  while (work.length > 0) {
    const { node, members: group } = work.pop()!;
    const byFrame = new Map<number, number[]>();
    let self = 0;
    for (const i of group) {
      const f = peek(i);
      if (f < 0) { self += weights[i]; continue; }
      let list = byFrame.get(f);
      if (!list) { list = []; byFrame.set(f, list); }
      list.push(i);
    }
    node.self = self;
    let otherTotal = 0, otherCount = 0;
    for (const [f, list] of byFrame) {
      let total = 0, abs = 0;
      for (const i of list) { total += weights[i]; abs += Math.abs(weights[i]); }
      if (abs === 0 || abs < threshold) { otherTotal += total; otherCount++; continue; }
      const child: FlameNode = { id: 0, ...frameFields(view, f), self: 0, total, children: [] };
      node.children.push(child);
      for (const i of list) advance(i);
      work.push({ node: child, members: list });
    }
    if (otherCount > 0 && otherTotal !== 0) {
      node.children.push({ id: 0, name: OTHER_NODE_NAME, self: otherTotal, total: otherTotal, inlined: false, other: true, children: [] });
    }
  }
  // Deterministic order and ids: children by |total| descending, then name.
  orderIteratively(root);
  return root;
}

// Pre-order numbering without deep recursion.
function orderIteratively(root: FlameNode): void {
  let id = 0;
  const stack: FlameNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    node.id = id++;
    node.children.sort((a, b) => Math.abs(b.total) - Math.abs(a.total) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]);
  }
}

function frameFields(view: StackView, encoded: number): Pick<FlameNode, 'name' | 'file' | 'line' | 'inlined' | 'label'> {
  const f = encoded >> 1;
  const out: Pick<FlameNode, 'name' | 'file' | 'line' | 'inlined' | 'label'> = { name: view.frames.name[f], inlined: (encoded & 1) === 1 };
  if (view.frames.file[f]) out.file = view.frames.file[f];
  if (view.frames.line[f] > 0) out.line = view.frames.line[f];
  if (view.frames.isLabel[f]) out.label = true;
  return out;
}

function framesNamed(view: StackView, name: string): Set<number> {
  const ids = new Set<number>();
  view.frames.name.forEach((n, i) => { if (n === name) ids.add(i); });
  return ids;
}
