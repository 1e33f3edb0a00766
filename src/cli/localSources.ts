// The source resolver of the CLI: the workspace folder, GOROOT and the module cache of this
// machine (from `go env`, or the flags), as `resolve` and `list` find a profile's files.
import * as nodePath from 'node:path';
import { SourcePathResolver } from '../core/sources';
import { createNodeFileSystem, toCorePath } from './nodeFileSystem';
import { readGoEnvironment } from '../node/goEnv';

export interface LocalSourceOptions {
  /** Absolute workspace folder. */
  workspace: string;
  goroot?: string;
  gomodcache?: string;
}

export async function createLocalSourceResolver(options: LocalSourceOptions): Promise<SourcePathResolver> {
  const goEnv = await readGoEnvironment();
  const goroot = options.goroot ?? goEnv.goroot;
  const goModCache = options.gomodcache ?? goEnv.goModCache;
  return new SourcePathResolver(createNodeFileSystem({ searchRoots: [options.workspace] }), {
    workspaceFolders: [toCorePath(options.workspace)],
    goroot: goroot && toCorePath(nodePath.resolve(goroot)),
    goModCache: goModCache && toCorePath(nodePath.resolve(goModCache)),
    gopath: goEnv.gopath,
    home: goEnv.home && toCorePath(goEnv.home),
    pathStyle: process.platform === 'win32' ? 'windows' : 'posix',
  });
}
