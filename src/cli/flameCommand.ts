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

function nested(tree: FlameTreeData): FlameJsonNode {
  const nodes: FlameJsonNode[] = [];
  for (let i = 0; i < tree.parent.length; i++) {
    const file = tree.files[tree.file[i]];
    const node = { name: tree.names[tree.name[i]] } as FlameJsonNode;
    if (file) node.file = file;
    if (tree.line[i]) node.line = tree.line[i];
    node.self = tree.self[i];
    node.total = tree.total[i];
    if (tree.magnitude) node.magnitude = tree.magnitude[i];
    if (tree.flags[i] & FRAME_INLINED) node.inlined = true;
    if (tree.flags[i] & FRAME_PRUNED_REST) node.rest = true;
    node.children = [];
    nodes.push(node);
    if (i > 0) nodes[tree.parent[i]].children.push(node);
  }
  return nodes[0];
}

async function flameCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseQueryArgs(argv, 'flame', 1, ['width']);
  if (!args.flags.has('json')) throw new UsageError('flame prints JSON only: add --json');
  const widthText = flagString(args, 'width');
  const widthPx = widthText === undefined ? undefined : Number(widthText);
  if (widthPx !== undefined && !(Number.isInteger(widthPx) && widthPx > 0)) throw new UsageError(`--width takes a whole number of pixels, got "${widthText}"`);
  // The profile as the query flags made it (base merged, label frames, show_from); the
  // filters go to the same query the editor builds.
  const { view, ctx, focusApplied } = prepareQuery(args, { filtersInView: false });
  const filters: ProfileFilter[] = [];
  for (const kind of focusApplied ? ['hide', 'show', 'tagfocus', 'tagignore'] as const : ['focus', 'ignore', 'hide', 'show', 'tagfocus', 'tagignore'] as const) {
    const pattern = flagString(args, kind);
    if (pattern) filters.push({ kind, pattern });
  }
  const q = new QueriedProfile(ctx.profile, { sampleType: view.typeIndex, granularity: view.granularity as FrameGranularity, filters });
  const root = nested(flameTree(q, { widthPx }));
  io.out(JSON.stringify({ sampleType: ctx.sampleType, unit: ctx.sampleUnit, total: ctx.total, root }) + '\n');
}

export const flame: CliCommand = {
  name: 'flame',
  usage: `FILE --json ${QUERY_USAGE} [--width PX]`,
  summary: 'the flame tree the editor draws, as JSON (with --width, callees narrower than half a pixel merged)',
  details: QUERY_DETAILS,
  run: flameCommand,
};
