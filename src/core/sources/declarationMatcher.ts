// From a profile function name to the declaration in a source file that contains its code:
// closures (`.func1`, `.func1.2`), `go`/`defer` wrappers (`.gowrap1`), method values (`-fm`)
// and generic instantiations (`[...]`, `[go.shape.int]`) all belong to the enclosing declaration.
import { parseProfileFunctionName, withoutVendorPrefix } from './functionNames';
import { symbolPackagePath, type GoFuncDecl, type GoSourceFunctions } from './goFunctions';

/**
 * The declaration in `source` that `profileFunctionName` runs in, or null.
 * `importPath` is the file's package import path (see derivePackagePath); when given, names
 * from other packages do not match (vendor prefixes are ignored), when null only the symbol is compared.
 */
export function findDeclarationForFunction(source: GoSourceFunctions, profileFunctionName: string, importPath?: string | null): GoFuncDecl | null {
  const packagePath = importPath ? symbolPackagePath(source.packageName, importPath) : null;
  const fn = parseProfileFunctionName(profileFunctionName, packagePath);
  if (!fn) return null;
  const sameName = source.functions.filter(d => d.name === fn.name && (d.receiver?.type ?? null) === (fn.receiver?.type ?? null));
  if (fn.receiver) {
    // (*T).M also names the wrapper Go generates for a value-receiver M, so fall back to T.M.
    return sameName.find(d => d.receiver?.pointer === fn.receiver?.pointer) ?? sameName[0] ?? null;
  }
  if (fn.name === 'init' && sameName.length > 1) {
    // init.N counts init funcs across the package's files; within one file it is the best guess.
    const order = Number(fn.nested[0]);
    return Number.isInteger(order) && order < sameName.length ? sameName[order] : sameName[0];
  }
  return sameName[0] ?? null;
}

/**
 * For code lenses: which profile functions (closures and instantiations included) run inside
 * each declaration of one file. Profile names are compared by package path modulo vendor
 * prefixes, so GOPATH-era `…/vendor/…` names land on module-mode files and vice versa.
 */
export function matchProfileFunctions(source: GoSourceFunctions, importPath: string, profileFunctionNames: Iterable<string>): Map<GoFuncDecl, string[]> {
  const byDeclaration = new Map<GoFuncDecl, string[]>();
  const packageMarker = withoutVendorPrefix(symbolPackagePath(source.packageName, importPath)) + '.';
  for (const name of profileFunctionNames) {
    if (!name.includes(packageMarker)) continue;
    const decl = findDeclarationForFunction(source, name, importPath);
    if (!decl) continue;
    const names = byDeclaration.get(decl);
    if (names) names.push(name); else byDeclaration.set(decl, [name]);
  }
  return byDeclaration;
}
