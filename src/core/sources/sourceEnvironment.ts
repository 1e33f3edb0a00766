// Facts about this machine that the resolver needs; gathered by the caller (go env, settings).
import type { SourceMapping } from './sourceMappings';
import { joinPath, normalizePath, type PathStyle } from './paths';

export interface SourceEnvironment {
  /** Absolute, '/'-separated workspace folder paths (Windows: `C:/…`). */
  workspaceFolders: readonly string[];
  /** `go env GOROOT`, when known. */
  goroot?: string;
  /** `go env GOMODCACHE`, when known; wins over gopath/home. */
  goModCache?: string;
  /** $GOPATH as set (a list; the first entry holds pkg/mod). */
  gopath?: string;
  /** The user's home folder: ~/go/pkg/mod is Go's default module cache. */
  home?: string;
  /** User mappings, tried first. */
  mappings?: readonly SourceMapping[];
  /** How local absolute paths look; default 'posix'. */
  pathStyle?: PathStyle;
  /** Fewest trailing path segments the suffix rule must match (default 2: a folder and the base name). */
  minSuffixSegments?: number;
}

/** GOMODCACHE, else the first GOPATH entry + /pkg/mod, else ~/go/pkg/mod (Go's own defaulting). */
export function moduleCacheDir(env: SourceEnvironment): string | null {
  if (env.goModCache) return normalizePath(env.goModCache);
  const listSeparator = (env.pathStyle ?? 'posix') === 'windows' ? ';' : ':';
  const firstGopath = env.gopath?.split(listSeparator).find(p => p.trim().length > 0);
  if (firstGopath) return joinPath(normalizePath(firstGopath), 'pkg/mod');
  if (env.home) return joinPath(normalizePath(env.home), 'go/pkg/mod');
  return null;
}
