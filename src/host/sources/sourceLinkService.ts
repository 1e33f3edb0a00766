// Frames → local Go source: builds the resolver from settings and `go env`, opens a frame's
// file at its line beside the current editor, and says plainly when it cannot.
import * as vscode from 'vscode';
import {
  SourcePathResolver, checkSourceMatchesFunction, derivePackagePath, mappingProblems,
  type SourceEnvironment, type SourceMapping, type SourceResolution,
} from '../../core/sources';
import { hostPlatform, type GoToolchainFacts } from '../platform/hostPlatform';
import { trustedSourceTest } from './trustedSource';
import { WorkspaceSourceFileSystem, uriOfPath } from './workspaceSourceFileSystem';
import { visibleText } from '../../shared/visibleText';
import { hasEscapedBytes } from '../../core/byteEscapes';
import { parseNameReference } from '../../shared/nameLimit';

export interface FrameLocation {
  /** File path as written in the profile or dump. */
  file: string;
  /** 1-based line; 0 or missing when unknown. */
  line?: number;
  /** Function name as written in the profile or dump, for the "source may not match" check. */
  func?: string;
}

export class SourceLinkService implements vscode.Disposable {
  private resolver: SourcePathResolver | undefined;
  private goFacts: Promise<GoToolchainFacts> | undefined;
  private readonly fs = new WorkspaceSourceFileSystem();
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('goProfileExplorer.sourceMappings')) this.resolver = undefined; }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => { this.resolver = undefined; }),
      // Trust granted: `go env` may run now, and the workspace's own mappings apply.
      vscode.workspace.onDidGrantWorkspaceTrust(() => { this.goFacts = undefined; this.resolver = undefined; }),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  async environment(): Promise<SourceEnvironment> {
    this.goFacts ??= hostPlatform().goToolchain(vscode.workspace.isTrusted);
    const facts = await this.goFacts;
    const mappings = vscode.workspace.getConfiguration('goProfileExplorer').get<SourceMapping[]>('sourceMappings', []);
    return {
      workspaceFolders: (vscode.workspace.workspaceFolders ?? []).map(f => f.uri.path),
      goroot: facts.goroot, goModCache: facts.goModCache, gopath: facts.gopath, home: facts.home,
      mappings: Array.isArray(mappings) ? mappings.filter(m => m && typeof m.from === 'string' && typeof m.to === 'string') : [],
    };
  }

  async resolve(file: string): Promise<SourceResolution> {
    if (!this.resolver) {
      const env = await this.environment();
      this.resolver = new SourcePathResolver(this.fs, env);
      // Once per settings change: a mapping whose regex cannot compile would otherwise match nothing unsaid.
      for (const problem of mappingProblems(env.mappings ?? [])) void vscode.window.showWarningMessage(`Go Profile: setting goProfileExplorer.sourceMappings: ${problem}.`);
    }
    return this.resolver.resolve(file);
  }

  /** The import path of a local Go file (vendor/, staging/src/, go.mod, GOROOT…), for matching profile names. */
  async packagePathOf(localPath: string): Promise<string | null> {
    return derivePackagePath(localPath, this.fs, await this.environment());
  }

  /**
   * A profile's source file for the Source view, read through the workspace file system, or why
   * there is none. A file outside the workspace, GOROOT, the module cache and the mapped folders
   * is not read without asking (opening it from a line link asks).
   */
  async readSource(file: string): Promise<{ localPath: string; text: string } | { missing: string }> {
    const resolution = await this.resolve(file);
    if (!resolution.resolved) {
      return { missing: resolution.ambiguous?.length ? `${resolution.ambiguous.length} files in the workspace match ${file} equally well` : `no file on this machine matches ${file}` };
    }
    if (!(await this.isTrusted(resolution.resolved))) {
      return { missing: `${resolution.resolved} is outside the workspace, GOROOT, the module cache and your source mappings, or a link out of them` };
    }
    try {
      return { localPath: resolution.resolved, text: await this.fs.readFile(resolution.resolved) };
    } catch (e) {
      return { missing: `cannot read ${resolution.resolved}: ${e instanceof Error ? e.message : String(e)}` };
    }
  }

  /** Opens the frame's source beside the active editor; tells the user when it can't. Returns the opened Uri. */
  async openFrame(frame: FrameLocation, viewColumn: vscode.ViewColumn = vscode.ViewColumn.Beside): Promise<vscode.Uri | undefined> {
    if (!frame.file) {
      void vscode.window.showWarningMessage(`Go Profile: no source file is recorded for ${frame.func ? visibleText(frame.func) : 'this frame'}.`);
      return undefined;
    }
    const cut = parseNameReference(frame.file);
    if (cut) {
      // A name past the crossing limit: no file system holds a path that long.
      void vscode.window.showWarningMessage(`Go Profile: the frame's file name is ${cut.length.toLocaleString('en-US')} characters long; no local file can have it.`);
      return undefined;
    }
    const resolution = await this.resolve(frame.file);
    if (!resolution.resolved) {
      const why = resolution.ambiguous?.length
        ? `${resolution.ambiguous.length} files in the workspace match ${visibleText(frame.file)} equally well`
        : hasEscapedBytes(frame.file)
          // VS Code names a file by text: a file whose own name is not UTF-8 it cannot open (a folder above the workspace's tail may be).
          ? `no local file matches ${visibleText(frame.file)}, whose name holds bytes that are not UTF-8 (marked): VS Code opens only files named in UTF-8`
          : `no local file matches ${visibleText(frame.file)}`;
      // Not awaited: the notification stays until dismissed, and the next open must not wait for it.
      void vscode.window.showWarningMessage(`Go Profile: ${why}. Add a source mapping to point it at your checkout.`, 'Open settings').then(choice => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'goProfileExplorer.sourceMappings');
      });
      return undefined;
    }
    if (!(await this.mayOpen(resolution.resolved))) return undefined;
    const uri = uriOfPath(resolution.resolved);
    const line = Math.max(0, (frame.line ?? 1) - 1);
    const editor = await vscode.window.showTextDocument(uri, {
      viewColumn, preserveFocus: false,
      selection: new vscode.Range(line, 0, line, 0),
    });
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    if (frame.func && frame.line) {
      const check = checkSourceMatchesFunction(editor.document.getText(), frame.line, frame.func, await this.packagePathOf(resolution.resolved));
      if (check.status === 'mismatch') void vscode.window.showWarningMessage(`Go Profile: ${check.warning} (${visibleText(frame.func)} at ${visibleText(frame.file)}:${frame.line}).`);
    }
    return uri;
  }

  /** Whether `localPath` is in the trusted folders, and so are the files its links lead to. */
  async isTrusted(localPath: string): Promise<boolean> {
    return (await trustedSourceTest(await this.environment()))(localPath);
  }

  /** A file outside the workspace, GOROOT, the module cache and the mapped folders opens only when the user says so. */
  private async mayOpen(localPath: string): Promise<boolean> {
    if (await this.isTrusted(localPath)) return true;
    const open = 'Open';
    const choice = await vscode.window.showWarningMessage(
      `Go Profile: the profile names ${visibleText(localPath)}, outside the workspace, GOROOT, the module cache and your source mappings, or a link out of them. Open it?`,
      { modal: true }, open);
    return choice === open;
  }
}
