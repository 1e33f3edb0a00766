// `goprof resolve FILE --workspace DIR [--json]`: where each source file named in a profile or
// dump lives on this machine, and which rule found it.
import { promises as fsp } from 'node:fs';
import * as nodePath from 'node:path';
import type { CliCommand, CliIo } from './command';
import { flagString, InputError, parseArgs, UsageError } from './args';
import type { SourceResolution } from '../core/sources';
import { collectSourceFiles } from './sourceFilesOf';
import { createLocalSourceResolver } from './localSources';
import { withVisibleControls } from '../core/format';
import { fileSystemPath } from '../node/argumentBytes';

export async function resolveCommand(argv: string[], io: CliIo): Promise<void> {
  const args = parseArgs(argv, ['workspace', 'goroot', 'gomodcache'], ['json']);
  if (args.positional.length !== 1) throw new UsageError('resolve takes exactly one FILE');
  const workspaceFlag = flagString(args, 'workspace');
  if (!workspaceFlag) throw new UsageError('resolve needs --workspace DIR');

  const file = args.positional[0];
  const workspace = nodePath.resolve(workspaceFlag);
  if (!(await isDirectory(workspace))) throw new InputError(`workspace is not a folder: ${workspaceFlag}`);
  let bytes: Uint8Array;
  try { bytes = await fsp.readFile(fileSystemPath(file)); } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }

  const profileFiles = collectSourceFiles(bytes);
  const resolver = await createLocalSourceResolver({ workspace, goroot: flagString(args, 'goroot'), gomodcache: flagString(args, 'gomodcache') });
  const results = await resolver.resolveAll(profileFiles);

  if (args.flags.has('json')) io.out(JSON.stringify({ files: results.map(toJson) }, null, 2) + '\n');
  else io.out(withVisibleControls(formatTable(results)));
}

function toJson(r: SourceResolution): Record<string, unknown> {
  return { file: r.file, resolved: r.resolved, rule: r.rule, ...(r.ambiguous ? { ambiguous: r.ambiguous } : {}) };
}

function formatTable(results: readonly SourceResolution[]): string {
  const lines = results.map(r => {
    if (r.resolved) return `${r.rule}\t${r.file}\n\t→ ${r.resolved}`;
    if (r.ambiguous) return `ambiguous\t${r.file}\n${r.ambiguous.map(a => `\t? ${a}`).join('\n')}`;
    return `-\t${r.file}`;
  });
  const found = results.filter(r => r.resolved).length;
  return `${lines.join('\n')}${lines.length ? '\n' : ''}${found} of ${results.length} files resolved\n`;
}

async function isDirectory(path: string): Promise<boolean> {
  try { return (await fsp.stat(path)).isDirectory(); } catch { return false; }
}

export const resolve: CliCommand = {
  name: 'resolve',
  usage: 'FILE --workspace DIR [--goroot DIR] [--gomodcache DIR] [--json]',
  summary: 'map the source paths of a profile or dump to files on this machine',
  run: resolveCommand,
};
