// The import path of the package a local Go file belongs to, from where the file lives:
// vendor/, staging/src/, GOROOT/src, the module cache, the nearest go.mod, GOPATH/src.
import type { SourceFileSystem } from './fileSystem';
import { parseGoModModulePath } from './goModules';
import { unescapeModulePath } from './moduleEscaping';
import { dirName, joinPath, normalizePath, pathSegments, relativeInside } from './paths';
import { moduleCacheDir, type SourceEnvironment } from './sourceEnvironment';

/** Folders above a file we look through for go.mod; deeper trees than this are not Go modules in practice. */
const maxGoModLevels = 40;

export async function derivePackagePath(filePath: string, fs: SourceFileSystem, env: SourceEnvironment): Promise<string | null> {
  const style = env.pathStyle ?? 'posix';
  const dir = dirName(normalizePath(filePath));
  const segments = pathSegments(dir);

  const vendor = segments.lastIndexOf('vendor');
  if (vendor >= 0 && vendor < segments.length - 1) return segments.slice(vendor + 1).join('/');
  for (let i = segments.length - 3; i >= 0; i--) {
    if (segments[i] === 'staging' && segments[i + 1] === 'src') return segments.slice(i + 2).join('/');
  }

  if (env.goroot) {
    const rel = relativeInside(joinPath(normalizePath(env.goroot), 'src'), dir, style);
    if (rel) return rel;
  }

  const cache = moduleCacheDir(env);
  const inCache = cache === null ? null : relativeInside(cache, dir, style);
  if (inCache) {
    // <escaped module>@<version>/<package dir>: the version leaves the import path.
    return unescapeModulePath(pathSegments(inCache).map(seg => seg.replace(/@.*$/, '')).join('/'));
  }

  const fromGoMod = await importPathFromGoMod(dir, fs);
  if (fromGoMod) return fromGoMod;

  const listSeparator = style === 'windows' ? ';' : ':';
  for (const gopath of (env.gopath ?? '').split(listSeparator).filter(p => p.trim())) {
    const rel = relativeInside(joinPath(normalizePath(gopath), 'src'), dir, style);
    if (rel) return rel;
  }
  return null;
}

async function importPathFromGoMod(dir: string, fs: SourceFileSystem): Promise<string | null> {
  const below: string[] = [];
  let current = dir;
  for (let level = 0; level < maxGoModLevels && current; level++) {
    const goMod = joinPath(current, 'go.mod');
    if (await fs.stat(goMod).catch(() => null) === 'file') {
      let text: string;
      try { text = await fs.readFile(goMod); } catch { return null; }
      const modulePath = parseGoModModulePath(text);
      return modulePath === null ? null : [modulePath, ...below.reverse()].join('/');
    }
    const parent = dirName(current);
    if (parent === current || parent === '') break;
    below.push(current.slice(parent.length).replace(/^\//, ''));
    current = parent;
  }
  return null;
}
