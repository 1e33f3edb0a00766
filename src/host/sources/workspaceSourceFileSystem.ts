// The source resolver's file access through vscode.workspace.fs, so links work in remote
// workspaces too. Paths crossing the interface are '/'-separated (see core/sources/fileSystem).
import * as vscode from 'vscode';
import { MAX_SOURCE_FILE_BYTES, sourceTooLarge, type SourceFileKind, type SourceFileSystem } from '../../core/sources';

/** The suffix rule looks at most this many same-named files: enough for any real tree. */
const maxBaseNameMatches = 200;

export function uriOfPath(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  // Keep the workspace's scheme/authority (vscode-remote, wsl…) for absolute paths of that machine.
  return folder ? folder.uri.with({ path: path.startsWith('/') ? path : `/${path}` }) : vscode.Uri.file(path);
}

export class WorkspaceSourceFileSystem implements SourceFileSystem {
  async stat(path: string): Promise<SourceFileKind | null> {
    try {
      const s = await vscode.workspace.fs.stat(uriOfPath(path));
      if (s.type & vscode.FileType.Directory) return 'dir';
      if (s.type & vscode.FileType.File) return 'file';
      return null;
    } catch {
      return null;
    }
  }

  async readFile(path: string): Promise<string> {
    const uri = uriOfPath(path);
    // A profile can name any path: a file of gigabytes is not read whole into the extension host.
    const { size } = await vscode.workspace.fs.stat(uri);
    if (size > MAX_SOURCE_FILE_BYTES) throw new Error(`${path}: ${sourceTooLarge(size)}`);
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  }

  async readDir(path: string): Promise<string[]> {
    try {
      return (await vscode.workspace.fs.readDirectory(uriOfPath(path))).map(([name]) => name);
    } catch {
      return [];
    }
  }

  async findFilesByBaseName(baseName: string): Promise<string[]> {
    if (!/^[\w.@+-]+$/.test(baseName)) return []; // not a glob-safe name: no suffix search
    const found = await vscode.workspace.findFiles(`**/${baseName}`, '**/{.git,node_modules}/**', maxBaseNameMatches);
    return found.map(u => u.path);
  }
}
