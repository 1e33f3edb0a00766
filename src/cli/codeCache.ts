// A V8 code cache for the CLI bundle's command chunks (what v8-compile-cache did; Node 20 has no
// `module.enableCompileCache`). A cold `goprof goroutines FILE` otherwise parses its chunk and
// compiles to bytecode every function it runs, the scanner's included: with the bytecode saved after
// a run, the next run reads it back instead (8.3 MB bench dump: ~45 ms less CPU, docs/benchmarks.md).
//
// The cache is a directory of the user's own (never a shared temporary directory: cached bytecode is
// code). A chunk's file name carries its content hash (webpack.config.js), so a cache entry belongs
// to one build; V8 itself rejects data from another V8 version or other flags, and a rejected or
// missing entry is written again after the run. Every failure to read or write the cache is ignored:
// the command then compiles its code as Node would.
import Module, { createRequire } from 'node:module';
import { Script } from 'node:vm';
import { readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { type FileBytes, readFileBytes, readFileText } from './fileBytesOutsideMalloc';
import { makeFolderSync } from '../node/makeFolder';

/** Environment variable: `off` turns the cache off, a path puts it there. */
export const CODE_CACHE_ENV = 'GOPROF_CODE_CACHE';

const ENTRY_SUFFIX = '.v8cache';
const PARTIAL_SUFFIX = '.partial';
/** Entries older than this are removed when another is written (old builds, old Node versions). */
const STALE_MS = 30 * 24 * 3600 * 1000;

/** Where the cache lives: the platform's per-user cache directory, or undefined when off or unknown. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const setting = env[CODE_CACHE_ENV];
  if (setting === 'off' || setting === '0') return undefined;
  if (setting) return setting;
  let home: string;
  try { home = homedir(); } catch { return undefined; }
  const base = platform === 'win32' ? env.LOCALAPPDATA
    : platform === 'darwin' ? (home ? join(home, 'Library', 'Caches') : undefined)
      : env.XDG_CACHE_HOME || (home ? join(home, '.cache') : undefined);
  return base ? join(base, 'go-profile-explorer', 'cli') : undefined;
}

interface CompiledChunk { readonly script: Script; readonly entry: string }

type ModuleCompile = (this: Module, content: string, filename: string) => unknown;
type ModuleExtension = (module: Module, filename: string) => void;

export class CodeCache {
  /** Chunks compiled without usable cached data: their bytecode is saved after the run. */
  private readonly unsaved: CompiledChunk[] = [];
  /** Files compiled without usable cached data (none cached, or rejected by V8). */
  readonly uncached: string[] = [];
  private readonly restoreCompile: () => void;

  /**
   * From now on the chunks in `chunkDir` (files loaded by `require`) are compiled with their cached
   * bytecode from `cacheDir`. Only modules in that directory are affected.
   */
  constructor(private readonly chunkDir: string, private readonly cacheDir: string) {
    const proto = Module.prototype as unknown as { _compile: ModuleCompile };
    const nodeCompile = proto._compile;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const cache = this;
    proto._compile = function compileWithCache(content, filename) {
      if (dirname(filename) !== cache.chunkDir) return nodeCompile.call(this, content, filename);
      return cache.compile(this, content, filename);
    };
    // A chunk's source is read outside malloc (fileBytesOutsideMalloc.ts), then compiled as Node would.
    const extensions = (Module as unknown as { _extensions: Record<string, ModuleExtension> })._extensions;
    const nodeLoadJs = extensions['.js'];
    extensions['.js'] = function loadJs(module, filename) {
      if (dirname(filename) !== cache.chunkDir) return nodeLoadJs.call(this, module, filename);
      (module as unknown as { _compile(content: string, filename: string): unknown })._compile(readFileText(filename), filename);
    };
    this.restoreCompile = () => { proto._compile = nodeCompile; extensions['.js'] = nodeLoadJs; };
  }

  /** Modules loaded from now on are compiled by Node alone. */
  dispose(): void {
    this.restoreCompile();
  }

  private entryPath(filename: string): string {
    return join(this.cacheDir, `${basename(filename)}.${process.version}-${process.arch}${ENTRY_SUFFIX}`);
  }

  /** What Node's own `_compile` does for a CommonJS file, with the cached data given to V8. */
  private compile(module: Module, content: string, filename: string): unknown {
    const entry = this.entryPath(filename);
    let cachedData: FileBytes | undefined;
    try { cachedData = readFileBytes(entry); } catch { /* not cached yet */ }
    let script: Script;
    // V8 has read the cached data once the script is made: its memory goes back at once (fileBytesOutsideMalloc.ts).
    try {
      script = new Script(Module.wrap(content), { filename, cachedData: cachedData?.bytes });
    } finally {
      cachedData?.release();
    }
    if (cachedData === undefined || script.cachedDataRejected === true) {
      this.unsaved.push({ script, entry });
      this.uncached.push(filename);
    }
    const wrapper = script.runInThisContext({ displayErrors: true }) as
      (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => unknown;
    return wrapper.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  }

  /**
   * Writes the bytecode of the chunks that had none cached, now that the run has compiled the
   * functions it needed (V8 compiles a function when it first runs; data taken at load time would
   * hold little more than the top level). V8's flags must be those the chunks were compiled under,
   * or the data will be rejected next time. Each entry is written whole, then renamed into place.
   */
  save(): void {
    if (this.unsaved.length === 0) return;
    try {
      makeFolderSync(this.cacheDir, 0o700);
      this.removeStale();
      for (const { script, entry } of this.unsaved.splice(0)) {
        const partial = `${entry}.${process.pid}${PARTIAL_SUFFIX}`;
        writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
        renameSync(partial, entry);
      }
    } catch {
      // A read-only or full disk: the next run compiles as this one did.
    }
  }

  private removeStale(): void {
    const now = Date.now();
    for (const name of readdirSync(this.cacheDir)) {
      // Entries, and pieces of entries whose writer was stopped before renaming them.
      if (!name.endsWith(ENTRY_SUFFIX) && !name.endsWith(PARTIAL_SUFFIX)) continue;
      const path = join(this.cacheDir, name);
      try {
        if (now - statSync(path).mtimeMs > STALE_MS) unlinkSync(path);
      } catch { /* removed meanwhile */ }
    }
  }
}
