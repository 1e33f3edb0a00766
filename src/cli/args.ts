// A small, strict argument parser: unknown flags are usage errors (exit 2), not silently ignored.
import { shownInput } from '../core/pprof/errors';
export class UsageError extends Error {}
export class InputError extends Error {}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/** Parses `--name value`, `--name=value` and boolean `--name` (when listed in booleans). */
export function parseArgs(argv: string[], valueFlags: readonly string[], booleanFlags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) { positional.push(a); continue; }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (booleanFlags.includes(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
    } else if (valueFlags.includes(name)) {
      const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, v);
    } else {
      throw new UsageError(`unknown option --${shownInput(name)}`);
    }
  }
  return { positional, flags };
}

export function flagString(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

export function flagInt(args: ParsedArgs, name: string): number | undefined {
  const v = flagString(args, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${name} takes a whole number, got "${shownInput(v)}"`);
  const n = Number(v);
  // As Go's flag package says "value out of range", rather than a number no option can mean.
  if (!Number.isSafeInteger(n)) throw new UsageError(`--${name} takes a whole number up to ${Number.MAX_SAFE_INTEGER}, got "${shownInput(v)}"`);
  return n;
}
