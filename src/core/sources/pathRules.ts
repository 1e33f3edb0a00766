// Candidate local paths for one profile path, per rule. Pure: the resolver checks which exist.
import { escapeModulePath, unescapeModulePath } from './moduleEscaping';
import { joinPath, normalizePath, type PathStyle } from './paths';
import type { WorkspaceModule } from './goModules';

export type ResolveRule = 'mapping' | 'exact' | 'vendor' | 'staging' | 'modcache' | 'module' | 'goroot' | 'suffix';

export interface Candidate {
  rule: ResolveRule;
  path: string;
}

/** A profile path split once for all rules. */
export interface ProfilePath {
  /** Normalized, '/'-separated. */
  path: string;
  segments: string[];
  /** Absolute on some OS (POSIX root or drive letter): relative paths come from -trimpath builds. */
  absolute: boolean;
}

/**
 * `…/vendor/<module path>/<rest>` → `<ws>/staging/src/<…>` then `<ws>/vendor/<…>`.
 * Staging first: in a Kubernetes checkout vendor/k8s.io/* are symlinks into staging/src, and
 * opening the real file keeps one editor per file. The standard library's own vendor trees
 * (`<goroot>/src/vendor`, `src/cmd/vendor`, trimpath `vendor/…`) are left to the GOROOT rule:
 * the workspace may vendor a different version of the same golang.org/x module.
 */
export function vendorCandidates(p: ProfilePath, workspaceFolders: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  const s = p.segments;
  for (let i = s.length - 2; i >= 0; i--) {
    if (s[i] !== 'vendor' || isStandardLibraryVendor(s, i, p.absolute)) continue;
    const rest = s.slice(i + 1).join('/');
    for (const ws of workspaceFolders) out.push({ rule: 'staging', path: joinPath(ws, 'staging/src', rest) });
    for (const ws of workspaceFolders) out.push({ rule: 'vendor', path: joinPath(ws, 'vendor', rest) });
  }
  return out;
}

function isStandardLibraryVendor(s: string[], i: number, absolute: boolean): boolean {
  if (i === 0) return !absolute;
  if (s[i - 1] === 'src') return true;
  return s[i - 1] === 'cmd' && (i === 1 ? !absolute : s[i - 2] === 'src');
}

/** `…/staging/src/<module path>/<rest>` (a Kubernetes build from a checkout) → `<ws>/staging/src/…`. */
export function stagingCandidates(p: ProfilePath, workspaceFolders: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  const s = p.segments;
  for (let i = s.length - 3; i >= 0; i--) {
    if (s[i] !== 'staging' || s[i + 1] !== 'src') continue;
    const rest = s.slice(i + 2).join('/');
    for (const ws of workspaceFolders) out.push({ rule: 'staging', path: joinPath(ws, 'staging/src', rest) });
  }
  return out;
}

/**
 * `<module>@<version>/<rest>` → `<modcache>/<escaped module>@<escaped version>/<rest>`.
 * Where the module path starts is not written down: after `pkg/mod/` when present, else at
 * the start of a -trimpath path, else at any domain-like segment (nearest to the `@` first).
 */
export function moduleCacheCandidates(p: ProfilePath, moduleCache: string | null): Candidate[] {
  if (!moduleCache) return [];
  const out: Candidate[] = [];
  const s = p.segments;
  for (let j = s.length - 2; j >= 0; j--) {
    const at = s[j].indexOf('@');
    if (at <= 0 || at === s[j].length - 1) continue;
    const version = s[j].slice(at + 1);
    const rest = s.slice(j + 1).join('/');
    for (const start of moduleStarts(s, j, p.absolute)) {
      const modulePath = [...s.slice(start, j), s[j].slice(0, at)].join('/');
      const dir = `${escapeModulePath(unescapeModulePath(modulePath))}@${escapeModulePath(unescapeModulePath(version))}`;
      out.push({ rule: 'modcache', path: joinPath(moduleCache, dir, rest) });
    }
  }
  return out;
}

function moduleStarts(s: string[], atIndex: number, absolute: boolean): number[] {
  const starts: number[] = [];
  for (let k = atIndex; k >= 2; k--) if (s[k - 2] === 'pkg' && s[k - 1] === 'mod') { starts.push(k); break; }
  if (!absolute) starts.push(0);
  for (let k = atIndex - 1; k >= 0; k--) if (s[k].includes('.') && !s[k].startsWith('.')) starts.push(k);
  return [...new Set(starts)];
}

/**
 * A workspace folder whose go.mod declares a module path found in the profile path, with or
 * without `@version`: `k8s.io/apiserver@v0.18.4/pkg/x.go` → `<dir of that go.mod>/pkg/x.go`.
 * The latest occurrence in the path wins (the most specific module), then the longest module path.
 */
export function workspaceModuleCandidates(p: ProfilePath, modules: readonly WorkspaceModule[], style: PathStyle): Candidate[] {
  if (modules.length === 0) return [];
  const fold = (x: string) => (style === 'windows' ? x.toLowerCase() : x);
  const plain = p.segments.map(seg => fold(unescapeModulePath(seg.replace(/@.*$/, ''))));
  const hits: { start: number; length: number; path: string }[] = [];
  for (const m of modules) {
    const ms = m.modulePath.split('/').map(fold);
    for (let start = plain.length - ms.length - 1; start >= 0; start--) {
      if (!ms.every((seg, k) => plain[start + k] === seg)) continue;
      const rest = p.segments.slice(start + ms.length).join('/');
      hits.push({ start, length: ms.length, path: joinPath(m.dir, rest) });
      break;
    }
  }
  hits.sort((a, b) => b.start - a.start || b.length - a.length);
  return hits.map(h => ({ rule: 'module', path: h.path }));
}

/**
 * `…/src/<std package>/…` (std import paths have no dot in their first element) and the
 * -trimpath form `runtime/chan.go` → `<GOROOT>/src/…`. Also Windows installs such as
 * `C:/Program Files/Go/src/runtime/proc.go`.
 */
export function gorootCandidates(p: ProfilePath, goroot: string | undefined): Candidate[] {
  if (!goroot) return [];
  const root = normalizePath(goroot);
  const out: Candidate[] = [];
  const s = p.segments;
  for (let i = s.length - 3; i >= 0; i--) {
    if (s[i] === 'src' && isStandardFirstElement(s[i + 1])) out.push({ rule: 'goroot', path: joinPath(root, 'src', s.slice(i + 1).join('/')) });
  }
  if (!p.absolute && s.length >= 2 && isStandardFirstElement(s[0])) out.push({ rule: 'goroot', path: joinPath(root, 'src', s.join('/')) });
  return out;
}

function isStandardFirstElement(segment: string): boolean {
  return !segment.includes('.') && !segment.includes('@') && !segment.includes(':');
}

export function toProfilePath(raw: string): ProfilePath {
  const path = normalizePath(raw);
  return {
    path,
    segments: path.split('/').filter(seg => seg.length > 0),
    absolute: path.startsWith('/') || /^[A-Za-z]:\//.test(path),
  };
}
