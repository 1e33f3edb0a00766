// The desktop build: analysis in worker threads that read local files themselves, and `go env`.
import { open, realpath } from 'node:fs/promises';
import * as vscode from 'vscode';
import { readGoEnvironment } from '../../node/goEnv';
import { nodeAnalysisThreads } from '../worker/nodeAnalysisThread';
import type { HostPlatform } from './hostPlatform';

async function readLocalHead(uri: vscode.Uri, length: number): Promise<Uint8Array | undefined> {
  if (uri.scheme !== 'file') return undefined;
  const handle = await open(uri.fsPath, 'r');
  try {
    const head = new Uint8Array(length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function localRealPath(uri: vscode.Uri): Promise<string | undefined> {
  if (uri.scheme !== 'file') return undefined;
  try {
    return vscode.Uri.file(await realpath(uri.fsPath)).path;
  } catch {
    return undefined;
  }
}

export function nodePlatform(extensionUri: vscode.Uri): HostPlatform {
  return {
    kind: 'node',
    startAnalysisThread: nodeAnalysisThreads(vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath),
    workerInput: async uri => (uri.scheme === 'file' ? { filePath: uri.fsPath } : vscode.workspace.fs.readFile(uri)),
    readHead: readLocalHead,
    realPath: localRealPath,
    goToolchain: runGo => readGoEnvironment(5000, process.env, runGo),
  };
}
