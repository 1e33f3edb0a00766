// `goprof export FILE… --format pb.gz|svg|csv|md [query flags] -o OUT`: the editor's Export for
// scripts. pb.gz: the filtered (and diffed) profile, which `go tool pprof` reads with the same
// numbers; svg: the flame graph (or --inverted, the bottom-up tree); csv/md: the top table.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { CliCommand, CliIo } from './command';
import { flagString, InputError, UsageError } from './args';
import { shownInput } from '../core/pprof/errors';
import { parseQueryArgs, prepareQuery, profileFilesName, QUERY_DETAILS, QUERY_USAGE } from './profileQuery';
import {
  exportedProfileBytes, flameGraphSvg, flameTree, invertedTree, QueriedProfile, topRows, topRowsCsv, topRowsMarkdown,
  type FrameGranularity, type ProfileFilter,
} from '../core/report';

export const EXPORT_FORMATS = ['pb.gz', 'svg', 'csv', 'md'] as const;
type ExportFormat = typeof EXPORT_FORMATS[number];

/** `-o OUT` is the one short flag, as in go tool pprof's `-output`. */
function withLongOutputFlag(argv: string[]): string[] {
  return argv.map(a => (a === '-o' ? '--output' : a.startsWith('-o=') ? `--output=${a.slice(3)}` : a));
}

function fileNameOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

async function exportCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseQueryArgs(withLongOutputFlag(argv.filter(a => a !== '--inverted' && a !== '--alphabetical')), 'export', false, ['format', 'output', 'width']);
  const inverted = argv.includes('--inverted'), alphabetical = argv.includes('--alphabetical');
  const format = flagString(args, 'format') as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const output = flagString(args, 'output');
  if (!output) throw new UsageError('-o OUT (the file to write) is required');
  const widthText = flagString(args, 'width');
  const width = widthText === undefined ? 1200 : Number(widthText);
  if (!(Number.isInteger(width) && width >= 200 && width <= 100000)) throw new UsageError(`--width takes a whole number of pixels (200 or more), got "${shownInput(widthText ?? '')}"`);

  // The profile as the query flags made it (base merged, label frames, show_from); the
  // filters go to the same query the editor builds, as in `goprof flame`.
  const { view, ctx, nameFiltersApplied } = prepareQuery(args, { filtersInView: false });
  const filters: ProfileFilter[] = [];
  for (const kind of nameFiltersApplied ? ['tagfocus', 'tagignore'] as const : ['focus', 'ignore', 'hide', 'show', 'tagfocus', 'tagignore'] as const) {
    const pattern = flagString(args, kind);
    if (pattern) filters.push({ kind, pattern });
  }
  const granularity = (view.granularity === 'files' ? 'filefunctions' : view.granularity) as FrameGranularity;
  const query = { sampleType: view.typeIndex, granularity, filters };
  let bytes: Uint8Array | string;
  if (format === 'pb.gz') {
    bytes = exportedProfileBytes(ctx.profile, query, b => gzipSync(b));
  } else {
    const q = new QueriedProfile(ctx.profile, query);
    const context = { unit: ctx.sampleUnit, total: ctx.total, sampleType: ctx.sampleType, diff: flagString(args, 'diff-base') !== undefined };
    const title = profileFilesName(args, fileNameOf);
    if (format === 'svg') {
      const tree = inverted ? invertedTree(q, { widthPx: width }) : flameTree(q, { widthPx: width });
      const shown = filters.map(f => `${f.kind}=${f.pattern}`).join(' ');
      bytes = flameGraphSvg(tree, {
        title: `${title}${inverted ? ' (bottom-up)' : ''}`, unit: ctx.sampleUnit, total: ctx.total, width,
        subtitle: `${ctx.sampleType}${shown ? ` · ${shown}` : ''}`, order: alphabetical ? 'alphabetical' : 'heaviest',
      });
    } else if (format === 'csv') {
      bytes = topRowsCsv(topRows(q), context);
    } else {
      bytes = topRowsMarkdown(topRows(q), context, title);
    }
  }
  try {
    writeFileSync(output, bytes);
  } catch (e) {
    throw new InputError(`${output}: cannot write (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  io.err(`wrote ${output}\n`);
}

export const exportView: CliCommand = {
  name: 'export',
  usage: `FILE… --format pb.gz|svg|csv|md ${QUERY_USAGE} [--inverted] [--alphabetical] [--width PX] -o OUT`,
  summary: 'the view as a file: the filtered (and diffed) profile as .pb.gz for go tool pprof, the flame graph as SVG, the top table as CSV or Markdown',
  details: `${QUERY_DETAILS}  --format F            pb.gz (profile.proto, gzipped), svg (flame graph), csv or md (top table)
  -o, --output OUT      the file to write
  --inverted            svg: the bottom-up tree (each leaf function at the root, its callers below)
  --alphabetical        svg: siblings by name (pprof's order) instead of heaviest first
  --width PX            svg: the drawing's width (default 1200)
`,
  run: exportCommand,
};
