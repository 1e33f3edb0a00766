// SourceFileSystem on Node's fs, for the CLI and tests. Core paths are '/'-separated; Node
// accepts those on Windows too, and paths we hand back are converted to '/'.
import { promises as fsp, type Dirent } from 'node:fs';
import * as nodePath from 'node:path';
import type { SourceFileKind, SourceFileSystem } from '../core/sources';
import { readSourceFile } from '../node/sourceFile';

export interface NodeFileSystemOptions {
  /** Folders searched by findFilesByBaseName (the workspace). */
  searchRoots: readonly string[];
  /** Stop indexing after this many files, so a huge tree cannot stall the CLI. */
  maxIndexedFiles?: number;
}

// Hidden folders (.git…), dependency trees and Kubernetes build output (which holds symlinks
// back into the checkout) are never where a user's source is.
const skippedDirectories = new Set(['node_modules', '_output', 'bazel-out']);

const NO_FILES: readonly string[] = [];

export function toCorePath(nativePath: string): string {
  return nodePath.sep === '\\' ? nativePath.replace(/\\/g, '/') : nativePath;
}

export function createNodeFileSystem(options: NodeFileSystemOptions): SourceFileSystem {
  let index: Promise<Map<string, string[]>> | undefined;
  /** The index once built. */
  let indexed: Map<string, string[]> | undefined;
  const maxFiles = options.maxIndexedFiles ?? 300_000;
  return {
    // Node on Windows resolves `..` in the text of a path before the system sees it.
    walksPathsAsWritten: process.platform !== 'win32',
    async stat(path: string): Promise<SourceFileKind | null> {
      try {
        const s = await fsp.stat(path);
        return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : null;
      } catch {
        return null;
      }
    },
    readFile: readSourceFile,
    async readDir(path: string): Promise<string[]> {
      try { return (await fsp.readdir(path)).sort(); } catch { return []; }
    },
    async findFilesByBaseName(baseName: string): Promise<string[]> {
      index ??= indexByBaseName(options.searchRoots, maxFiles).then(built => (indexed = built));
      return [...((await index).get(baseName) ?? [])];
    },
    filesByBaseNameAtHand(baseName: string): readonly string[] | undefined {
      return indexed && (indexed.get(baseName) ?? NO_FILES);
    },
  };
}

// Symlinked folders are not followed: in Kubernetes vendor/k8s.io/* link to staging/src, and
// following them would report every staging file twice (and risk cycles).
async function indexByBaseName(roots: readonly string[], maxFiles: number): Promise<Map<string, string[]>> {
  const byName = new Map<string, string[]>();
  let count = 0;
  const pending = roots.map(r => nodePath.resolve(r));
  while (pending.length > 0 && count < maxFiles) {
    const dir = pending.pop() as string;
    let entries: Dirent[];
    try { entries = await fsp.readdir(dir, { withFileTypes: true }); } catch { continue; }
    for (const entry of entries) {
      const full = nodePath.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !skippedDirectories.has(entry.name)) pending.push(full);
      } else if (entry.isFile() || entry.isSymbolicLink() && await isFileTarget(full)) {
        const list = byName.get(entry.name);
        if (list) list.push(toCorePath(full)); else byName.set(entry.name, [toCorePath(full)]);
        if (++count >= maxFiles) break;
      }
    }
  }
  return byName;
}

async function isFileTarget(link: string): Promise<boolean> {
  try { return (await fsp.stat(link)).isFile(); } catch { return false; }
}
