// The real profiles the pprof tests run on: the shared corpus and our generated ones.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './goldenTop';

export interface ProfileFile { name: string; path: string; bytes: Uint8Array }

export function profileFiles(): ProfileFile[] {
  const dirs = ['test/fixtures/corpus', 'test/fixtures/pprof/generated'];
  return dirs.flatMap(dir => readdirSync(join(repoRoot, dir)).filter(f => !f.endsWith('.tsv')).sort().map(f => {
    const path = join(repoRoot, dir, f);
    return { name: f, path, bytes: new Uint8Array(readFileSync(path)) };
  }));
}
