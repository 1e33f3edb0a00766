// Func and method declarations of a Go document: from the Go extension's document symbols when
// it is installed and answers, else from our own parser (the extension must work without gopls).
import * as vscode from 'vscode';
import { parseGoFunctions, type GoFuncDecl, type GoSourceFunctions } from '../../core/sources';

const GO_EXTENSION_ID = 'golang.go';

export async function goDeclarationsOf(document: vscode.TextDocument): Promise<GoSourceFunctions> {
  const own = parseGoFunctions(document.getText());
  if (!vscode.extensions.getExtension(GO_EXTENSION_ID)?.isActive) return own;
  try {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri);
    const fromSymbols = symbols ? declarationsFromSymbols(symbols) : [];
    return fromSymbols.length ? { packageName: own.packageName, functions: fromSymbols } : own;
  } catch {
    return own;
  }
}

/** gopls names methods "(*T).M" or "(T).M" (older: "M" with the receiver in detail). */
function declarationsFromSymbols(symbols: vscode.DocumentSymbol[]): GoFuncDecl[] {
  const out: GoFuncDecl[] = [];
  for (const s of symbols) {
    if (s.kind !== vscode.SymbolKind.Function && s.kind !== vscode.SymbolKind.Method) continue;
    const m = /^\((\*?)([\p{L}_][\p{L}\p{Nd}_]*)(?:\[[^\]]*\])?\)\.([\p{L}_][\p{L}\p{Nd}_]*)$/u.exec(s.name);
    const line = s.range.start.line + 1;
    const endLine = s.range.end.line + 1;
    if (m) out.push({ name: m[3], receiver: { type: m[2], pointer: m[1] === '*' }, line, endLine, hasBody: true });
    else if (/^[\p{L}_][\p{L}\p{Nd}_]*$/u.test(s.name) && s.kind === vscode.SymbolKind.Function) out.push({ name: s.name, line, endLine, hasBody: true });
    else return []; // a form we do not know: trust our own parser instead
  }
  return out;
}
