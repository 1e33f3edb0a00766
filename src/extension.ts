// The desktop (Node) entry point, package.json `main`: worker threads, local files read by the
// worker, zlib, `go env`, capture from a URL or from several replicas, and watch an endpoint.
import type * as vscode from 'vscode';
import { activateExtension, type GoProfileExplorerApi } from './host/activation';
import { nodePlatform } from './host/platform/nodePlatform';
import { registerCapture } from './host/capture/captureCommand';
import { registerReplicaCapture } from './host/replicas/replicaCommand';
import { registerWatch } from './host/capture/watchEndpoint';
import { captureThreadFor } from './host/capture/captureThread';

export type { GoProfileExplorerApi } from './host/activation';

export function activate(context: vscode.ExtensionContext): GoProfileExplorerApi {
  const api = activateExtension(context, nodePlatform(context.extensionUri));
  // Every capture (one URL, replicas, a watch) runs on a thread of its own, not on the host's.
  const captures = captureThreadFor(context);
  registerCapture(context, captures);
  registerReplicaCapture(context, captures);
  registerWatch(context, captures);
  return api;
}

export function deactivate(): void { /* everything is disposed through context.subscriptions */ }
