// "Does this line of the resolved file lie inside the function the profile names?" When it
// does not, the file is probably another version than the one that was built.
import { findDeclarationForFunction } from './declarationMatcher';
import { parseProfileFunctionName } from './functionNames';
import { parseGoFunctions, type GoFuncDecl } from './goFunctions';

export const SOURCE_MISMATCH_WARNING = 'source may not match the profiled build';

export interface SourceMatchCheck {
  /** 'unknown': nothing to check against (not Go source, or a package-level closure). */
  status: 'match' | 'mismatch' | 'unknown';
  /** SOURCE_MISMATCH_WARNING when status is 'mismatch'. */
  warning?: string;
  /** The declaration the function was found at, when found. */
  declaration?: GoFuncDecl;
}

export function checkSourceMatchesFunction(sourceText: string, line: number, profileFunctionName: string, importPath?: string | null): SourceMatchCheck {
  const fn = parseProfileFunctionName(profileFunctionName, null);
  // glob..func1: closures in package-level var initializers have no declaration to find.
  if (!fn || fn.name === 'glob') return { status: 'unknown' };
  const source = parseGoFunctions(sourceText);
  if (source.packageName === null) return { status: 'unknown' };
  const mismatch: SourceMatchCheck = { status: 'mismatch', warning: SOURCE_MISMATCH_WARNING };
  const lineCount = sourceText.split('\n').length;
  if (!Number.isInteger(line) || line < 1 || line > lineCount) return mismatch;
  const declaration = findDeclarationForFunction(source, profileFunctionName, importPath);
  if (!declaration) return mismatch;
  const inside = line >= declaration.line && line <= declaration.endLine;
  return inside ? { status: 'match', declaration } : { ...mismatch, declaration };
}
