// Whose `file:line` a location line is tells the order of a stack's lines when no header or
// `created by` does (a few lines of a journal copied newest first). Go prints a call's own location
// right under it; upside down, right above it. A location in the directory of another package
// than the call's (one that another call of the text names) cannot be that call's: under a call
// it says the lines are upside down, above one that they read forward. A call in the same package
// as its neighbour, a `main` package (its directory is no import path) or a location outside any
// module package the text names says nothing; nor does a closure, which inlining may name after a
// caller in another package, nor a standard package's directory, where the runtime implements
// functions of other standard packages. So a forward dump does not vote backward.

import { parseCallLine } from './lineParsers';
import { ContentKeyedMap, ContentKeyedSet } from '../../shared/contentKeyedMap';

/** A `file:line` as Go prints it (a location line's text without its indent), its offset or not. */
const LOCATION = /^(\S+)\.(?:go|s|c):\d+(?: \+0x[0-9a-f]+)?(?: fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+)?$/;

/** A closure's, a `go` statement's or a `defer`'s wrapper's name. */
const CLOSURE = /\.(?:func|gowrap|deferwrap)\d/;

export interface OrderVotes {
  forward: number;
  backward: number;
}

/**
 * The votes of the call lines among `texts` (each a line's dump text, trimmed; '' for a line that
 * holds none, passed over) by the package of the location line right above and right under each.
 */
export function locationOwnerVotes(texts: readonly string[]): OrderVotes {
  const votes: OrderVotes = { forward: 0, backward: 0 };
  const packages = new Array<string | null>(texts.length).fill(null);
  const named = new NamedPackages();
  for (let i = 0; i < texts.length; i++) {
    const call = parseCallLine(texts[i], 0, texts[i].length);
    const name = call === null ? '' : texts[i].slice(0, call.funcEnd);
    const pkg = call === null ? null : packageOf(name);
    if (pkg === null) continue;
    // A closure inlined into a caller in another package is named after that caller, its location in its own package's file.
    if (!CLOSURE.test(name)) packages[i] = pkg;
    // The runtime implements functions of other standard packages (`sync.runtime_Semacquire` at `runtime/sema.go`): only a module's packages own their directories alone.
    if (hasDomain(pkg)) named.add(pkg);
  }
  if (named.paths.size === 0) return votes;
  const directoryAt = (i: number): string | null => {
    const found = i >= 0 && i < texts.length ? LOCATION.exec(texts[i]) : null;
    return found === null ? null : directoryOf(found[1]);
  };
  const neighbour = (i: number, step: number): number => {
    let j = i + step;
    while (j >= 0 && j < texts.length && texts[j] === '') j += step;
    return j;
  };
  for (let i = 0; i < texts.length; i++) {
    const pkg = packages[i];
    if (pkg === null) continue;
    const above = directoryAt(neighbour(i, -1));
    const below = directoryAt(neighbour(i, 1));
    const otherAbove = above !== null && isOtherPackagesDirectory(above, pkg, named);
    const otherBelow = below !== null && isOtherPackagesDirectory(below, pkg, named);
    if (otherBelow && !otherAbove) votes.backward++;
    else if (otherAbove && !otherBelow) votes.forward++;
  }
  return votes;
}

/**
 * The import path of a call's function (`code.gitea.io/gitea/vendor/github.com/urfave/cli` of
 * `…/urfave/cli.(*App).Run`, `runtime` of `runtime.gopark`), an external test package's as its
 * package's; null when the name has no package.
 */
function packageOf(name: string): string | null {
  let end = name.length;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x28 /* ( */ || c === 0x5b /* [ */) { end = i; break; }
  }
  const slash = name.lastIndexOf('/', end - 1);
  const dot = name.indexOf('.', slash + 1);
  if (dot <= 0 || dot >= end) return null;
  const path = name.slice(0, dot).replace(/%2e/gi, '.');
  return path.endsWith('_test') ? path.slice(0, -5) : path;
}

/** The directory of a location's path, `/` its only separator and without module versions (`x/y@v1.2.3/z` → `x/y/z`). */
function directoryOf(path: string): string {
  const slashed = path.includes('\\') ? path.replace(/\\/g, '/') : path;
  const dir = slashed.slice(0, Math.max(0, slashed.lastIndexOf('/')));
  return dir.includes('@') ? dir.replace(/@[^/]*/g, '') : dir;
}

/** Whether `dir` is the directory of a package of `named` and not of `own`: its ends after each `/` looked up. */
function isOtherPackagesDirectory(dir: string, own: string, named: NamedPackages): boolean {
  if (own !== 'main' && isDirectoryOf(dir, own)) return false;
  let at = -1;
  do {
    const end = dir.slice(at + 1);
    if (end !== own && named.paths.has(end)) return true;
    at = dir.indexOf('/', at + 1);
  } while (at >= 0);
  const owners = named.byTail.get(lastTwoElements(dir) ?? '');
  return owners !== undefined && [...owners].some(pkg => pkg !== own);
}

/**
 * Whether `dir` is where the package at import path `pkg` lives: the path itself (`-trimpath`), or
 * its end after a GOPATH's or module cache's root, or a module package's last two elements (a
 * module built where it was checked out: `example.com/deckhand/codec` in `/tmp/deckhand/codec`); a
 * standard package's under a `src` directory, as GOROOT keeps it.
 */
function isDirectoryOf(dir: string, pkg: string): boolean {
  if (dir === pkg) return true;
  if (!hasDomain(pkg)) return dir.endsWith(`/src/${pkg}`);
  if (dir.endsWith(`/${pkg}`)) return true;
  const tail = lastTwoElements(pkg);
  return tail !== null && (dir === tail || dir.endsWith(`/${tail}`));
}

/** The last two elements of a path (`deckhand/codec`), or null when it has fewer. */
function lastTwoElements(path: string): string | null {
  const last = path.lastIndexOf('/');
  if (last <= 0) return null;
  return path.slice(path.lastIndexOf('/', last - 1) + 1);
}

/** The module packages a text's calls name: their import paths, and each path's last two elements with the paths that end so. */
class NamedPackages {
  readonly paths = new ContentKeyedSet();
  readonly byTail = new ContentKeyedMap<Set<string>>();
  add(pkg: string): void {
    if (this.paths.has(pkg)) return;
    this.paths.add(pkg);
    const tail = lastTwoElements(pkg);
    if (tail === null) return;
    let owners = this.byTail.get(tail);
    if (owners === undefined) this.byTail.set(tail, owners = new ContentKeyedSet());
    owners.add(pkg);
  }
}

/** Whether an import path's first element is a domain (`github.com/…`, `code.gitea.io/…`): no standard package's. */
function hasDomain(pkg: string): boolean {
  const slash = pkg.indexOf('/');
  return (slash < 0 ? pkg : pkg.slice(0, slash)).includes('.');
}
