// Just enough of a Go lexer to find declarations: identifiers, brackets and the newlines that
// end statements. Strings, raw strings, runes and comments are skipped so braces inside them
// never count.

export type GoTokenKind = 'ident' | 'literal' | 'punct' | 'newline';

export interface GoToken {
  kind: GoTokenKind;
  text: string;
  /** 1-based line where the token starts. */
  line: number;
}

const identStart = /[\p{L}_]/u;
const identPart = /[\p{L}\p{Nd}_]/u;

export function tokenizeGo(source: string): GoToken[] {
  const tokens: GoToken[] = [];
  let line = 1;
  let i = 0;
  const n = source.length;
  const newline = () => { tokens.push({ kind: 'newline', text: '\n', line }); line++; };

  while (i < n) {
    const c = source[i];
    if (c === '\n') { newline(); i++; continue; }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\ufeff') { i++; continue; }
    if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      // A block comment spanning lines ends a statement like a newline does.
      const startLine = line;
      for (let k = i; k < stop; k++) if (source[k] === '\n') line++;
      if (line > startLine) tokens.push({ kind: 'newline', text: '\n', line: startLine });
      i = stop;
      continue;
    }
    if (c === '"' || c === '\'') {
      const start = i, startLine = line;
      for (i++; i < n && source[i] !== c && source[i] !== '\n'; i++) if (source[i] === '\\') i++;
      i++;
      tokens.push({ kind: 'literal', text: source.slice(start, i), line: startLine });
      continue;
    }
    if (c === '`') {
      const end = source.indexOf('`', i + 1);
      const stop = end < 0 ? n : end + 1;
      const startLine = line;
      for (let k = i; k < stop; k++) if (source[k] === '\n') line++;
      tokens.push({ kind: 'literal', text: source.slice(i, stop), line: startLine });
      i = stop;
      continue;
    }
    if (c >= '0' && c <= '9' || c === '.' && source[i + 1] >= '0' && source[i + 1] <= '9') {
      const start = i;
      while (i < n && /[0-9A-Za-z_.]/.test(source[i])) i++;
      tokens.push({ kind: 'literal', text: source.slice(start, i), line });
      continue;
    }
    if (identStart.test(c)) {
      const start = i;
      while (i < n && identPart.test(source[i])) i++;
      tokens.push({ kind: 'ident', text: source.slice(start, i), line });
      continue;
    }
    tokens.push({ kind: 'punct', text: c, line });
    i++;
  }
  return tokens;
}

const keywords = new Set(['break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for',
  'func', 'go', 'goto', 'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch',
  'type', 'var']);
const statementEndingKeywords = new Set(['break', 'continue', 'fallthrough', 'return']);

/** Go inserts a semicolon at a newline after these tokens (spec: Semicolons). */
export function endsStatement(token: GoToken | undefined): boolean {
  if (!token) return false;
  if (token.kind === 'literal') return true;
  if (token.kind === 'ident') return !keywords.has(token.text) || statementEndingKeywords.has(token.text);
  return token.text === ')' || token.text === ']' || token.text === '}';
}
