// What one file of an incident folder is: its kind (heap, allocs, goroutine dump, cpu …), when it
// was captured, and the MemStats a legacy heap text carries. Told from the decoded model, with the
// file name only where the bytes cannot tell (a mutex and a block profile have the same types).
import type { GoroutineAnalysis } from '../../goroutines';
import type { Profile } from '../../pprof';
import type { IncidentFileKind, MemStatsFigures, UnreadFile } from './incidentModel';

export function profileKind(profile: Profile, path: string): IncidentFileKind {
  const types = profile.sampleTypes.map(t => t.type);
  if (types.includes('inuse_space') || profile.format === 'legacy-heap') {
    // runtime/pprof's allocs profile is the heap profile with default_sample_type alloc_space.
    const defaultType = profile.sampleTypes[profile.defaultSampleTypeIndex]?.type;
    return defaultType === 'alloc_space' || defaultType === 'alloc_objects' ? 'allocs' : 'heap';
  }
  if (types.includes('goroutine')) return 'goroutine-profile';
  if (types.includes('threadcreate')) return 'threadcreate';
  if (types.includes('cpu')) return 'cpu';
  if (types.includes('contentions') || types.includes('delay')) return contentionKind(profile, path);
  return 'other-profile';
}

/**
 * Mutex and block profiles share their sample types (contentions, delay). The mutex profile
 * records the unlocking stack (its leaf is an Unlock); the block profile records where goroutines
 * waited (chanrecv, selectgo, Lock, Wait …). A name that says which one decides first.
 */
function contentionKind(profile: Profile, path: string): IncidentFileKind {
  const name = baseName(path).toLowerCase();
  if (name.includes('mutex')) return 'mutex';
  if (name.includes('block')) return 'block';
  if (profile.comments.some(c => c.includes('mutex'))) return 'mutex';
  const s = profile.samples;
  let unlocks = 0, others = 0;
  for (let i = 0; i < s.count && i < 1000; i++) {
    const start = s.stackStart[i];
    if (start === s.stackStart[i + 1]) continue;
    const loc = profile.locations[s.locations[start]];
    const line = loc?.lines[0];
    const fn = line && line.functionIndex >= 0 ? profile.functions[line.functionIndex].name : '';
    if (fn.endsWith('Unlock') || fn.endsWith('RUnlock')) unlocks++; else others++;
  }
  return unlocks > others ? 'mutex' : 'block';
}

export function goroutineDetail(analysis: GoroutineAnalysis, fromProto: boolean): string {
  const format = fromProto ? 'goroutine profile.proto' : analysis.dump.format === 'debug1' ? 'debug=1 text' : 'debug=2 text';
  const n = analysis.total;
  return `${format}, ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} goroutine${n === 1 ? '' : 's'}`;
}

const MEMSTATS_FIELDS: readonly (keyof MemStatsFigures)[] = ['HeapInuse', 'HeapIdle', 'HeapReleased', 'HeapAlloc', 'StackInuse', 'Sys', 'NumGC'];

/**
 * The `# runtime.MemStats` block of a heap profile written with debug=1 (`# HeapInuse = 123`),
 * which the legacy decoder keeps as comments; the sampling rate from the profile's period.
 */
export function memStatsOf(profile: Profile): MemStatsFigures | null {
  // The legacy decoder keeps the lines as written, "# " first; an encoded profile may not.
  const lines = profile.comments.map(c => c.replace(/^#\s?/, ''));
  const at = lines.findIndex(c => c.startsWith('runtime.MemStats'));
  if (at < 0) return null;
  const figures: { -readonly [K in keyof MemStatsFigures]: number } = {};
  for (const comment of lines.slice(at + 1)) {
    const m = /^(\w+) = (\d+)$/.exec(comment.trim());
    if (m && (MEMSTATS_FIELDS as readonly string[]).includes(m[1])) figures[m[1] as keyof MemStatsFigures] = Number(m[2]);
    // runtime/pprof prints StackInuse / StackSys as "Stack = 688128 / 688128".
    const stack = /^Stack = (\d+) \/ \d+$/.exec(comment.trim());
    if (stack) figures.StackInuse = Number(stack[1]);
  }
  if (profile.period > 0) figures.MemProfileRate = profile.period;
  return Object.keys(figures).length > 0 ? figures : null;
}

/**
 * A capture time written in a file name: `20250102T030405Z` (the capture command's names),
 * `2025-01-02T03:04:05Z` / `2025-01-02_03-04-05` (read as UTC), or 10-digit Unix seconds / 13-digit
 * milliseconds. Null when the name holds none.
 */
export function timeInName(path: string): number | null {
  const name = baseName(path);
  const compact = /(?:^|\D)(\d{4})(\d{2})(\d{2})[T_-]?(\d{2})(\d{2})(\d{2})Z?(?:\D|$)/.exec(name);
  const spaced = /(?:^|\D)(\d{4})-(\d{2})-(\d{2})[T_ ](\d{2})[:\-_.]?(\d{2})[:\-_.]?(\d{2})/.exec(name);
  const m = spaced ?? compact;
  if (m) {
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60 && s < 61) return Date.UTC(y, mo - 1, d, h, mi, s);
  }
  const epoch = /(?:^|\D)(1\d{9}|1\d{12})(?:\D|$)/.exec(name);
  if (epoch) return epoch[1].length === 10 ? Number(epoch[1]) * 1000 : Number(epoch[1]);
  return null;
}

export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

// What is never a capture: source, docs, build files. The folder reader skips these without
// listing them as unread (a workspace holds thousands).
const NOT_CAPTURES = /\.(?:go|mod|sum|md|markdown|rst|adoc|ts|js|mjs|cjs|json|ya?ml|toml|ini|cfg|html?|css|svg|png|jpe?g|gif|ico|pdf|sh|bash|py|rb|java|c|h|cc|cpp|hpp|rs|proto|s|lock|gitignore|gitattributes|editorconfig|license)$/i;
const NOT_CAPTURE_NAMES = new Set(['LICENSE', 'NOTICE', 'AUTHORS', 'CONTRIBUTORS', 'PATENTS', 'OWNERS', 'Makefile', 'Dockerfile', 'modules.txt']);

/** Whether a file of the folder may be a capture (the CLI and the host read only these). */
export function mayBeCapture(path: string): boolean {
  const name = baseName(path);
  return !name.startsWith('.') && !NOT_CAPTURE_NAMES.has(name) && !NOT_CAPTURES.test(name);
}

/**
 * A symbolic link inside an incident folder, as an unread entry where a capture or a searched folder
 * could be behind it; null where neither could. Links are not followed (one may lead out of the
 * folder, or in a loop), but a capture the user linked in must not vanish without a word.
 * `toFolder`: the link leads to a folder (a broken link or a loop counts as a file).
 */
export function unfollowedLink(path: string, toFolder: boolean): UnreadFile | null {
  if (toFolder) return searchFolder(baseName(path)) ? { path, reason: 'a symbolic link to a folder: not searched' } : null;
  return mayBeCapture(path) ? { path, reason: 'a symbolic link: not followed' } : null;
}

// Folders never searched: hidden ones, dependencies and vendored source.
const SKIPPED_FOLDERS = new Set(['node_modules', 'vendor', '_output', 'bazel-out']);

/** Whether the folder reader descends into a subfolder of this name. */
export function searchFolder(name: string): boolean {
  return !name.startsWith('.') && !SKIPPED_FOLDERS.has(name);
}

/** Bounds of a folder walk (the CLI and the host alike): a workspace may hold far more than an incident. */
export const INCIDENT_FOLDER_LIMITS = {
  maxFiles: 200,
  maxFileBytes: 512 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxDepth: 6,
  /** Folders listed at most: a folder of 10^5 subfolders is no incident. */
  maxFolders: 2000,
} as const;

/**
 * The files a folder walk finds past its `maxFiles`, listed as one entry (the first one's path and
 * how many follow it): a folder of 10^5 files otherwise made a report of 10^5 lines.
 */
export class FilesPastLimit {
  private first: string | undefined;
  private count = 0;

  constructor(private readonly maxFiles: number, private readonly hint = '') {}

  add(path: string): void {
    this.first ??= path;
    this.count++;
  }

  /** The one entry, or none when no file passed the limit. */
  entries(): UnreadFile[] {
    if (this.first === undefined) return [];
    const others = this.count - 1;
    const rest = others === 0 ? '' : `, nor the ${others} file${others === 1 ? '' : 's'} after it`;
    return [{ path: this.first, reason: `not read${rest}: the first ${this.maxFiles} files are read${this.hint}` }];
  }
}
