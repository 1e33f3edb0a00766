// Golden files for the profile diff (`npm run golden -- diff`): the two heap profiles of
// scripts/go/diffpair, and `go tool pprof -top` of the current one against the base with
// -diff_base or -base, with and without -normalize, per sample type, saved verbatim under
// test/fixtures/pprof/diff. Tests read them without Go.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');
export const diffDir = join(root, 'test/fixtures/pprof/diff');

/** One golden: how pprof compared the two profiles. */
export interface DiffGoldenCase { sampleType: string; subtractBase: boolean; normalize: boolean; golden: string }

export function diffGoldenCases(): DiffGoldenCase[] {
  const cases: DiffGoldenCase[] = [];
  for (const sampleType of ['alloc_objects', 'alloc_space', 'inuse_objects', 'inuse_space']) {
    for (const subtractBase of [false, true]) {
      for (const normalize of [false, true]) {
        cases.push({ sampleType, subtractBase, normalize, golden: `top.${sampleType}.${subtractBase ? 'base' : 'diff_base'}${normalize ? '.normalize' : ''}.txt` });
      }
    }
  }
  return cases;
}

export function regenerateDiffGoldens(): void {
  execFileSync('go', ['run', '.', '-out', diffDir], { cwd: join(root, 'scripts/go/diffpair'), stdio: 'inherit' });
  for (const c of diffGoldenCases()) {
    const args = ['tool', 'pprof', '-top', '-nodefraction=0', '-edgefraction=0', '-nodecount=1000000', `-sample_index=${c.sampleType}`,
      ...(c.sampleType.endsWith('_space') ? ['-unit=B'] : []), ...(c.normalize ? ['-normalize'] : []),
      c.subtractBase ? '-base' : '-diff_base', 'heap-base.pb.gz', 'heap-current.pb.gz'];
    writeFileSync(join(diffDir, c.golden), execFileSync('go', args, { cwd: diffDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  }
}
