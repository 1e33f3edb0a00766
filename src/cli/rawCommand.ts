// `goprof raw FILE… [--focus RE] [--ignore RE] [--tagfocus F] [--tagignore F] [--base FILE |
// --diff-base FILE] [--normalize]`: pprof's -raw, the profile as pprof holds it once read (merged,
// numbered anew, drop_frames applied), its samples, locations and mappings, written a sample at a time.
import type { CliCommand, CliIo } from './command';
import { parseArgs, UsageError } from './args';
import { prepareQuery } from './profileQuery';
import { rawProfileText } from '../core/report/rawProfile';
import { withVisibleControls } from '../core/format';
import { pieceOutput } from './pieceOutput';

const RAW_VALUE_FLAGS = ['focus', 'ignore', 'tagfocus', 'tagignore', 'base', 'diff-base'] as const;
const RAW_BOOLEAN_FLAGS = ['normalize'] as const;

async function rawCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseArgs(argv, RAW_VALUE_FLAGS, RAW_BOOLEAN_FLAGS);
  if (args.positional.length === 0) throw new UsageError('raw takes one FILE or more');
  const { view, ctx } = prepareQuery(args, { mergeAlways: true });
  const output = pieceOutput(io);
  for (const piece of rawProfileText(ctx.profile, view.kept)) await output.add(withVisibleControls(piece));
  output.finish();
}

export const raw: CliCommand = {
  name: 'raw',
  usage: 'FILE… [--focus RE] [--ignore RE] [--tagfocus F] [--tagignore F] [--base FILE | --diff-base FILE] [--normalize]',
  summary: 'the profile as pprof reads it (merged, numbered anew): samples, locations, mappings, as go tool pprof -raw',
  details: `FILE… is one profile, or several merged as go tool pprof a b c merges them.
  --focus/--ignore RE        keep only / drop samples with a frame matching RE
  --tagfocus/--tagignore F   label filters: key=regex, key=64kb:1mb, …
  --base FILE                subtract FILE's samples; --diff-base FILE: add them negated, labelled pprof::base
  --normalize                scale the profile to the base's total first
`,
  run: rawCommand,
};
