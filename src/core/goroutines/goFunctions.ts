// What a Go function name says about its frame: standard library or user code, its package and
// short name. (What runtime frames say about a wait is in waitStates.ts.)

// First path elements of the standard library (go list std, Go 1.19–1.26).
const STD_ROOTS = new Set([
  'archive', 'arena', 'bufio', 'bytes', 'cmp', 'compress', 'container', 'context', 'crypto', 'database', 'debug',
  'embed', 'encoding', 'errors', 'expvar', 'flag', 'fmt', 'go', 'hash', 'html', 'image', 'index', 'internal',
  'io', 'iter', 'log', 'maps', 'math', 'mime', 'net', 'os', 'path', 'plugin', 'reflect', 'regexp', 'runtime',
  'slices', 'sort', 'strconv', 'strings', 'structs', 'sync', 'syscall', 'testing', 'text', 'time', 'unicode',
  'unique', 'unsafe', 'vendor', 'weak',
]);

/** Import path of the function's package: `k8s.io/x/registry.(*Store).Delete` → `k8s.io/x/registry`. */
export function packageOf(func: string): string {
  const slash = func.lastIndexOf('/');
  const dot = func.indexOf('.', slash + 1);
  return dot < 0 ? func : func.slice(0, dot);
}

/**
 * True for the runtime and the standard library (including its vendored golang.org/x copies), and
 * for names without a package: the runtime prints `runtime.gopanic` as `panic`, and an unsymbolised
 * PC is only its address.
 */
export function isStdlibFunc(func: string): boolean {
  if (!func.includes('.')) return true;
  const pkg = packageOf(func);
  const slash = pkg.indexOf('/');
  const root = slash < 0 ? pkg : pkg.slice(0, slash);
  return STD_ROOTS.has(root);
}

/**
 * Whether a source path is the standard library's, told from the path alone (for a frame that
 * names no function): the last `/src/` followed by a standard package (`/usr/local/go/src/runtime/panic.go`,
 * `/usr/src/go/src/runtime/…`, any GOROOT), or a `-trimpath` build's path that starts with one (`runtime/panic.go`).
 */
export function isStdlibPath(file: string): boolean {
  const src = file.lastIndexOf('/src/');
  const from = src >= 0 ? src + 5 : file.startsWith('/') ? -1 : 0;
  if (from < 0) return false;
  const slash = file.indexOf('/', from);
  return slash > from && STD_ROOTS.has(file.slice(from, slash));
}

/**
 * Whether a function name cut short still names its package and the start of the function: its
 * package path ended (a '.' after the last '/', then more) and, without a '/', is the standard
 * library's or `main` (`github.c` is a module's domain cut short, `runtime` or `ru` a package's name).
 */
export function cutNameNamesPackage(name: string): boolean {
  const slash = name.lastIndexOf('/');
  const dot = name.indexOf('.', slash + 1);
  if (dot <= slash + 1 || dot === name.length - 1) return false;
  return slash >= 0 || name.startsWith('main.') || STD_ROOTS.has(name.slice(0, dot));
}

/** `k8s.io/apiserver/pkg/registry/generic/registry.(*Store).DeleteCollection.func1` → `registry.(*Store).DeleteCollection.func1`. */
export function shortFuncName(func: string): string {
  const slash = func.lastIndexOf('/', func.indexOf('(') < 0 ? func.length : func.indexOf('('));
  return slash < 0 ? func : func.slice(slash + 1);
}

export function baseName(file: string): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return slash < 0 ? file : file.slice(slash + 1);
}
