// The source text the report shows around each frame of the suspects' stacks: the frames' files
// resolved like a source link (settings, vendor/, staging/src/, module cache, GOROOT), read within
// limits, and only from trusted folders. The core's writers take it as a lookup; core does no IO.
import * as vscode from 'vscode';
import { reportSourceFiles } from '../../core/report/incident/reportParts';
import type { Incident } from '../../core/report/incident/incidentModel';
import type { SourceLinkService } from '../sources/sourceLinkService';
import { trustedSourceTest } from '../sources/trustedSource';
import { uriOfPath } from '../sources/workspaceSourceFileSystem';

const MAX_FILES = 64;
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** [file as the frame prints it, its text] for the files that resolve to a local file. */
export async function readStackSources(incident: Incident, sourceLinks: SourceLinkService): Promise<[string, string][]> {
  const files = reportSourceFiles(incident);
  const out: [string, string][] = [];
  // A report is shared: only files of the workspace, GOROOT, the module cache and the mapped
  // folders go in (a dump can name any path, e.g. a secret's, or a link to one).
  const isTrusted = await trustedSourceTest(await sourceLinks.environment());
  const decoder = new TextDecoder();
  for (const file of files.slice(0, MAX_FILES)) {
    try {
      const resolution = await sourceLinks.resolve(file);
      if (!resolution.resolved || !(await isTrusted(resolution.resolved))) continue;
      const uri = uriOfPath(resolution.resolved);
      if ((await vscode.workspace.fs.stat(uri)).size > MAX_FILE_BYTES) continue;
      out.push([file, decoder.decode(await vscode.workspace.fs.readFile(uri))]);
    } catch {
      // A file that cannot be read is shown without its lines.
    }
  }
  return out;
}
