// What the extension host code needs from where it runs: the desktop (Node) extension host, or
// the browser's web worker extension host (vscode.dev, github.dev, browser Codespaces). The entry
// point (src/extension.ts or src/extension.web.ts) chooses one at activation; the rest of the
// host code is shared and asks hostPlatform().
import type * as vscode from 'vscode';
import type { StartAnalysisThread } from '../worker/analysisThread';

/** Where Go keeps the standard library and downloaded modules (as `go env` reports them). */
export interface GoToolchainFacts {
  goroot?: string;
  goModCache?: string;
  gopath?: string;
  home?: string;
}

export interface HostPlatform {
  readonly kind: 'node' | 'web';
  /** Starts an analysis worker: a worker thread (Node) or a Web Worker (web). */
  readonly startAnalysisThread: StartAnalysisThread;
  /**
   * What a worker job reads for `uri`: the path of a local file that the worker reads itself (Node,
   * `file:` URIs: the bytes never pass through the extension host), else the bytes read through
   * vscode.workspace.fs (in the web build, a remote server's files through its resource route when it serves them).
   */
  workerInput(uri: vscode.Uri): Promise<Uint8Array | { readonly filePath: string }>;
  /**
   * The file as a download the worker can work on while it arrives (the web build's resource
   * route); undefined where there is none (then workerInput).
   */
  streamedInput?(uri: vscode.Uri): Promise<StreamedFile | undefined>;
  /** How workerInput read these bytes, for the load timings; undefined where there is one way only. */
  readWayOf?(bytes: object): string | undefined;
  /** The first `length` bytes of a local file, or undefined where that is not cheaper than reading it all. */
  readHead(uri: vscode.Uri, length: number): Promise<Uint8Array | undefined>;
  /** The Go toolchain's folders; `runGo` false: from the environment only (Restricted Mode). */
  goToolchain(runGo: boolean): Promise<GoToolchainFacts>;
  /**
   * The path (as a `file:` URI's path) a local file's symbolic links lead to; undefined where the
   * platform cannot tell (the web build, a remote file) or the file is not there.
   */
  realPath?(uri: vscode.Uri): Promise<string | undefined>;
  /** Why features that need Node (capture from a URL, `go env`) are off; undefined where they work. */
  readonly withoutNode?: string;
}

/** A file being read: its size and its pieces in order (the iteration throws if the read fails). */
export interface StreamedFile {
  readonly byteLength: number;
  readonly pieces: AsyncIterable<Uint8Array>;
  /** How it is read, for the load timings. */
  readonly via: string;
}

let current: HostPlatform | undefined;

export function useHostPlatform(platform: HostPlatform): void {
  current = platform;
}

export function hostPlatform(): HostPlatform {
  if (!current) throw new Error('the host platform is chosen at activation, before any view opens');
  return current;
}
