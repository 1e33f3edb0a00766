// The only door from the resolver to files. Implementations: Node (CLI, tests),
// vscode.workspace.fs (extension host, so remote workspaces work), in-memory (unit tests).
//
// Paths crossing this interface are '/'-separated strings. A Windows local path is written
// with forward slashes and its drive letter, e.g. `C:/Users/me/src/app/main.go`; a UNC path
// as `//server/share/…`. Implementations convert to their native form.

export type SourceFileKind = 'file' | 'dir';

export interface SourceFileSystem {
  /** What is at `path` (following symlinks), or null when nothing is. Never throws for a missing path. */
  stat(path: string): Promise<SourceFileKind | null>;
  /** UTF-8 text of a file. May reject when the file cannot be read. */
  readFile(path: string): Promise<string>;
  /** Entry names (not paths) of a directory; empty when it does not exist. */
  readDir(path: string): Promise<string[]>;
  /**
   * Absolute paths of workspace files whose base name is `baseName`. Used by the suffix rule
   * and to find go.mod files; implementations may cap the search and skip .git/node_modules.
   */
  findFilesByBaseName(baseName: string): Promise<string[]>;
  /**
   * What findFilesByBaseName would answer, where that is at hand without a wait (its search of
   * the workspace done); undefined where it is not. A profile can name 10^5 files: the suffix
   * rule then asks without a promise each.
   */
  filesByBaseNameAtHand?(baseName: string): readonly string[] | undefined;
  /**
   * Whether a path is looked up a directory at a time as written, `..` included (POSIX, local):
   * then a directory that is not there means nothing under it is, whatever follows, and the
   * resolver checks a candidate's directories (each once) before the candidate.
   */
  readonly walksPathsAsWritten?: boolean;
}

/**
 * The most of a source file read: Go's largest generated files are a few MB, and a profile can
 * name any path (a 400 MB one-line file took 19 s and 2 GB to list).
 */
export const MAX_SOURCE_FILE_BYTES = 32 * 1024 * 1024;

/** Why a source file is not read, in the words every reader uses. */
export function sourceTooLarge(bytes: number): string {
  return `larger than the ${MAX_SOURCE_FILE_BYTES / (1024 * 1024)} MiB a source file is read up to (${bytes} bytes)`;
}
