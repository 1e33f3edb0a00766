// "Show in the dump": selects a goroutine's line range in the dump's text editor.
import * as vscode from 'vscode';
import type { DumpSource } from './dumpSource';
import { visibleText } from '../../shared/visibleText';

/** `start`/`end` are 1-based inclusive lines of the analysed text (already offset for a selection). */
export async function revealDumpLines(source: DumpSource, start: number, end: number, fallbackColumn: vscode.ViewColumn): Promise<void> {
  if (!source.canReveal) {
    void vscode.window.showInformationMessage(`${visibleText(source.title)} is too large to open as text: the goroutine is at lines ${start}–${end}.`);
    return;
  }
  const doc = await vscode.workspace.openTextDocument(source.uri);
  const last = Math.min(end, doc.lineCount) - 1;
  const first = Math.min(start - 1, last);
  const range = new vscode.Range(first, 0, last, doc.lineAt(last).text.length);
  const visible = vscode.window.visibleTextEditors.find(e => e.document === doc);
  await vscode.window.showTextDocument(doc, {
    viewColumn: visible?.viewColumn ?? fallbackColumn, selection: range, preserveFocus: false, preview: false,
  });
  const editor = vscode.window.activeTextEditor;
  editor?.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
