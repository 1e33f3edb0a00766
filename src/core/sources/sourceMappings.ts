// User mappings (setting goProfileExplorer.sourceMappings): {"from": prefix or /regex/, "to": folder}.
import { baseName, isWindowsPath, joinPath, normalizePath } from './paths';
import { compileLinearRegex, type LinearRegex } from '../linearRegex';
import { ContentKeyedMap } from '../../shared/contentKeyedMap';

export interface SourceMapping {
  from: string;
  to: string;
}

export interface MappingVariables {
  workspaceFolders: readonly string[];
  home?: string;
}

// A slash-wrapped `from` is a regex only when its body uses a regex operator: `/go/src/` and
// `/go/src/k8s.io/` are ordinary absolute prefixes ('.' alone does not count, paths are full of it).
const regexForm = /^\/(.+)\/([imsu]*)$/;
const regexOperator = /[\\^$*+?()[\]{}|]/;

/**
 * The most mappings used, the first in the setting: every path a profile names is tried against
 * each (10^4 regex mappings took ~2.6 s a path; real settings hold a few).
 */
export const MAX_SOURCE_MAPPINGS = 100;

/** The mappings used: the first MAX_SOURCE_MAPPINGS. */
export function usedMappings(mappings: readonly SourceMapping[]): readonly SourceMapping[] {
  return mappings.length > MAX_SOURCE_MAPPINGS ? mappings.slice(0, MAX_SOURCE_MAPPINGS) : mappings;
}

/** The `/regex/flags` form of `from` (Go/RE2 syntax, linear time: a workspace may set it), or null. */
export function mappingRegex(from: string): LinearRegex | null {
  // Every path resolution tries every mapping: each `from` is compiled once.
  let compiled = compiledMappings.get(from);
  if (compiled === undefined) {
    compiled = compileMapping(from);
    if (compiledMappings.size >= 256) compiledMappings.clear();
    compiledMappings.set(from, compiled);
  }
  return compiled;
}

const compiledMappings = new ContentKeyedMap<LinearRegex | null>();

function compileMapping(from: string): LinearRegex | null {
  try { return compileMappingOrThrow(from); } catch { return null; }
}

function compileMappingOrThrow(from: string): LinearRegex | null {
  const m = regexForm.exec(from);
  if (!m || !regexOperator.test(m[1])) return null;
  return compileLinearRegex(m[1], 'sourceMappings', { flags: m[2] });
}

const readsAsRegex = (from: string): boolean => {
  const m = regexForm.exec(from);
  return m !== null && regexOperator.test(m[1]);
};

/**
 * Why each mapping whose `from` reads as a regex cannot be compiled (RE2 rejects it, or it is too
 * large): such a mapping is read as a plain prefix, which matches nothing, so the user is told.
 */
export function mappingProblems(mappings: readonly SourceMapping[]): string[] {
  const problems: string[] = [];
  for (const { from } of usedMappings(mappings)) {
    // Compiled again only when the cached compile failed, for its message.
    if (!readsAsRegex(from) || mappingRegex(from) !== null) continue;
    try { compileMappingOrThrow(from); } catch (e) { problems.push(`${e instanceof Error ? e.message : String(e)}; that mapping is skipped`); }
  }
  if (mappings.length > MAX_SOURCE_MAPPINGS) {
    problems.push(`${mappings.length.toLocaleString('en-US')} mappings, of which the first ${MAX_SOURCE_MAPPINGS} are used`);
  }
  return problems;
}

/**
 * The candidates of every used mapping for one path, in the setting's order; each `from` compiled
 * and each `to` expanded once, not once a path.
 */
export function sourceMappingCandidates(mappings: readonly SourceMapping[], vars: MappingVariables): (profilePath: string) => string[] {
  const compiled = usedMappings(mappings).map(m => {
    const regex = compileMapping(m.from);
    const targets = expandMappingTarget(m.to, vars);
    return regex ? { regex, prefix: '', targets } : { regex, prefix: normalizePath(m.from), targets: targets.map(to => normalizePath(to)) };
  });
  return profilePath => {
    const path = normalizePath(profilePath);
    const out: string[] = [];
    for (const c of compiled) out.push(...(c.regex ? byRegex(path, c.regex, c.targets) : byPrefix(path, c.prefix, c.targets)));
    return out;
  };
}

/**
 * Expands ${workspaceFolder}, ${workspaceFolder:name}, ${userHome} and a leading ~; one result per
 * workspace folder. Not normalized: a regex target's trailing '/' matters before substitution.
 */
export function expandMappingTarget(to: string, vars: MappingVariables): string[] {
  let targets = [to];
  if (vars.home !== undefined) {
    targets = targets.map(t => t.replace(/\$\{userHome\}/g, vars.home as string).replace(/^~(?=\/|\\|$)/, vars.home as string));
  }
  targets = targets.flatMap(t => {
    const named = /\$\{workspaceFolder:([^}]+)\}/.exec(t);
    if (named) {
      const folder = vars.workspaceFolders.find(f => baseName(normalizePath(f)) === named[1]);
      return folder === undefined ? [] : [t.replace(named[0], folder)];
    }
    if (!t.includes('${workspaceFolder}')) return [t];
    return vars.workspaceFolders.map(f => t.split('${workspaceFolder}').join(f));
  });
  return targets.filter(t => !/\$\{[^}]*\}/.test(t));
}

/** Local candidate paths for `profilePath` under one mapping; empty when the mapping does not apply. */
export function applySourceMapping(profilePath: string, mapping: SourceMapping, vars: MappingVariables): string[] {
  const path = normalizePath(profilePath);
  const regex = mappingRegex(mapping.from);
  if (regex) return byRegex(path, regex, expandMappingTarget(mapping.to, vars));
  return byPrefix(path, normalizePath(mapping.from), expandMappingTarget(mapping.to, vars).map(to => normalizePath(to)));
}

/** A regex mapping's candidates for a normalized path; `targets` expanded. */
function byRegex(path: string, regex: LinearRegex, targets: readonly string[]): string[] {
  const m = regex.exec(path);
  if (!m) return [];
  const before = path.slice(0, m.index), after = path.slice(m.index + (m.groups[0] ?? '').length);
  return targets.map(to => normalizePath(before + substituteGroups(to, m.groups) + after));
}

/** A prefix mapping's candidates for a normalized path; `prefix` and `targets` normalized. */
function byPrefix(path: string, prefix: string, targets: readonly string[]): string[] {
  const rest = stripPrefix(path, prefix);
  if (rest === null) return [];
  return targets.map(to => normalizePath(joinPath(to, rest)));
}

// `to` is a folder path that may itself contain '$' (Windows share names), so $1… are
// substituted explicitly rather than through String.replace's own `$` syntax.
function substituteGroups(to: string, groups: (string | undefined)[]): string {
  return to.replace(/\$(\d)/g, (all, d: string) => groups[Number(d)] ?? all);
}

function stripPrefix(path: string, prefix: string): string | null {
  if (!prefix) return null;
  const fold = isWindowsPath(prefix) || isWindowsPath(path);
  const p = fold ? path.toLowerCase() : path, f = fold ? prefix.toLowerCase() : prefix;
  if (p === f) return '';
  const withSlash = f.endsWith('/') ? f : f + '/';
  return p.startsWith(withSlash) ? path.slice(withSlash.length) : null;
}
