// Path strings as they appear in profiles come from any OS. The core keeps every path
// '/'-separated: backslashes become '/', a drive letter stays as written (`C:/…`).

export type PathStyle = 'posix' | 'windows';

const driveLetter = /^[A-Za-z]:(\/|$)/;

/** Canonical '/'-separated form: backslashes to '/', no repeated '/', no `.` segments, no trailing '/'. */
export function normalizePath(path: string): string {
  return isNormalPosixPath(path) ? path : normalizePathFully(path);
}

/** normalizePath's every step, whatever the path: what its shortcut for a normal path must agree with. */
export function normalizePathFully(path: string): string {
  let p = path.trim().replace(/\\/g, '/');
  const unc = p.startsWith('//') && !p.startsWith('///');
  p = p.replace(/\/{2,}/g, '/');
  p = p.split('/').filter(seg => seg !== '.').join('/') || p;
  if (p.length > 1 && p.endsWith('/') && !/^[A-Za-z]:\/$/.test(p)) p = p.slice(0, -1);
  return unc ? '/' + p : p;
}

/**
 * Whether normalizePath leaves `path` as it is, told without its replacements and split: an
 * absolute '/'-separated path of no blanks at its ends, no `//`, no `.` segment, no final `/`.
 * A profile can name 10^5 files, each normalized once or more.
 */
function isNormalPosixPath(path: string): boolean {
  const n = path.length;
  if (n < 2 || path.charCodeAt(0) !== 47) return false;
  // A last character of printable ASCII but '/': not one that trim or the final '/' would drop.
  const last = path.charCodeAt(n - 1);
  if (last <= 32 || last >= 127 || last === 47) return false;
  if (path.includes('\\') || path.includes('//') || path.includes('/./')) return false;
  return !path.endsWith('/.');
}

export function isWindowsPath(path: string): boolean {
  return driveLetter.test(path) || /^\/\/[^/]/.test(path);
}

/** Whether `path` is absolute on a machine of the given style (drive-letter paths are not absolute on POSIX). */
export function isAbsoluteOn(path: string, style: PathStyle): boolean {
  return style === 'windows' ? isWindowsPath(path) : path.startsWith('/');
}

/** Whether `path` is absolute on some OS: POSIX root, drive letter or UNC. */
export function isAbsoluteAnywhere(path: string): boolean {
  return path.startsWith('/') || driveLetter.test(path);
}

export function pathSegments(path: string): string[] {
  return path.split('/').filter(s => s.length > 0);
}

export function joinPath(base: string, ...parts: string[]): string {
  const tail = parts.filter(p => p.length > 0).join('/');
  if (!tail) return base;
  return base.endsWith('/') ? base + tail : `${base}/${tail}`;
}

export function baseName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

export function dirName(path: string): string {
  const i = path.lastIndexOf('/');
  if (i < 0) return '';
  if (i === 0) return '/';
  if (i === 2 && driveLetter.test(path)) return path.slice(0, 3);
  return path.slice(0, i);
}

/** `child` relative to `parent` ('/'-joined), or null when `child` is not inside `parent`. */
export function relativeInside(parent: string, child: string, style: PathStyle): string | null {
  const fold = (s: string) => (style === 'windows' ? s.toLowerCase() : s);
  const p = parent.endsWith('/') ? parent : parent + '/';
  if (fold(child) === fold(parent)) return '';
  return fold(child).startsWith(fold(p)) ? child.slice(p.length) : null;
}

/** Number of trailing segments two paths share (case-insensitively on Windows). */
export function commonSuffixSegments(a: string[], b: string[], style: PathStyle): number {
  let n = 0;
  while (n < a.length && n < b.length) {
    const x = a[a.length - 1 - n], y = b[b.length - 1 - n];
    if (style === 'windows' ? x.toLowerCase() !== y.toLowerCase() : x !== y) break;
    n++;
  }
  return n;
}
