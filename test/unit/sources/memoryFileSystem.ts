// An in-memory SourceFileSystem for resolver tests: files given as path → text, folders implied.
import type { SourceFileKind, SourceFileSystem } from '../../../src/core/sources';

export class MemoryFileSystem implements SourceFileSystem {
  readonly files = new Map<string, string>();
  private readonly dirs = new Set<string>();
  statCalls = 0;
  searchCalls = 0;
  /** As a local POSIX file system: the resolver then checks a candidate's directories first. */
  walksPathsAsWritten = false;

  /** `searchRoots`: where findFilesByBaseName looks (the workspace folders). */
  constructor(files: Record<string, string> | string[], private readonly searchRoots: string[] = []) {
    const entries = Array.isArray(files) ? files.map(f => [f, ''] as const) : Object.entries(files);
    for (const [path, text] of entries) {
      this.files.set(path, text);
      for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) this.dirs.add(path.slice(0, i));
    }
  }

  async stat(path: string): Promise<SourceFileKind | null> {
    this.statCalls++;
    if (this.files.has(path)) return 'file';
    return this.dirs.has(path) ? 'dir' : null;
  }

  async readFile(path: string): Promise<string> {
    const text = this.files.get(path);
    if (text === undefined) throw new Error(`ENOENT: ${path}`);
    return text;
  }

  async readDir(path: string): Promise<string[]> {
    const prefix = path.endsWith('/') ? path : path + '/';
    const names = new Set<string>();
    for (const p of [...this.files.keys(), ...this.dirs]) {
      if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0]);
    }
    return [...names].sort();
  }

  async findFilesByBaseName(baseName: string): Promise<string[]> {
    this.searchCalls++;
    return this.filesNamed(baseName);
  }

  /** As a file system whose workspace index is built: findFilesByBaseName's answers without a wait. */
  withIndexAtHand(): this {
    this.filesByBaseNameAtHand = (baseName: string): readonly string[] => {
      this.searchesAtHand++;
      return this.filesNamed(baseName);
    };
    return this;
  }

  filesByBaseNameAtHand?: (baseName: string) => readonly string[] | undefined;
  searchesAtHand = 0;

  private filesNamed(baseName: string): string[] {
    return [...this.files.keys()].filter(p =>
      p.endsWith('/' + baseName) && this.searchRoots.some(root => p.startsWith(root + '/')));
  }
}
