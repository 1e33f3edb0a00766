// Function names as the Go runtime writes them in profiles and tracebacks:
//   k8s.io/apiserver/pkg/registry/generic/registry.(*Store).DeleteCollection.func1.2
//   k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/admission.auditHandler.logAnnotations
//   fyne.io/fyne/v2/internal/async.NewUnboundedChan[...].gowrap1
//   github.com/bufbuild/connect-go.(*Client[go.shape.struct { … }]).CallUnary
//   main.loadConfig..func1 (gccgo), pkg.(*T).M-fm (method value), pkg.init.0

export interface ProfileFunctionName {
  /** Import path as written (GOPATH-era builds keep a `…/vendor/` prefix). */
  packagePath: string;
  /** Receiver type without type arguments. */
  receiver?: { type: string; pointer: boolean };
  /** The declared func or method name the frame belongs to. */
  name: string;
  /** What follows the declaration: closures (`func1`, `2`), `gowrap1`, init order (`0`)… */
  nested: string[];
}

const identifier = /^[\p{L}_][\p{L}\p{Nd}_]*$/u;
const pointerReceiver = /^\(\*([\p{L}_][\p{L}\p{Nd}_]*)\)$/u;
const valueReceiverInParens = /^\(([\p{L}_][\p{L}\p{Nd}_]*)\)$/u;
// Compiler-made names below a declaration; a value-receiver method never looks like these.
const nestedMarker = /^(?:func\d+|gowrap\d+|deferwrap\d+|\d+|)$/;
// Anything below a declaration is a plain name: a '(' there means the package split was wrong.
const nestedPart = /^[\p{L}\p{Nd}_-]*$/u;

/**
 * Removes generic type arguments `[...]`, `[go.shape.int,…]`, which may hold '/', '.', spaces and
 * nested brackets (`[512]uint8`). Quotes are not interpreted: struct tags inside shapes come
 * with varying levels of escaping, and brackets in tags are rarer than broken quoting.
 */
export function stripTypeArguments(name: string): string {
  let out = '';
  let depth = 0;
  for (const c of name) {
    if (c === '[') depth++;
    else if (c === ']' && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/** The import path with any GOPATH vendor prefix removed: what the package is called in module mode. */
export function withoutVendorPrefix(packagePath: string): string {
  const i = packagePath.lastIndexOf('/vendor/');
  if (i >= 0) return packagePath.slice(i + '/vendor/'.length);
  return packagePath.startsWith('vendor/') ? packagePath.slice('vendor/'.length) : packagePath;
}

/**
 * Splits a profile function name. With `packagePath` known the split is exact (vendor prefixes
 * on either side are ignored) and a name from another package gives null; without it the
 * package ends at the first '.' after the last '/' that leaves a well-formed symbol
 * (so `gopkg.in/yaml.v2.(*decoder).unmarshal` splits after `yaml.v2`).
 */
export function parseProfileFunctionName(fullName: string, packagePath?: string | null): ProfileFunctionName | null {
  const name = stripTypeArguments(fullName.trim());
  if (packagePath) {
    const symbol = symbolAfterPackage(name, packagePath);
    return symbol === null ? null : parseSymbol(name.slice(0, name.length - symbol.length - 1), symbol);
  }
  const lastSlash = name.lastIndexOf('/');
  for (let dot = name.indexOf('.', lastSlash + 1); dot > 0; dot = name.indexOf('.', dot + 1)) {
    const parsed = parseSymbol(name.slice(0, dot), name.slice(dot + 1));
    if (parsed) return parsed;
  }
  return null;
}

function symbolAfterPackage(name: string, packagePath: string): string | null {
  const want = withoutVendorPrefix(packagePath) + '.';
  for (let i = name.indexOf(want); i >= 0; i = name.indexOf(want, i + 1)) {
    const prefix = name.slice(0, i);
    if (prefix === '' || prefix === 'vendor/' || prefix.endsWith('/vendor/')) return name.slice(i + want.length);
  }
  return null;
}

function parseSymbol(packagePath: string, symbol: string): ProfileFunctionName | null {
  if (!packagePath || !symbol) return null;
  const parts = symbol.split('.');
  const head = parts[0];
  if (!parts.slice(1).every(part => nestedPart.test(part))) return null;
  const receiverMatch = pointerReceiver.exec(head) ?? valueReceiverInParens.exec(head);
  if (receiverMatch) {
    const method = declaredName(parts[1]);
    if (method === null) return null;
    return { packagePath, receiver: { type: receiverMatch[1], pointer: head.startsWith('(*') }, name: method, nested: parts.slice(2) };
  }
  const first = declaredName(head);
  if (first === null) return null;
  if (parts.length >= 2 && !nestedMarker.test(parts[1]) && declaredName(parts[1]) !== null) {
    return { packagePath, receiver: { type: first, pointer: false }, name: declaredName(parts[1]) as string, nested: parts.slice(2) };
  }
  return { packagePath, name: first, nested: parts.slice(1) };
}

// `M-fm` is the method-value wrapper of M, `F-range1` a range-over-func body inside F.
function declaredName(part: string | undefined): string | null {
  if (part === undefined) return null;
  const base = part.replace(/-(?:fm|range\d+)$/, '');
  return identifier.test(base) ? base : null;
}
