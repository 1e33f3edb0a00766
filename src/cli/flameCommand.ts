// `goprof flame FILE --json [query flags] [--min-fraction F]`: the flame tree the editor
// draws, as JSON: nodes with name, self and total (raw, in the profile's unit).
import type { CliCommand, CliIo } from './command';
import { UsageError, flagString } from './args';
import { parseQueryArgs, prepareQuery, QUERY_DETAILS, QUERY_USAGE } from './profileQuery';
import { buildFlameTree } from '../core/pprof/flame';

async function flameCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseQueryArgs(argv, 'flame', 1, ['min-fraction']);
  if (!args.flags.has('json')) throw new UsageError('flame prints JSON only: add --json');
  const minFractionText = flagString(args, 'min-fraction');
  const minFraction = minFractionText === undefined ? undefined : Number(minFractionText);
  if (minFraction !== undefined && !(minFraction >= 0 && minFraction <= 1)) throw new UsageError(`--min-fraction takes a number in [0, 1], got "${minFractionText}"`);
  const { view, ctx } = prepareQuery(args);
  const root = buildFlameTree(view, { minFraction });
  io.out(JSON.stringify({ sampleType: ctx.sampleType, unit: ctx.sampleUnit, total: ctx.total, root }) + '\n');
}

export const flame: CliCommand = {
  name: 'flame',
  usage: `FILE --json ${QUERY_USAGE} [--min-fraction F]`,
  summary: 'the flame tree the editor draws, as JSON (frames narrower than --min-fraction, default 0.001, merged)',
  details: QUERY_DETAILS,
  run: flameCommand,
};
