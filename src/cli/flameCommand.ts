// `goprof flame FILE… --json [query flags] [--width PX]`: the flame tree the editor draws, from
// the same core/report call its worker makes (flameTree), as nested JSON: name, file, line,
// self and total (raw, in the profile's unit; in a diff also magnitude, the width drawn).
import type { CliCommand, CliIo } from './command';
import { UsageError, flagInt, flagString } from './args';
import { shownInput } from '../core/pprof/errors';
import { ByteChunks, utf8, utf8OfJsonString } from './byteChunks';
import { parseQueryArgs, prepareQuery, QUERY_DETAILS, QUERY_USAGE } from './profileQuery';
import {
  flameTree, FlameTreeWalk, QueriedProfile, MAX_FLAME_NODES, FRAME_INLINED, FRAME_PRUNED_REST, type FlameTreeData, type FrameGranularity, type ProfileFilter,
} from '../core/report';

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

/** Output is handed on in pieces of about this many bytes: a tree of a million nodes is ~70 MB of JSON. */
const WRITE_PIECE_BYTES = 1 << 20;

/**
 * The nodes written without `--width` or `--max-nodes`: a profile of distinct deep stacks makes a
 * node per frame of every sample (10^5 samples 100 deep: 10^7 nodes, ~1 GB of JSON), far past what
 * any reader of the JSON draws; real profiles' trees are a few thousand nodes.
 */
export const DEFAULT_MAX_NODES = 100_000;

const KEY_LINE = utf8(',"line":'), KEY_SELF = utf8(',"self":'), KEY_TOTAL = utf8(',"total":'), KEY_MAGNITUDE = utf8(',"magnitude":');
const INLINED = utf8(',"inlined":true'), REST = utf8(',"rest":true'), CHILDREN = utf8(',"children":['), CLOSE = utf8(']}'), COMMA = utf8(',');

/**
 * The tree as the JSON text of its nested `FlameJsonNode`s, as UTF-8 a piece at a time, without
 * recursion: a stack 100,000 frames deep nests as deep, and JSON.stringify (recursive in V8) then
 * overflows the JavaScript stack; a million nodes held as one string took ~400 MB more. Keys and
 * numbers as JSON.stringify would write them. The columns are in pre-order, so one pass writes
 * them: a node closes the nodes on the path down to its parent.
 */
function* nestedJsonPieces(tree: FlameTreeData): Generator<Uint8Array> {
  const count = tree.parent.length;
  if (count === 0) { yield utf8('null'); return; }
  // A name's or file's JSON once per distinct one, not once per node.
  const nameJson = tree.names.map(n => utf8OfJsonString('{"name":', n));
  const fileJson = tree.files.map(f => f ? utf8OfJsonString(',"file":', f) : new Uint8Array(0));
  const out = new ByteChunks(WRITE_PIECE_BYTES);
  const { name, file, line, self, total, magnitude, flags } = tree;
  const open = (i: number): void => {
    out.put(nameJson[name[i]]);
    out.put(fileJson[file[i]]);
    if (line[i]) { out.put(KEY_LINE); out.number(line[i]); }
    out.put(KEY_SELF); out.number(self[i]);
    out.put(KEY_TOTAL); out.number(total[i]);
    if (magnitude) { out.put(KEY_MAGNITUDE); out.number(magnitude[i]); }
    if (flags[i] & FRAME_INLINED) out.put(INLINED);
    if (flags[i] & FRAME_PRUNED_REST) out.put(REST);
    out.put(CHILDREN);
  };
  open(0);
  // The path from the root to the node last opened.
  const path = new Int32Array(count);
  let depth = 0;
  for (let i = 1; i < count; i++) {
    if (out.pendingBytes >= WRITE_PIECE_BYTES) yield* out.take();
    const p = tree.parent[i];
    if (path[depth] !== p) {
      while (path[depth] !== p) { out.put(CLOSE); depth--; }
      out.put(COMMA);
    }
    open(i);
    path[++depth] = i;
  }
  for (; depth >= 0; depth--) out.put(CLOSE);
  yield* out.take();
}

/**
 * Every node (`--max-nodes 0` without `--width`) as the same JSON, written as the tree is walked:
 * the tree is never held (FlameTreeWalk), so a profile of 10^7 nodes costs the samples' cursors,
 * not ~70 bytes a node. A node closes the nodes deeper than or as deep as it before it opens.
 */
function* walkedJsonPieces(q: QueriedProfile): Generator<Uint8Array> {
  const walk = new FlameTreeWalk(q);
  const { frameNames } = q;
  const { file: fileOf, line: lineOf } = q.view.frames;
  // A frame's name and file as JSON once per distinct frame, made when first written.
  const frameJson: (Uint8Array | undefined)[] = [];
  const rootJson = utf8('{"name":"root"');
  const jsonOf = (frame: number): Uint8Array => {
    if (frame < 0) return rootJson;
    return frameJson[frame] ??= utf8(`{"name":${JSON.stringify(frameNames[frame])}${fileOf[frame] ? `,"file":${JSON.stringify(fileOf[frame])}` : ''}`);
  };
  const out = new ByteChunks(WRITE_PIECE_BYTES);
  const signed = walk.signed;
  let openDepth = -1;
  const visit = (depth: number, frame: number, flags: number, self: number, total: number, magnitude: number): void => {
    if (depth <= openDepth) {
      for (; openDepth >= depth; openDepth--) out.put(CLOSE);
      out.put(COMMA);
    }
    openDepth = depth;
    out.put(jsonOf(frame));
    const line = frame < 0 ? 0 : lineOf[frame];
    if (line) { out.put(KEY_LINE); out.number(line); }
    out.put(KEY_SELF); out.number(self);
    out.put(KEY_TOTAL); out.number(total);
    if (signed) { out.put(KEY_MAGNITUDE); out.number(magnitude); }
    if (flags & FRAME_INLINED) out.put(INLINED);
    out.put(CHILDREN);
  };
  const full = (): boolean => out.pendingBytes >= WRITE_PIECE_BYTES;
  while (!walk.done) {
    walk.walk(visit, full);
    yield* out.take();
  }
  for (; openDepth >= 0; openDepth--) out.put(CLOSE);
  yield* out.take();
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
  const args = parseQueryArgs(argv, 'flame', false, ['width', 'max-nodes']);
  if (!args.flags.has('json')) throw new UsageError('flame prints JSON only: add --json');
  const widthText = flagString(args, 'width');
  const widthPx = widthText === undefined ? undefined : Number(widthText);
  if (widthPx !== undefined && !(Number.isInteger(widthPx) && widthPx > 0)) throw new UsageError(`--width takes a whole number of pixels, got "${shownInput(widthText ?? '')}"`);
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
  // Every node: walked, not built (nothing is merged, so there is no note to write first).
  const tree = maxNodes === Infinity && widthPx === undefined ? undefined : flameTree(q, { widthPx, maxNodes });
  const pruned = tree && prunedNote(tree, maxNodes ?? MAX_FLAME_NODES, widthPx);
  const head = JSON.stringify({ sampleType: ctx.sampleType, unit: ctx.sampleUnit, total: ctx.total, ...pruned ? { pruned } : {}, root: 0 });
  io.out(head.slice(0, -2));
  // Bytes as they are where the output takes them; text (decoded a piece at a time) where it does not.
  const decoder = new TextDecoder();
  for (const piece of tree ? nestedJsonPieces(tree) : walkedJsonPieces(q)) {
    if (io.outBytes) io.outBytes(piece);
    else io.out(decoder.decode(piece, { stream: true }));
    await io.drained?.();
  }
  io.out(`${io.outBytes ? '' : decoder.decode()}}\n`);
}

export const flame: CliCommand = {
  name: 'flame',
  usage: `FILE… --json ${QUERY_USAGE} [--width PX] [--max-nodes N]`,
  summary: 'the flame tree the editor draws, as JSON (with --width, callees narrower than half a pixel merged)',
  details: `--max-nodes N: at most about N nodes (default ${DEFAULT_MAX_NODES.toLocaleString('en-US')} without --width, ${MAX_FLAME_NODES.toLocaleString('en-US')} with it;
0: every node). Without --width the widest nodes are expanded first until the tree holds N; each
node left keeps its self and merges its callees into one rest node ("rest": true), and the JSON
says so in "pruned": {nodes, maxNodes, mergedBelow (the widest such node's total), note}. With
--width the least width drawn doubles until the tree fits.
${QUERY_DETAILS}`,
  run: flameCommand,
};
