// Maps frame file paths from profiles and dumps to files on this machine. Rules, in order:
// mapping, exact, vendor/staging, module cache, workspace module, GOROOT, suffix. The first
// candidate that exists wins; results and file checks are cached for the resolver's lifetime
// (make a new resolver, or call clearCache, when the workspace or settings change). On a local
// file system a candidate whose directory is not there is not asked about: a profile's 10^5 files
// under a module cache that is not on this machine cost one check of the cache's folder, not one each.
import type { SourceFileSystem, SourceFileKind } from './fileSystem';
import { findWorkspaceModules, type WorkspaceModule } from './goModules';
import { isAbsoluteOn, normalizePath, type PathStyle } from './paths';
import {
  gorootCandidates, moduleCacheCandidates, stagingCandidates, toProfilePath, vendorCandidates,
  workspaceModuleCandidates, type Candidate, type ProfilePath, type ResolveRule,
} from './pathRules';
import { moduleCacheDir, type SourceEnvironment } from './sourceEnvironment';
import { sourceMappingCandidates } from './sourceMappings';
import { bestSuffixMatches } from './suffixMatch';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

export interface SourceResolution {
  /** The path as written in the profile or dump. */
  file: string;
  /** Absolute local path ('/'-separated), or null when no rule found an existing file. */
  resolved: string | null;
  rule: ResolveRule | null;
  /** Set when the suffix rule found several equally good files; `resolved` is then null. */
  ambiguous?: string[];
}

const NOTHING: Promise<SourceFileKind | null> = Promise.resolve(null);

/** How many missing directories underMissingDirectory tries before it walks a path's folders. */
const RECENTLY_MISSING = 4;

/**
 * The deepest path whose folders are checked before it (deeper, the file itself is): each level's
 * check looks at every folder above it, so a path of 2,048 one-letter folders (4 KB, as deep as
 * a file name can be) took ~5 s of CPU. Real trees are a few dozen deep.
 */
const MAX_CHECKED_DEPTH = 64;

/** How many paths resolveAll checks at once: enough to keep the file system busy. */
const RESOLVE_AT_ONCE = 32;

/** A path's resolution, or the promise of it where the file system had to be asked. */
type Answer = SourceResolution | Promise<SourceResolution>;

export class SourcePathResolver {
  private readonly results = new ContentKeyedMap<Answer>();
  private readonly stats = new ContentKeyedMap<Promise<SourceFileKind | null>>();
  /** The file checks that have answered: a candidate checked before is known without a wait. */
  private readonly statAnswers = new ContentKeyedMap<SourceFileKind | null>();
  private readonly directories = new ContentKeyedMap<Promise<boolean>>();
  /** The directories whose check has answered, to pass over a file under a missing one at once. */
  private readonly directoryAnswers = new ContentKeyedMap<boolean>();
  /** The missing directories underMissingDirectory found last, the latest first. */
  private readonly recentlyMissing: string[] = [];
  private modules: Promise<WorkspaceModule[]> | undefined;
  /** The workspace's modules once found: the rules after it run without a wait. */
  private modulesFound: WorkspaceModule[] | undefined;
  private rules: ((p: ProfilePath) => Candidate[] | Promise<Candidate[]>)[] | undefined;
  private readonly style: PathStyle;
  private readonly moduleCache: string | null;
  private readonly goroot: string | undefined;

  constructor(private readonly fs: SourceFileSystem, private readonly env: SourceEnvironment) {
    this.style = env.pathStyle ?? 'posix';
    this.moduleCache = moduleCacheDir(env);
    this.goroot = env.goroot && normalizePath(env.goroot);
  }

  resolve(profilePath: string): Promise<SourceResolution> {
    const answer = this.answer(profilePath);
    return answer instanceof Promise ? answer : Promise.resolve(answer);
  }

  /**
   * Each path resolved, at most RESOLVE_AT_ONCE at a time: a profile can name 10^5 files, and
   * starting them all at once holds every pending file check (and its failure) together. A path
   * answered from what is known already (its folders known missing, its files checked before)
   * is answered in the loop, without a promise or a wait.
   */
  async resolveAll(profilePaths: readonly string[]): Promise<SourceResolution[]> {
    const out = new Array<SourceResolution>(profilePaths.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < profilePaths.length) {
        const i = next++;
        const answer = this.answer(profilePaths[i]);
        out[i] = answer instanceof Promise ? await answer : answer;
      }
    };
    await Promise.all(Array.from({ length: Math.min(RESOLVE_AT_ONCE, profilePaths.length) }, worker));
    return out;
  }

  clearCache(): void {
    this.results.clear();
    this.stats.clear();
    this.statAnswers.clear();
    this.directories.clear();
    this.directoryAnswers.clear();
    this.recentlyMissing.length = 0;
    this.modules = undefined;
    this.modulesFound = undefined;
    this.rules = undefined;
  }

  private answer(profilePath: string): Answer {
    let result = this.results.get(profilePath);
    if (!result) {
      result = this.resolveUncached(profilePath);
      this.results.set(profilePath, result);
    }
    return result;
  }

  /**
   * The rules in order, without a wait for as long as each candidate's answer is known (a
   * profile can name 10^5 files, most under folders known missing); from the first that is not,
   * the rest waits for the file system.
   */
  private resolveUncached(file: string): Answer {
    const p = toProfilePath(file);
    // Pseudo-files: <autogenerated>, "?", gccgo's empty ":0" frames.
    if (p.segments.length === 0 || p.path.startsWith('<') || p.path === '?') return { file, resolved: null, rule: null };
    const rules = this.orderedRules();
    for (let r = 0; r < rules.length; r++) {
      const candidates = rules[r](p);
      if (!Array.isArray(candidates)) return this.resolveWaiting(file, p, r, candidates, 0);
      for (let c = 0; c < candidates.length; c++) {
        const kind = this.knownKind(candidates[c].path);
        if (kind === undefined) return this.resolveWaiting(file, p, r, candidates, c);
        if (kind === 'file') return { file, resolved: candidates[c].path, rule: candidates[c].rule };
      }
    }
    return this.resolveBySuffix(file, p);
  }

  /** resolveUncached from rule `ruleAt`'s candidate `candidateAt` on, waiting for each check. */
  private async resolveWaiting(file: string, p: ProfilePath, ruleAt: number, first: Candidate[] | Promise<Candidate[]>, candidateAt: number): Promise<SourceResolution> {
    const rules = this.orderedRules();
    for (let r = ruleAt; r < rules.length; r++) {
      const candidates = r === ruleAt ? await first : await rules[r](p);
      for (let c = r === ruleAt ? candidateAt : 0; c < candidates.length; c++) {
        const kind = this.underMissingDirectory(candidates[c].path) ? null : await this.kindOf(candidates[c].path);
        if (kind === 'file') return { file, resolved: candidates[c].path, rule: candidates[c].rule };
      }
    }
    return this.resolveBySuffix(file, p);
  }

  private orderedRules(): ((p: ProfilePath) => Candidate[] | Promise<Candidate[]>)[] {
    if (this.rules) return this.rules;
    const ws = this.env.workspaceFolders;
    const mapped = sourceMappingCandidates(this.env.mappings ?? [], { workspaceFolders: ws, home: this.env.home });
    this.rules = [
      p => mapped(p.path).map(path => ({ rule: 'mapping' as const, path })),
      p => (isAbsoluteOn(p.path, this.style) ? [{ rule: 'exact' as const, path: p.path }] : []),
      p => [...vendorCandidates(p, ws), ...stagingCandidates(p, ws)],
      p => moduleCacheCandidates(p, this.moduleCache),
      p => (this.modulesFound ? workspaceModuleCandidates(p, this.modulesFound, this.style)
        : this.workspaceModules().then(modules => workspaceModuleCandidates(p, modules, this.style))),
      p => gorootCandidates(p, this.goroot),
    ];
    return this.rules;
  }

  /** The suffix rule: without a wait where the file system has its list of the workspace's files at hand. */
  private resolveBySuffix(file: string, p: ProfilePath): Answer {
    const baseName = p.segments[p.segments.length - 1];
    const atHand = this.fs.filesByBaseNameAtHand?.(baseName);
    if (atHand) return this.suffixAnswer(file, p, atHand);
    return this.fs.findFilesByBaseName(baseName).catch(() => []).then(files => this.suffixAnswer(file, p, files));
  }

  private suffixAnswer(file: string, p: ProfilePath, files: readonly string[]): SourceResolution {
    if (files.length === 0) return { file, resolved: null, rule: null };
    const match = bestSuffixMatches(p.segments, files, this.env.minSuffixSegments ?? 2, this.style);
    if (match.best.length === 1) return { file, resolved: match.best[0], rule: 'suffix' };
    if (match.best.length > 1) return { file, resolved: null, rule: null, ambiguous: match.best };
    return { file, resolved: null, rule: null };
  }

  private workspaceModules(): Promise<WorkspaceModule[]> {
    if (!this.modules) {
      const modules = findWorkspaceModules(this.fs).catch(() => []);
      this.modules = modules;
      // Found for this cache (clearCache may have started another search meanwhile).
      void modules.then(found => { if (this.modules === modules) this.modulesFound = found; });
    }
    return this.modules;
  }

  private kindOf(path: string): Promise<SourceFileKind | null> {
    let kind = this.stats.get(path);
    if (!kind) {
      kind = this.underMissingDirectory(path) ? NOTHING : this.checkedKind(path);
      this.stats.set(path, kind);
      const asked = kind;
      void asked.then(answer => { if (this.stats.get(path) === asked) this.statAnswers.set(path, answer); });
    }
    return kind;
  }

  /** What is at `path` where that is known without asking (a folder above it missing, or checked before); undefined where it is not. */
  private knownKind(path: string): SourceFileKind | null | undefined {
    if (this.underMissingDirectory(path)) return null;
    return this.statAnswers.get(path);
  }

  private checkedKind(path: string): Promise<SourceFileKind | null> {
    const parent = this.parentToCheck(path);
    const stat = (): Promise<SourceFileKind | null> => this.fs.stat(path).catch(() => null);
    return parent === undefined ? stat() : this.isDirectory(parent).then(there => (there ? stat() : null));
  }

  private isDirectory(path: string): Promise<boolean> {
    let there = this.directories.get(path);
    if (!there) {
      there = this.kindOf(path).then(kind => {
        this.directoryAnswers.set(path, kind === 'dir');
        return kind === 'dir';
      });
      this.directories.set(path, there);
    }
    return there;
  }

  /** Whether a directory above `path` is known not to be there: then no check and no wait for it. */
  private underMissingDirectory(path: string): boolean {
    // A profile's files lie under a few missing folders (another machine's module cache, its
    // build tree): the last found are tried first, without a slice and a lookup per level.
    for (const missing of this.recentlyMissing) {
      if (path.length > missing.length && path.charCodeAt(missing.length) === 47 && path.startsWith(missing)) return true;
    }
    for (let dir = this.parentToCheck(path); dir !== undefined; dir = this.parentToCheck(dir)) {
      const there = this.directoryAnswers.get(dir);
      if (there === undefined) continue;
      if (!there) this.rememberMissing(dir);
      return !there;
    }
    return false;
  }

  private rememberMissing(dir: string): void {
    if (this.recentlyMissing.length === RECENTLY_MISSING) this.recentlyMissing.pop();
    this.recentlyMissing.unshift(dir);
  }

  /**
   * The directory of `path` whose absence means `path` is absent too: its prefix, on a file
   * system that looks paths up as written (a local one, where a check costs little, so a chain
   * of them up to the root is no wait); undefined at the root or on any other.
   */
  private parentToCheck(path: string): string | undefined {
    if (!this.fs.walksPathsAsWritten || deeperThan(path, MAX_CHECKED_DEPTH)) return undefined;
    const cut = path.lastIndexOf('/');
    return cut > 0 ? path.slice(0, cut) : undefined;
  }
}

/** Whether `path` has more than `depth` '/'s, read up to the one past it. */
function deeperThan(path: string, depth: number): boolean {
  let at = -1;
  for (let n = 0; n <= depth; n++) {
    at = path.indexOf('/', at + 1);
    if (at < 0) return false;
  }
  return true;
}
