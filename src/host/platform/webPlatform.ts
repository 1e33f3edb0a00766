// The web build (the browser's web worker extension host): analysis in a Web Worker, every file
// read through vscode.workspace.fs (a remote server's through that server's resource route when it
// serves them), no processes (no `go env`) and no requests to other origins.
import * as vscode from 'vscode';
import { webAnalysisThreads } from '../worker/webAnalysisThread';
import type { HostPlatform } from './hostPlatform';
import { readThroughResourceRoute, streamThroughResourceRoute } from './resourceRouteRead';

export const WITHOUT_NODE = 'Go Profile Explorer runs in the browser here: capture from a URL (a browser cannot reach /debug/pprof across origins) and `go env` (GOROOT, the module cache) need the desktop VS Code.';

export function webPlatform(extensionUri: vscode.Uri): HostPlatform {
  const readWays = new WeakMap<object, string>();
  return {
    kind: 'web',
    startAnalysisThread: webAnalysisThreads(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'worker.js').toString()),
    workerInput: async uri => {
      const fetched = await readThroughResourceRoute(uri);
      if (fetched) {
        readWays.set(fetched, 'resource route');
        return fetched;
      }
      const bytes = ownedBytes(await vscode.workspace.fs.readFile(uri));
      readWays.set(bytes, 'workspace.fs');
      return bytes;
    },
    streamedInput: streamThroughResourceRoute,
    readWayOf: bytes => readWays.get(bytes),
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
