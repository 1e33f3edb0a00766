// Golden files for Go's legacy text profiles whose values pass 2^53 (hand-made, in
// test/fixtures/pprof/legacy-int64: goroutine and threadcreate counts, heap profiles unsampled or
// not, contention with and without cycles/second): `go tool pprof -raw` (the samples' int64s after
// pprof's merge, the golden that tells exact sums from sums in doubles) and `-top` (each sum
// rounded once to print). Run through `npm run golden -- legacy-int64`; needs Go.
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runPprof } from './golden-pprof';

const root = resolve(__dirname, '..');
export const legacyInt64Dir = 'test/fixtures/pprof/legacy-int64';

export function regenerateLegacyInt64Goldens(): void {
  const goldenDir = join(root, legacyInt64Dir, 'golden');
  mkdirSync(goldenDir, { recursive: true });
  const inputs = readdirSync(join(root, legacyInt64Dir)).filter(f => f.endsWith('.txt')).sort();
  for (const name of inputs) {
    for (const view of ['raw', 'top'] as const) {
      const { out, failed } = runPprof([`-${view}`, `${legacyInt64Dir}/${name}`], { TZ: 'UTC' });
      if (failed) throw new Error(`go tool pprof -${view} ${name}: ${out}`);
      writeFileSync(join(goldenDir, `${name}.${view}.txt`), out);
    }
  }
  console.log(`legacy-int64: ${inputs.length * 2} goldens in ${goldenDir}`);
}
