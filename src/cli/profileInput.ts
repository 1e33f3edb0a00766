// Reading a profile file for the pprof commands: Node's zlib for gunzip (faster than the
// pure-JS fallback of the core), and every failure turned into a one-line InputError.
import { closeSync, openSync } from 'node:fs';
import { nodeGunzip } from '../node/gunzip';
import { InputFileError, readProfileInput } from '../node/inputFile';
import { InputError } from './args';
import { InputError as CoreInputError, readProfile } from '../core/input';
import { IncompatibleProfilesError, type Profile } from '../core/pprof';
import { mergeNamedProfiles } from '../core/pprof/mergeNamed';

export function readFileBytes(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw readError(path, e);
  }
  try {
    return readProfileInput(fd);
  } catch (e) {
    throw e instanceof InputFileError ? new InputError(`${path}: ${e.message}`) : readError(path, e);
  } finally {
    closeSync(fd);
  }
}

/** The one-line error for a file that cannot be opened or read, the same for every command. */
export function readError(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  return new InputError(code === 'ENOENT' ? `${path}: no such file` : code === 'EISDIR' ? `${path}: is a directory` : `${path}: cannot read (${code ?? String(e)})`);
}

export function parseProfileBytes(path: string, bytes: Uint8Array): Profile {
  try {
    return readProfile(bytes, { gunzip: nodeGunzip });
  } catch (e) {
    if (e instanceof CoreInputError) throw new InputError(`${path}: ${e.message}`);
    throw e;
  }
}

export function readProfileFile(path: string): Profile {
  return parseProfileBytes(path, readFileBytes(path));
}

/** The profile of FILE, or pprof's merge of several FILEs (`go tool pprof a b c`), one error naming the two that differ. */
export function readProfileFiles(paths: readonly string[]): Profile {
  const named = paths.map(name => ({ name, profile: readProfileFile(name) }));
  try {
    return mergeNamedProfiles(named);
  } catch (e) {
    if (e instanceof IncompatibleProfilesError) throw new InputError(e.message);
    throw e;
  }
}
