// Where a goroutine dump comes from: the active editor (its selection, else the whole document,
// unsaved text included), a file from a context menu, or a file the user picks. Files that are not
// open are read as bytes, so files too large for a text document still work: `file:` URIs by the
// worker straight from disk, other schemes through vscode.workspace.fs.
import * as vscode from 'vscode';
import type { DumpInput } from '../worker/jobs/goroutines';
import { hostPlatform } from '../platform/hostPlatform';

/** VS Code does not sync documents over 50 MB to extensions; such files are read as bytes and not revealed. */
export const MAX_REVEALABLE_BYTES = 50 * 1024 * 1024;

export interface DumpSource {
  /** File name shown in titles. */
  readonly title: string;
  /** The document or file the text is from (untitled documents included). */
  readonly uri: vscode.Uri;
  /** "whole file", "selection, lines 10–200", "unsaved editor". */
  readonly origin: string;
  /** 0-based document line at which the analysed text starts (a selection). */
  readonly lineOffset: number;
  /** When set, the view follows this document's edits. */
  readonly followDocument: vscode.TextDocument | undefined;
  /** Whether lines of this dump can be revealed in a text editor. */
  readonly canReveal: boolean;
  /** Approximate size in bytes, to decide on a progress notification. */
  readonly size: number;
  /** A key identifying the same source across runs (one view per key). */
  readonly key: string;
  read(): Promise<DumpInput>;
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

/** The active editor's selection if any, else its whole document (unsaved text too). */
export function sourceFromEditor(editor: vscode.TextEditor): DumpSource {
  const doc = editor.document;
  const sel = editor.selection;
  const title = baseName(doc.uri);
  if (!sel.isEmpty) {
    const range = new vscode.Range(sel.start.line, 0, sel.end.line, doc.lineAt(sel.end.line).text.length);
    // Whole lines, ending in a line break: the scanner must not take the last line for a cut-off record.
    const text = `${doc.getText(range)}\n`;
    return {
      title, uri: doc.uri, origin: `selection, lines ${sel.start.line + 1}–${sel.end.line + 1}`,
      lineOffset: sel.start.line, followDocument: undefined, canReveal: true, size: text.length,
      key: `${doc.uri.toString()}#${sel.start.line}-${sel.end.line}`,
      read: async () => text,
    };
  }
  return {
    title, uri: doc.uri, origin: doc.isUntitled ? 'unsaved editor' : doc.isDirty ? 'whole file (unsaved changes)' : 'whole file',
    lineOffset: 0, followDocument: doc, canReveal: true, size: doc.getText().length, key: doc.uri.toString(),
    read: async () => doc.getText(),
  };
}

/**
 * Lines `start`–`end` (1-based, of the document or file) of a source that can be opened as text:
 * one of several dumps in a log. `what` names it, e.g. "dump 1 of 3".
 */
export function sourceOfLines(parent: DumpSource, start: number, end: number, what: string): DumpSource {
  return {
    title: `${parent.title} (${what})`, uri: parent.uri, origin: `${what}, lines ${start}–${end}`, lineOffset: start - 1,
    followDocument: undefined, canReveal: true, size: (end - start + 1) * 60, key: `${parent.uri.toString()}#${start - 1}-${end - 1}`,
    read: async () => {
      const doc = await vscode.workspace.openTextDocument(parent.uri);
      const last = Math.min(end, doc.lineCount) - 1;
      // Whole lines, ending in a line break, as for a selection.
      return `${doc.getText(new vscode.Range(start - 1, 0, last, doc.lineAt(last).text.length))}\n`;
    },
  };
}

/** A file on disk (explorer menu, open dialog): an open document's text if there is one, else its bytes. */
export async function sourceFromUri(uri: vscode.Uri): Promise<DumpSource> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  if (open) {
    return {
      title: baseName(uri), uri, origin: open.isDirty ? 'whole file (unsaved changes)' : 'whole file', lineOffset: 0,
      followDocument: open, canReveal: true, size: open.getText().length, key: uri.toString(), read: async () => open.getText(),
    };
  }
  const stat = await vscode.workspace.fs.stat(uri);
  return {
    title: baseName(uri), uri, origin: stat.size > MAX_REVEALABLE_BYTES ? 'whole file (too large to open as text)' : 'whole file',
    lineOffset: 0, followDocument: undefined, canReveal: stat.size <= MAX_REVEALABLE_BYTES, size: stat.size, key: uri.toString(),
    // Local files are streamed by the worker itself (Node); other schemes and the web build use vscode.workspace.fs.
    read: () => hostPlatform().workerInput(uri),
  };
}

/** The source for the command: the clicked file, the active editor, or a file the user picks. */
export async function pickDumpSource(uri: vscode.Uri | undefined, openLabel = 'Group goroutines'): Promise<DumpSource | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (uri instanceof vscode.Uri) {
    if (editor && editor.document.uri.toString() === uri.toString()) return sourceFromEditor(editor);
    return sourceFromUri(uri);
  }
  if (editor) return sourceFromEditor(editor);
  return pickDumpFile(openLabel);
}

export async function pickDumpFile(openLabel: string): Promise<DumpSource | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false, openLabel, title: 'Pick a goroutine dump',
    filters: { 'Goroutine dumps': ['txt', 'log', 'out', 'dump', 'stack', 'stacks', 'goroutines', 'gz', 'pb', 'pprof'], 'All files': ['*'] },
  });
  return picked?.[0] ? sourceFromUri(picked[0]) : undefined;
}
