/**
 * The one way in from bytes to a model: every caller (the CLI's file and pipe readers, the
 * extension's worker reading a local file or bytes from vscode.workspace.fs) hands its bytes here,
 * whole or in chunks; only here is the input's form told from its bytes (gzip, profile.proto,
 * legacy text and binary profiles, goroutine text dumps, debug=1). Bad input throws InputError
 * (what, and where); nothing else.
 *
 *   readInput(bytes, options?): { kind: 'profile', profile } | { kind: 'goroutines', analysis }
 *   readProfile(bytes, options?): Profile                 pprof profiles (a goroutine dump is an InputError)
 *   readGoroutines(text | bytes, options?): GoroutineAnalysis   dumps, and goroutine profile.proto
 *   new GoroutineInputStream(options?): push(chunk)…, finish(): GoroutineAnalysis   the same, streamed
 *   goroutineRecordsFromProfile(profile): StackRecordInput[]
 */
import type { GoroutineAnalysis } from '../goroutines';
import { parseProfile, type ParseOptions } from '../pprof/parse';
import { sniffProfileKind } from '../pprof/sniff';
import type { Profile } from '../pprof/model';
import { readGoroutines, type GoroutineInputOptions } from './goroutineInput';

export { InputError } from './inputError';
export { GoroutineInputStream, goroutineRecordsFromProfile, readGoroutines, type GoroutineInputOptions } from './goroutineInput';

/** A pprof profile of any form Go writes; InputError for anything else (a goroutine dump says so). */
export function readProfile(bytes: Uint8Array, options: ParseOptions = {}): Profile {
  return parseProfile(bytes, options);
}

export type InputModel =
  | { readonly kind: 'profile'; readonly profile: Profile }
  | { readonly kind: 'goroutines'; readonly analysis: GoroutineAnalysis };

/**
 * Whatever the bytes are: a pprof profile (proto, legacy text or binary, gzipped or not) becomes a
 * Profile; any other text, gzipped or not, is read as a goroutine dump.
 */
export function readInput(bytes: Uint8Array, options: GoroutineInputOptions = {}): InputModel {
  const kind = sniffProfileKind(bytes).kind;
  if (kind === 'pprof' || kind === 'pprof-text' || kind === 'pprof-legacy-cpu') {
    return { kind: 'profile', profile: readProfile(bytes, { gunzip: options.gunzip, maxUnzippedBytes: options.maxUnzippedBytes }) };
  }
  return { kind: 'goroutines', analysis: readGoroutines(bytes, options) };
}
