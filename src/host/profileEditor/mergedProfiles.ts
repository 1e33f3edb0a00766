// "Go Profile: Open Profiles Merged": several profile files (selected together in the Explorer, or
// picked in a dialog) merged as `go tool pprof a b c` merges them, by a worker of its own, saved
// in the extension's storage and opened in the profile editor, as the replica view's merged
// profile is opened.
import * as vscode from 'vscode';
import { hostPlatform } from '../platform/hostPlatform';
import { AnalysisWorkerClient, JobCancelledError } from '../worker/analysisWorkerClient';
import { analysisLimits, limitFailure } from '../worker/analysisLimits';
import { withCancelAfter } from '../withCancelAfter';
import { baseName } from './profileDocument';
import { PROFILE_VIEW_TYPE } from './profileEditorProvider';
import { mergedFileName } from '../../core/pprof/mergedFileName';
import { formatTimestamp } from '../../core/capture/url';

export const OPEN_PROFILES_MERGED_COMMAND = 'goProfileExplorer.openProfilesMerged';

/** The files of the Explorer's selection (the clicked one first in VS Code's list), or those picked in a dialog. */
async function profilesToMerge(clicked?: vscode.Uri, selected?: readonly vscode.Uri[]): Promise<vscode.Uri[] | undefined> {
  if (selected && selected.length >= 2) return [...selected];
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: true, canSelectFiles: true, canSelectFolders: false, openLabel: 'Merge',
    title: 'Profiles to merge (the same sample types, as go tool pprof merges them)', defaultUri: clicked && vscode.Uri.joinPath(clicked, '..'),
  });
  return picked;
}

/** Merges the profiles and opens the merge; a failure is one message naming the files it concerns. */
export async function openProfilesMerged(storage: vscode.Uri, clicked?: vscode.Uri, selected?: readonly vscode.Uri[]): Promise<vscode.Uri | undefined> {
  const uris = await profilesToMerge(clicked, selected);
  if (!uris) return undefined;
  if (uris.length < 2) {
    void vscode.window.showInformationMessage('Select two profiles or more to merge them.');
    return undefined;
  }
  const names = uris.map(baseName);
  const worker = new AnalysisWorkerClient(hostPlatform().startAnalysisThread, analysisLimits());
  try {
    const out = await withCancelAfter(1000, `Merging ${names.join(', ')}…`, async token => {
      const profiles = await Promise.all(uris.map(async uri => ({ fileName: baseName(uri), bytes: await hostPlatform().workerInput(uri) })));
      return worker.run('profiles.merge', { profiles }, { token });
    });
    const file = vscode.Uri.joinPath(storage, 'merged', mergedFileName(names, formatTimestamp(new Date())));
    await vscode.workspace.fs.writeFile(file, out.bytes);
    await vscode.commands.executeCommand('vscode.openWith', file, PROFILE_VIEW_TYPE);
    return file;
  } catch (e) {
    if (e instanceof JobCancelledError) return undefined;
    const message = limitFailure(e, worker.limits)?.message ?? (e instanceof Error ? e.message : String(e));
    void vscode.window.showErrorMessage(`Open Profiles Merged: ${message}`);
    return undefined;
  } finally {
    worker.dispose();
  }
}

export function registerOpenProfilesMerged(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(OPEN_PROFILES_MERGED_COMMAND, (clicked?: unknown, selected?: unknown) =>
    openProfilesMerged(context.globalStorageUri, clicked instanceof vscode.Uri ? clicked : undefined,
      Array.isArray(selected) && selected.every(u => u instanceof vscode.Uri) ? selected as vscode.Uri[] : undefined)));
}
