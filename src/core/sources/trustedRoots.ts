// Where a path named by a profile may be opened without asking: a profile from anywhere can
// name any file (`/home/you/.ssh/config`, `../../etc/…`), so "open source" opens by itself only
// files inside the workspace folders, GOROOT, the module cache or the folders the user's own
// source mappings point to.
import { moduleCacheDir, type SourceEnvironment } from './sourceEnvironment';
import { expandMappingTarget, usedMappings } from './sourceMappings';
import { dirName, normalizePath, relativeInside, type PathStyle } from './paths';

/**
 * The Go toolchain's own folders: GOROOT and the module cache. Their symbolic links are the
 * installation's (Debian's GOROOT links `src` to /usr/share/go-1.NN/src) and a module's zip holds
 * none, so a file there is trusted by the path as written, where its links lead included.
 */
export function toolchainSourceRoots(env: SourceEnvironment): string[] {
  const roots: string[] = [];
  if (env.goroot) roots.push(env.goroot);
  const modCache = moduleCacheDir(env);
  if (modCache) roots.push(modCache);
  return roots.map(normalizePath).filter(r => r !== '' && r !== '/');
}

/** The folders whose files open without asking. */
export function trustedSourceRoots(env: SourceEnvironment): string[] {
  const roots = [...env.workspaceFolders, ...toolchainSourceRoots(env)];
  const vars = { workspaceFolders: env.workspaceFolders, home: env.home };
  for (const m of usedMappings(env.mappings ?? [])) {
    for (const target of expandMappingTarget(m.to, vars)) {
      // A regex mapping's target may hold $1…: the folder before the first substitution.
      const dollar = target.indexOf('$');
      const fixed = dollar < 0 ? target : dirName(target.slice(0, dollar + 1));
      if (fixed !== '' && fixed !== '/') roots.push(fixed);
    }
  }
  return roots.map(normalizePath).filter(r => r !== '' && r !== '/');
}

/** `path` with its `..` segments resolved; null when they climb above the root. */
export function withoutDotDot(path: string): string | null {
  const out: string[] = [];
  for (const seg of normalizePath(path).split('/')) {
    if (seg !== '..') out.push(seg);
    else if (out.length > 1 || (out.length === 1 && out[0] !== '')) out.pop();
    else return null;
  }
  return out.join('/') || '/';
}

export function isInsideTrustedRoots(path: string, roots: readonly string[], style: PathStyle = 'posix'): boolean {
  const resolved = withoutDotDot(path);
  if (resolved === null) return false;
  return roots.some(root => {
    const r = withoutDotDot(root);
    return r !== null && relativeInside(r, resolved, style) !== null;
  });
}
