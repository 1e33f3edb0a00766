// Regenerates every golden file: `npm run golden` (all areas) or `npm run golden -- pprof goroutines`.
// One function per area, each in its own scripts/golden-<area>.ts module.
import { regeneratePprofGoldens } from './golden-pprof';
import { regenerateGoroutineGoldens } from './golden-goroutines';
import { regenerateDiffGoldens } from './golden-diff';
import { regenerateGraphGoldens } from './golden-graph';
import { regenerateListGoldens } from './golden-list';

const areas: Record<string, () => void> = {
  pprof: regeneratePprofGoldens,
  goroutines: regenerateGoroutineGoldens,
  diff: regenerateDiffGoldens,
  graph: regenerateGraphGoldens,
  list: regenerateListGoldens,
};

const requested = process.argv.slice(2);
for (const name of requested.length ? requested : Object.keys(areas)) {
  const regenerate = areas[name];
  if (!regenerate) {
    console.error(`unknown golden area "${name}"; known: ${Object.keys(areas).join(', ')}`);
    process.exit(2);
  }
  regenerate();
}
