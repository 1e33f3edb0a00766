// Reading a profile file for the pprof commands: Node's zlib for gunzip (faster than the
// pure-JS fallback of the core), and every failure turned into a one-line InputError.
import { closeSync, openSync, statSync } from 'node:fs';
import { nodeGunzip } from '../node/gunzip';
import { InputFileError, notRegularFile, readProfileInput } from '../node/inputFile';
import { InputError } from './args';
import { InputError as CoreInputError, readProfile } from '../core/input';
import { gunzipOnce, IncompatibleProfilesError, type Profile } from '../core/pprof';
import { isGzip } from '../core/pprof/sniff';
import { mergeNamedProfiles } from '../core/pprof/mergeNamed';
import { tuneV8ForProfile } from './v8Tuning';
import { fileSystemPath } from '../node/argumentBytes';

/** The bytes of the profile at `path`; `-` is standard input, as `goroutines -` reads it (`curl … | goprof top -`). */
export function readFileBytes(path: string): Uint8Array {
  const stdin = path === '-';
  const name = stdin ? 'standard input' : path;
  let fd: number;
  try {
    fd = stdin ? 0 : openSync(fileSystemPath(path), 'r');
  } catch (e) {
    throw readError(path, e);
  }
  try {
    return readProfileInput(fd);
  } catch (e) {
    throw e instanceof InputFileError ? new InputError(`${name}: ${e.message}`) : readError(name, e);
  } finally {
    if (!stdin) closeSync(fd);
  }
}

/** The one-line error for a file that cannot be opened or read, the same for every command. */
export function readError(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(`${path}: no such file`);
  if (code === 'EISDIR') return new InputError(`${path}: is a directory`);
  if (code === 'ELOOP') return new InputError(`${path}: a loop of symbolic links`);
  if (code === 'EACCES') return new InputError(`${path}: permission denied`);
  // A socket cannot be opened (ENXIO): say what the path is rather than the code.
  let kind: string | null = null;
  try { kind = notRegularFile(statSync(fileSystemPath(path))); } catch { /* the code is all there is */ }
  return new InputError(kind !== null ? `${path}: ${kind}` : `${path}: cannot read (${code ?? String(e)})`);
}

/** `gunzipped`: the bytes' gunzip made before, to be used instead of gunzipping them again. */
export function parseProfileBytes(path: string, bytes: Uint8Array, gunzipped?: () => Uint8Array): Profile {
  tuneV8ForProfile();
  try {
    return readProfile(bytes, { gunzip: gunzipped ?? nodeGunzip });
  } catch (e) {
    if (e instanceof CoreInputError) throw new InputError(`${path === '-' ? 'standard input' : path}: ${e.message}`);
    throw e;
  }
}

export function readProfileFile(path: string): Profile {
  return parseProfileBytes(path, readFileBytes(path));
}

/**
 * The profiles one command reads. A file whose bytes are those of a file read before (`top a a`,
 * a diff of a profile with itself or with a copy of it) is that profile again, not parsed twice:
 * a parse depends on the bytes alone, and a profile is never changed once read. Both sides then
 * share their tables, which the merge and the diff's header pass over (10^6 comments: a parse of
 * 34 MB not made, each comment not compared with its twin). A gzipped file is compared by the
 * bytes it holds, so a gzipped copy (`top a.pb --diff-base a.pb.gz`) is that profile too: its
 * `gzipped` mark is all a parse would make differ, and a merge or diff of two profiles drops it.
 */
export class ProfileReader {
  private readonly read: { bytes: Uint8Array; gzipped: boolean; rawLength: number; profile: Profile }[] = [];
  private readonly several: boolean;

  /** `reads`: how many files the command reads in all; the bytes of each are kept only while another is to come. */
  constructor(private reads: number) {
    this.several = reads > 1;
  }

  file(path: string): Profile {
    const bytes = readFileBytes(path);
    let profile = this.read.find(r => sameBytes(r.bytes, bytes))?.profile;
    const gzipped = isGzip(bytes);
    // Gunzipped here only when another file is read with it; one that will not gunzip is left
    // to the parse, which says why in its own words.
    const raw = profile === undefined && this.several ? (gzipped ? gunzippedOrUndefined(bytes) : bytes) : undefined;
    if (profile === undefined && raw !== undefined) profile = this.read.find(r => r.rawLength === raw.length && sameBytes(rawBytesOf(r), raw))?.profile;
    const before = profile !== undefined;
    // The gunzipped bytes are the decoder's to overwrite (nothing else holds them): handed over as gunzip's answer.
    profile ??= parseProfileBytes(path, bytes, gzipped && raw !== undefined ? () => raw : undefined);
    if (--this.reads <= 0) this.read.length = 0;
    else if (!before) this.read.push({ bytes, gzipped, rawLength: raw?.length ?? -1, profile });
    return profile;
  }

  /** The profile of FILE, or pprof's merge of several FILEs (`go tool pprof a b c`), one error naming the two that differ. */
  files(paths: readonly string[]): Profile {
    const named = paths.map(name => ({ name, profile: this.file(name) }));
    try {
      return mergeNamedProfiles(named);
    } catch (e) {
      if (e instanceof IncompatibleProfilesError) throw new InputError(e.message);
      throw e;
    }
  }
}

/** An earlier file's profile bytes: gunzipped again when it was gzipped (its gunzipped bytes were the decoder's). */
function rawBytesOf(read: { bytes: Uint8Array; gzipped: boolean }): Uint8Array {
  return read.gzipped ? gunzippedOrUndefined(read.bytes) ?? new Uint8Array(0) : read.bytes;
}

function gunzippedOrUndefined(bytes: Uint8Array): Uint8Array | undefined {
  try {
    return gunzipOnce(bytes, nodeGunzip);
  } catch {
    return undefined;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);
}

/** The profile of FILE, or pprof's merge of several FILEs (`go tool pprof a b c`), one error naming the two that differ. */
export function readProfileFiles(paths: readonly string[]): Profile {
  return new ProfileReader(paths.length).files(paths);
}
