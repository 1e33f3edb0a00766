// The incident suites' inputs, copied into the test workspace: the sample's captures into a folder
// of their own, or a whole folder of test/fixtures/incident (made by Go programs, see its README).
import * as vscode from 'vscode';
import { EXTENSION_ID, fixtureUri, workspaceRoot } from './harness';

/** Copies the sample workspace's `captures` (fixture file names) into `folder`. */
export async function copySampleCaptures(folder: vscode.Uri, captures: readonly string[]): Promise<void> {
  await vscode.workspace.fs.createDirectory(folder);
  for (const name of captures) await vscode.workspace.fs.copy(fixtureUri(name), vscode.Uri.joinPath(folder, name), { overwrite: true });
}

/** A folder of test/fixtures/incident, copied into the workspace. */
export async function incidentFixture(name: string): Promise<vscode.Uri> {
  const from = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'test', 'fixtures', 'incident', name);
  const to = vscode.Uri.joinPath(workspaceRoot(), 'incidents', name);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(to, '..'));
  await vscode.workspace.fs.copy(from, to, { overwrite: true });
  return to;
}
