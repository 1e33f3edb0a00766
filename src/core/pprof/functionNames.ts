// Display names of functions, simplified the way pprof's symbolizer does before any report
// (so names, and therefore rows, match `go tool pprof`): mangled C++ and Rust names are
// demangled to pprof's short form ("_ZNSt6vectorIiSaIiEE9push_backERKi" → "std::vector::push_back");
// names that look like demangled C++ or Go generics lose their parameter lists "(…)" and
// template arguments "<…>".
// e.g. "pkg.New[go.shape.interface { At() int }]" → "pkg.New[go.shape.interface { At int }]".
import { demangleSymbol } from './demangle';
import type { ProfileFunction } from './model';

export function displayFunctionName(fn: ProfileFunction): string {
  if (fn.name !== '' && fn.name !== fn.systemName) return fn.name;
  let name = fn.systemName !== '' ? fn.systemName : fn.name;
  const demangled = demangleSymbol(name);
  if (demangled !== null) return demangled;
  if (looksLikeDemangledCPlusPlus(name)) name = removeMatching(removeMatching(name, '(', ')'), '<', '>');
  return name;
}

function looksLikeDemangledCPlusPlus(name: string): boolean {
  if (name.includes('.<')) return false;      // Java "Class.<init>"
  if (name.includes(']).')) return false;     // Go "pkg.(*T[...]).Method"
  return /[<>[\]]/.test(name) || name.includes('::');
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
