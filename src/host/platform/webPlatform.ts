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
    workerInput: uri => Promise.resolve(vscode.workspace.fs.readFile(uri)),
    readHead: async () => undefined,
    goToolchain: async () => ({}),
    withoutNode: WITHOUT_NODE,
  };
}
