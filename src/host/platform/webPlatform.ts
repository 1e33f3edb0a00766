// The web build (the browser's web worker extension host): analysis in a Web Worker, every file
// read through vscode.workspace.fs, no processes (no `go env`) and no requests to other origins.
import * as vscode from 'vscode';
import { webAnalysisThreads } from '../worker/webAnalysisThread';
import type { HostPlatform } from './hostPlatform';

export const WITHOUT_NODE = 'Go Profile Explorer runs in the browser here: capture from a URL (a browser cannot reach /debug/pprof across origins) and `go env` (GOROOT, the module cache) need the desktop VS Code.';

export function webPlatform(extensionUri: vscode.Uri): HostPlatform {
  return {
    kind: 'web',
    startAnalysisThread: webAnalysisThreads(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'worker.js').toString()),
    workerInput: async uri => ownedBytes(await vscode.workspace.fs.readFile(uri)),
    readHead: async () => undefined,
    goToolchain: async () => ({}),
    withoutNode: WITHOUT_NODE,
  };
}

/**
 * The bytes in a buffer of their own. What readFile returns here is a view into the buffer of
 * VS Code's message: the worker would get a structured clone of it (0.8 s for 37 MB in our
 * tests), while a copy of our own moves to it at no cost.
 */
function ownedBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}
