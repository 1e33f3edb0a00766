// Regenerates every golden file: `npm run golden` (all areas) or `npm run golden -- pprof goroutines`.
// One function per area, each in its own scripts/golden-<area>.ts module.
import { regeneratePprofGoldens } from './golden-pprof';
import { regenerateGoroutineGoldens } from './golden-goroutines';
import { regenerateDiffGoldens } from './golden-diff';
import { regenerateGraphGoldens } from './golden-graph';
import { regenerateListGoldens } from './golden-list';
import { regenerateProducerGoldens } from './golden-producers';
import { regenerateMergeGoldens } from './golden-merge';
import { regenerateLegacyInt64Goldens } from './golden-legacy-int64';
import { regenerateFlagsGoldens } from './golden-flags';

const areas: Record<string, () => void> = {
  // Profiles of the Go runtime and of other producers.
  pprof: () => { regeneratePprofGoldens(); regenerateProducerGoldens(); },
  goroutines: regenerateGoroutineGoldens,
  diff: regenerateDiffGoldens,
  graph: regenerateGraphGoldens,
  list: regenerateListGoldens,
  producers: regenerateProducerGoldens,
  // Several profiles given at once, merged as pprof merges them.
  merge: regenerateMergeGoldens,
  // Legacy text profiles whose values pass 2^53.
  'legacy-int64': regenerateLegacyInt64Goldens,
  // pprof's flags and reports past the views: -cum, -tags.
  flags: regenerateFlagsGoldens,
};

const requested = process.argv.slice(2);
// "producers" alone redoes only those; with no argument, "pprof" has done them.
for (const name of requested.length ? requested : Object.keys(areas).filter(a => a !== 'producers')) {
  const regenerate = areas[name];
  if (!regenerate) {
    console.error(`unknown golden area "${name}"; known: ${Object.keys(areas).join(', ')}`);
    process.exit(2);
  }
  regenerate();
}
