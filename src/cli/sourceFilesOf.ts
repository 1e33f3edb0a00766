// Which source files a profile or dump mentions, for `resolve`: the function file names of a
// pprof profile (proto or legacy text), or the frame files of a goroutine dump.
import { nodeGunzip } from '../node/gunzip';
import { InputError } from './args';
import { InputError as CoreInputError, readInput } from '../core/input';
import { ContentKeyedSet } from '../shared/contentKeyedMap';

export function collectSourceFiles(bytes: Uint8Array): string[] {
  let input;
  try {
    input = readInput(bytes, { gunzip: nodeGunzip });
  } catch (e) {
    if (e instanceof CoreInputError) throw new InputError(e.message);
    throw e;
  }
  if (input.kind === 'profile') return distinct(input.profile.functions.map(f => f.filename));
  const dump = input.analysis.dump;
  // In text order: a crash's `runtime stack:` comes first, then the goroutines.
  const files: string[] = [];
  for (const r of dump.runtimeStacks) for (const f of r.frames) files.push(f.file);
  for (const g of dump.goroutines) {
    for (const f of g.frames) files.push(f.file);
    if (g.createdBy) files.push(g.createdBy.file);
  }
  for (const r of dump.records) for (const f of r.frames) files.push(f.file);
  return distinct(files);
}

/** Each file once, in order of first appearance; frames without a file ('' or gccgo's `:0`) are left out. */
function distinct(files: string[]): string[] {
  return [...new ContentKeyedSet(files.filter(f => f && f !== '?'))];
}
