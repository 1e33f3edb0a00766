// The web entry point, package.json `browser`: the browser's web worker extension host
// (vscode.dev, github.dev, browser Codespaces). Everything reads through vscode.workspace.fs and
// the analysis runs in a Web Worker; what needs Node says so instead of failing.
import * as vscode from 'vscode';
import { activateExtension, type GoProfileExplorerApi } from './host/activation';
import { webPlatform } from './host/platform/webPlatform';
import { registerWithoutNode } from './host/platform/withoutNode';

export type { GoProfileExplorerApi } from './host/activation';

export function activate(context: vscode.ExtensionContext): GoProfileExplorerApi {
  const platform = webPlatform(context.extensionUri);
  const api = activateExtension(context, platform);
  void registerWithoutNode(context, platform.withoutNode ?? '');
  return api;
}

export function deactivate(): void { /* everything is disposed through context.subscriptions */ }
