// Display names of functions, simplified the way pprof's symbolizer does before any report
// (so names, and therefore rows, match `go tool pprof`): mangled C++ and Rust names are
// demangled to pprof's short form ("_ZNSt6vectorIiSaIiEE9push_backERKi" → "std::vector::push_back");
// names that look like demangled C++ or Go generics lose their parameter lists "(…)" and
// template arguments "<…>".
// e.g. "pkg.New[go.shape.interface { At() int }]" → "pkg.New[go.shape.interface { At int }]".
import { demangleSymbol } from './demangle';
import type { ProfileFunction } from './model';

/**
 * The last name past this many characters simplified, with what it became: each view of a
 * profile asks for its functions' names anew, and each of the scans below took ~0.1 s over a
 * 96 MB name.
 */
const LONG_NAME = 1 << 16;
let lastLong: { name: string; shown: string } | undefined;

export function displayFunctionName(fn: ProfileFunction): string {
  if (fn.name !== '' && fn.name !== fn.systemName) return fn.name;
  const name = fn.systemName !== '' ? fn.systemName : fn.name;
  if (name.length <= LONG_NAME) return simplifiedName(name);
  if (lastLong?.name !== name) lastLong = { name, shown: simplifiedName(name) };
  return lastLong.shown;
}

function simplifiedName(name: string): string {
  const demangled = demangleSymbol(name);
  if (demangled !== null) return demangled;
  if (looksLikeDemangledCPlusPlus(name)) name = removeMatching(removeMatching(name, '(', ')'), '<', '>');
  return name;
}

function looksLikeDemangledCPlusPlus(name: string): boolean {
  if (name.includes('.<')) return false;      // Java "Class.<init>"
  if (name.includes(']).')) return false;     // Go "pkg.(*T[...]).Method"
  // Four searches for one character each, not a regex's class: ~0.4 s over a 96 MB name, these ~0.04 s.
  return name.includes('<') || name.includes('>') || name.includes('[') || name.includes(']') || name.includes('::');
}

/** Removes balanced open…close groups; on a mismatch, returns the name unchanged from there on. */
function removeMatching(name: string, open: string, close: string): string {
  let depth = 0, first = 0;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === open) {
      if (++depth === 1) first = i;
    } else if (ch === close) {
      if (--depth < 0) return name;
      if (depth === 0) {
        name = name.slice(0, first) + name.slice(i + 1);
        i = first - 1;
      }
    }
  }
  return name;
}
