// `goprof flame FILE --json [query flags] [--width PX]`: the flame tree the editor draws, from
// the same core/report call its worker makes (flameTree), as nested JSON: name, file, line,
// self and total (raw, in the profile's unit; in a diff also magnitude, the width drawn).
import type { CliCommand, CliIo } from './command';
import { UsageError, flagString } from './args';
import { parseQueryArgs, prepareQuery, QUERY_DETAILS, QUERY_USAGE } from './profileQuery';
import { flameTree, QueriedProfile, FRAME_INLINED, FRAME_PRUNED_REST, type FlameTreeData, type FrameGranularity, type ProfileFilter } from '../core/report';

export interface FlameJsonNode {
  name: string;
  file?: string;
  line?: number;
  self: number;
  total: number;
  magnitude?: number;
  inlined?: true;
  /** The node stands for callees too narrow to draw, merged. */
  rest?: true;
  children: FlameJsonNode[];
}

/** Output is handed on in pieces of about this many characters: a tree of a million nodes is ~100 MB of JSON. */
const WRITE_PIECE_CHARS = 1 << 20;

/**
 * The tree as the JSON text of its nested `FlameJsonNode`s, a piece at a time, without recursion: a stack 100,000 frames deep nests as deep, and JSON.stringify
 * (recursive in V8) then overflows the JavaScript stack; a million nodes held as one string
 * took ~400 MB more. Keys and numbers as JSON.stringify would write them.
 */
function* nestedJsonPieces(tree: FlameTreeData): Generator<string> {
  const count = tree.parent.length;
  if (count === 0) { yield 'null'; return; }
  // Children in node order: a node's id is above its parent's, as flameTree numbers them.
  const firstChild = new Int32Array(count).fill(-1), lastChild = new Int32Array(count).fill(-1), nextSibling = new Int32Array(count).fill(-1);
  for (let i = 1; i < count; i++) {
    const p = tree.parent[i];
    if (lastChild[p] < 0) firstChild[p] = i; else nextSibling[lastChild[p]] = i;
    lastChild[p] = i;
  }
  let pending = '';
  const open = (i: number): string => {
    let text = `{"name":${JSON.stringify(tree.names[tree.name[i]])}`;
    const file = tree.files[tree.file[i]];
    if (file) text += `,"file":${JSON.stringify(file)}`;
    if (tree.line[i]) text += `,"line":${JSON.stringify(tree.line[i])}`;
    text += `,"self":${JSON.stringify(tree.self[i])},"total":${JSON.stringify(tree.total[i])}`;
    if (tree.magnitude) text += `,"magnitude":${JSON.stringify(tree.magnitude[i])}`;
    if (tree.flags[i] & FRAME_INLINED) text += ',"inlined":true';
    if (tree.flags[i] & FRAME_PRUNED_REST) text += ',"rest":true';
    return text + ',"children":[';
  };
  pending = open(0);
  // The path from the root to the node being written.
  const path = [0];
  let node = firstChild[0];
  for (;;) {
    if (pending.length >= WRITE_PIECE_CHARS) { yield pending; pending = ''; }
    if (node >= 0) {
      pending += open(node);
      path.push(node);
      node = firstChild[node];
      continue;
    }
    const done = path.pop()!;
    pending += ']}';
    if (path.length === 0) break;
    node = nextSibling[done];
    if (node >= 0) pending += ',';
  }
  if (pending) yield pending;
}

async function flameCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseQueryArgs(argv, 'flame', 1, ['width']);
  if (!args.flags.has('json')) throw new UsageError('flame prints JSON only: add --json');
  const widthText = flagString(args, 'width');
  const widthPx = widthText === undefined ? undefined : Number(widthText);
  if (widthPx !== undefined && !(Number.isInteger(widthPx) && widthPx > 0)) throw new UsageError(`--width takes a whole number of pixels, got "${widthText}"`);
  // The profile as the query flags made it (base merged, label frames, show_from); the
  // filters go to the same query the editor builds.
  const { view, ctx, nameFiltersApplied } = prepareQuery(args, { filtersInView: false });
  const filters: ProfileFilter[] = [];
  for (const kind of nameFiltersApplied ? ['tagfocus', 'tagignore'] as const : ['focus', 'ignore', 'hide', 'show', 'tagfocus', 'tagignore'] as const) {
    const pattern = flagString(args, kind);
    if (pattern) filters.push({ kind, pattern });
  }
  const q = new QueriedProfile(ctx.profile, { sampleType: view.typeIndex, granularity: view.granularity as FrameGranularity, filters });
  const tree = flameTree(q, { widthPx });
  const head = JSON.stringify({ sampleType: ctx.sampleType, unit: ctx.sampleUnit, total: ctx.total, root: 0 });
  io.out(head.slice(0, -2));
  for (const piece of nestedJsonPieces(tree)) {
    io.out(piece);
    await io.drained?.();
  }
  io.out('}\n');
}

export const flame: CliCommand = {
  name: 'flame',
  usage: `FILE --json ${QUERY_USAGE} [--width PX]`,
  summary: 'the flame tree the editor draws, as JSON (with --width, callees narrower than half a pixel merged)',
  details: QUERY_DETAILS,
  run: flameCommand,
};
