// Top-level func and method declarations of a Go source text, for code lenses without gopls
// and for checking that a profiled line lies inside its function.
import { endsStatement, tokenizeGo, type GoToken } from './goLexer';

export interface GoReceiver {
  /** Type name without type parameters: `Tree` for `func (t *Tree[K, V]) …`. */
  type: string;
  pointer: boolean;
}

export interface GoFuncDecl {
  name: string;
  receiver?: GoReceiver;
  /** 1-based line of the `func` keyword. */
  line: number;
  /** 1-based line of the body's closing brace; `line`'s signature end when there is no body (assembly stubs). */
  endLine: number;
  hasBody: boolean;
}

export interface GoSourceFunctions {
  /** From the `package` clause; null when the text has none. */
  packageName: string | null;
  functions: GoFuncDecl[];
}

export function parseGoFunctions(source: string): GoSourceFunctions {
  const tokens = tokenizeGo(source);
  const functions: GoFuncDecl[] = [];
  let packageName: string | null = null;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') {
      if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
      else if ((t.text === ')' || t.text === ']' || t.text === '}') && depth > 0) depth--;
      continue;
    }
    if (depth !== 0 || t.kind !== 'ident') continue;
    if (t.text === 'package' && packageName === null && tokens[i + 1]?.kind === 'ident') {
      packageName = tokens[++i].text;
    } else if (t.text === 'func') {
      const parsed = parseDeclaration(tokens, i);
      if (parsed) {
        functions.push(parsed.decl);
        i = parsed.next - 1;
      }
    }
  }
  return { packageName, functions };
}

/** `pkg.F`, `pkg.T.M`, `pkg.(*T).M`: the name pprof gives the declaration itself. */
export function qualifiedFunctionName(decl: Pick<GoFuncDecl, 'name' | 'receiver'>, packagePath: string): string {
  if (!decl.receiver) return `${packagePath}.${decl.name}`;
  const receiver = decl.receiver.pointer ? `(*${decl.receiver.type})` : decl.receiver.type;
  return `${packagePath}.${receiver}.${decl.name}`;
}

/**
 * The import path symbols of a file carry: `main` for package main, `<path>_test` for
 * external test packages, else the directory's import path.
 */
export function symbolPackagePath(packageName: string | null, importPath: string): string {
  if (packageName === 'main') return 'main';
  if (packageName?.endsWith('_test') && !importPath.endsWith('_test')) return importPath + '_test';
  return importPath;
}

interface ParsedDeclaration {
  decl: GoFuncDecl;
  /** Index of the first token after the declaration. */
  next: number;
}

// Returns null for a func literal (`var f = func() {…}`), which the caller skips like any expression.
function parseDeclaration(tokens: GoToken[], funcIndex: number): ParsedDeclaration | null {
  // No newlines are skipped: a line break after `func (…)` ends a function type (`type H func(int)`).
  let i = funcIndex + 1;
  let receiver: GoReceiver | undefined;
  if (tokens[i]?.text === '(') {
    const close = matching(tokens, i);
    if (close < 0) return null;
    receiver = receiverOf(tokens.slice(i + 1, close));
    i = close + 1;
    if (!receiver) return null;
  }
  const nameToken = tokens[i];
  if (nameToken?.kind !== 'ident' || nameToken.text === 'func') return null;
  i++;
  if (tokens[i]?.text === '[') {
    const close = matching(tokens, i);
    if (close < 0) return null;
    i = close + 1;
  }
  if (tokens[i]?.text !== '(') return null;
  const paramsClose = matching(tokens, i);
  if (paramsClose < 0) return null;

  const line = tokens[funcIndex].line;
  const decl = (endLine: number, hasBody: boolean): GoFuncDecl => ({
    name: nameToken.text, ...(receiver ? { receiver } : {}), line, endLine, hasBody,
  });
  for (let k = paramsClose + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.text === '(' || t.text === '[') {
      const close = matching(tokens, k);
      if (close < 0) break;
      k = close;
    } else if (t.text === '{') {
      const close = matching(tokens, k);
      // struct{…} and interface{…} in result types are types, not the body.
      if (tokens[k - 1]?.text === 'struct' || tokens[k - 1]?.text === 'interface') {
        if (close < 0) break;
        k = close;
        continue;
      }
      if (close < 0) return { decl: decl(tokens[tokens.length - 1].line, true), next: tokens.length };
      return { decl: decl(tokens[close].line, true), next: close + 1 };
    } else if (t.text === ';' || t.kind === 'newline' && endsStatement(tokens[k - 1])) {
      return { decl: decl(tokens[k - 1].line, false), next: k };
    }
  }
  return { decl: decl(tokens[paramsClose].line, false), next: tokens.length };
}

function receiverOf(inside: GoToken[]): GoReceiver | undefined {
  let depth = 0;
  let type: string | undefined;
  let pointer = false;
  for (const t of inside) {
    if (t.text === '[') depth++;
    else if (t.text === ']') depth--;
    else if (depth === 0 && t.text === '*') pointer = true;
    else if (depth === 0 && t.kind === 'ident') type = t.text;
  }
  return type === undefined ? undefined : { type, pointer };
}

/** Index of the bracket closing the one at `open`, or -1. */
function matching(tokens: GoToken[], open: number): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct') continue;
    if (pairs[t.text]) stack.push(pairs[t.text]);
    else if (t.text === ')' || t.text === ']' || t.text === '}') {
      if (stack.pop() !== t.text) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}
