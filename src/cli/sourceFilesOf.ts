// Which source files a profile or dump mentions, for `resolve`: the function file names of a
// pprof profile (proto or legacy text), or the frame files of a goroutine dump.
import { nodeGunzip } from '../node/gunzip';
import { InputError } from './args';
import { parseProfile, ProfileParseError, sniffProfileKind } from '../core/pprof';
import { scanGoroutineDump } from '../core/goroutines';

export function collectSourceFiles(bytes: Uint8Array): string[] {
  const kind = sniffProfileKind(bytes).kind;
  if (kind === 'pprof' || kind === 'pprof-text' || kind === 'pprof-legacy-cpu') {
    try {
      const profile = parseProfile(bytes, { gunzip: nodeGunzip });
      return distinct(profile.functions.map(f => f.filename));
    } catch (e) {
      if (e instanceof ProfileParseError) throw new InputError(e.message);
      throw e;
    }
  }
  const dump = scanGoroutineDump(bytes);
  // In text order: a crash's `runtime stack:` comes first, then the goroutines.
  const files: string[] = [];
  for (const r of dump.runtimeStacks) for (const f of r.frames) files.push(f.file);
  for (const g of dump.goroutines) {
    for (const f of g.frames) files.push(f.file);
    if (g.createdBy) files.push(g.createdBy.file);
  }
  for (const r of dump.records) for (const f of r.frames) files.push(f.file);
  if (files.length === 0 && dump.format === 'empty') throw new InputError('neither a profile nor a goroutine dump: no frames found');
  return distinct(files);
}

/** Each file once, in order of first appearance; frames without a file ('' or gccgo's `:0`) are left out. */
function distinct(files: string[]): string[] {
  return [...new Set(files.filter(f => f && f !== '?'))];
}
