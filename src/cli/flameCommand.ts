// `goprof flame FILE --json [query flags] [--width PX]`: the flame tree the editor draws, from
// the same core/report call its worker makes (flameTree), as nested JSON: name, file, line,
// self and total (raw, in the profile's unit; in a diff also magnitude, the width drawn).
import type { CliCommand, CliIo } from './command';
import { UsageError, flagInt, flagString } from './args';
import { parseQueryArgs, prepareQuery, QUERY_DETAILS, QUERY_USAGE } from './profileQuery';
import { flameTree, QueriedProfile, MAX_FLAME_NODES, FRAME_INLINED, FRAME_PRUNED_REST, type FlameTreeData, type FrameGranularity, type ProfileFilter } from '../core/report';

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
 * The nodes written without `--width` or `--max-nodes`: a profile of distinct deep stacks makes a
 * node per frame of every sample (10^5 samples 100 deep: 10^7 nodes, ~1 GB of JSON), far past what
 * any reader of the JSON draws; real profiles' trees are a few thousand nodes.
 */
export const DEFAULT_MAX_NODES = 100_000;

/**
 * The tree as the JSON text of its nested `FlameJsonNode`s, a piece at a time, without recursion: a stack 100,000 frames deep nests as deep, and JSON.stringify
 * (recursive in V8) then overflows the JavaScript stack; a million nodes held as one string
 * took ~400 MB more. Keys and numbers as JSON.stringify would write them. The columns are in
 * pre-order, so one pass writes them: a node closes the nodes on the path down to its parent.
 */
function* nestedJsonPieces(tree: FlameTreeData): Generator<string> {
  const count = tree.parent.length;
  if (count === 0) { yield 'null'; return; }
  // A name's or file's JSON text once per distinct one, not once per node.
  const nameJson = tree.names.map(n => JSON.stringify(n));
  const fileJson = tree.files.map(f => f ? `,"file":${JSON.stringify(f)}` : '');
  const open = (i: number): string => {
    let text = `{"name":${nameJson[tree.name[i]]}${fileJson[tree.file[i]]}`;
    if (tree.line[i]) text += `,"line":${JSON.stringify(tree.line[i])}`;
    text += `,"self":${JSON.stringify(tree.self[i])},"total":${JSON.stringify(tree.total[i])}`;
    if (tree.magnitude) text += `,"magnitude":${JSON.stringify(tree.magnitude[i])}`;
    if (tree.flags[i] & FRAME_INLINED) text += ',"inlined":true';
    if (tree.flags[i] & FRAME_PRUNED_REST) text += ',"rest":true';
    return text + ',"children":[';
  };
  let pending = open(0);
  // The path from the root to the node last opened.
  const path = new Int32Array(count);
  let depth = 0;
  for (let i = 1; i < count; i++) {
    if (pending.length >= WRITE_PIECE_CHARS) { yield pending; pending = ''; }
    const p = tree.parent[i];
    if (path[depth] === p) {
      pending += open(i);
    } else {
      while (path[depth] !== p) { pending += ']}'; depth--; }
      pending += ',' + open(i);
    }
    path[++depth] = i;
  }
  for (; depth >= 0; depth--) pending += ']}';
  yield pending;
}

/** What the JSON says when callees were merged to keep the tree within its bound of nodes. */
function prunedNote(tree: FlameTreeData, maxNodes: number, widthPx: number | undefined): Record<string, unknown> | undefined {
  if (tree.mergedBelow === undefined || widthPx !== undefined) return undefined;
  return {
    nodes: tree.parent.length, maxNodes, mergedBelow: tree.mergedBelow,
    note: `the widest nodes were expanded first, up to ${maxNodes} nodes: the callees of nodes whose total (|value| summed) is ${tree.mergedBelow} or less may be merged into one rest node each; --max-nodes 0 writes every node`,
  };
}

async function flameCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseQueryArgs(argv, 'flame', 1, ['width', 'max-nodes']);
  if (!args.flags.has('json')) throw new UsageError('flame prints JSON only: add --json');
  const widthText = flagString(args, 'width');
  const widthPx = widthText === undefined ? undefined : Number(widthText);
  if (widthPx !== undefined && !(Number.isInteger(widthPx) && widthPx > 0)) throw new UsageError(`--width takes a whole number of pixels, got "${widthText}"`);
  const maxNodesFlag = flagInt(args, 'max-nodes');
  // 0: every node. With --width the editor's bound applies unless one is given.
  const maxNodes = maxNodesFlag === 0 ? Infinity : maxNodesFlag ?? (widthPx === undefined ? DEFAULT_MAX_NODES : undefined);
  // The profile as the query flags made it (base merged, label frames, show_from); the
  // filters go to the same query the editor builds.
  const { view, ctx, nameFiltersApplied } = prepareQuery(args, { filtersInView: false });
  const filters: ProfileFilter[] = [];
  for (const kind of nameFiltersApplied ? ['tagfocus', 'tagignore'] as const : ['focus', 'ignore', 'hide', 'show', 'tagfocus', 'tagignore'] as const) {
    const pattern = flagString(args, kind);
    if (pattern) filters.push({ kind, pattern });
  }
  const q = new QueriedProfile(ctx.profile, { sampleType: view.typeIndex, granularity: view.granularity as FrameGranularity, filters });
  const tree = flameTree(q, { widthPx, maxNodes });
  const pruned = prunedNote(tree, maxNodes ?? MAX_FLAME_NODES, widthPx);
  const head = JSON.stringify({ sampleType: ctx.sampleType, unit: ctx.sampleUnit, total: ctx.total, ...pruned ? { pruned } : {}, root: 0 });
  io.out(head.slice(0, -2));
  for (const piece of nestedJsonPieces(tree)) {
    io.out(piece);
    await io.drained?.();
  }
  io.out('}\n');
}

export const flame: CliCommand = {
  name: 'flame',
  usage: `FILE --json ${QUERY_USAGE} [--width PX] [--max-nodes N]`,
  summary: 'the flame tree the editor draws, as JSON (with --width, callees narrower than half a pixel merged)',
  details: `--max-nodes N: at most about N nodes (default ${DEFAULT_MAX_NODES.toLocaleString('en-US')} without --width, ${MAX_FLAME_NODES.toLocaleString('en-US')} with it;
0: every node). Without --width the widest nodes are expanded first until the tree holds N; each
node left keeps its self and merges its callees into one rest node ("rest": true), and the JSON
says so in "pruned": {nodes, maxNodes, mergedBelow (the widest such node's total), note}. With
--width the least width drawn doubles until the tree fits.
${QUERY_DETAILS}`,
  run: flameCommand,
};
