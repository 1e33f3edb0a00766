// The small files a capture flag names (--token-file, --cacert, --cert, --key): a regular file of
// at most 1 MiB, read in bounded time and memory. `--token-file /dev/zero` was read until the
// process held gigabytes; a FIFO blocked its open.
import { statSync } from 'node:fs';
import { InputError } from './args';
import { readError } from './profileInput';
import { SourceFileError, readRegularTextFileSync } from '../node/sourceFile';

/** A token or a PEM file is a few KB: a file past this is not one. */
const MAX_CREDENTIAL_FILE_BYTES = 1024 * 1024;

/** The text of a credential file, or one InputError naming the file and why. */
export function readCredentialFile(path: string): string {
  try {
    statSync(path);
  } catch (e) {
    throw readError(path, e);
  }
  try {
    return readRegularTextFileSync(path, MAX_CREDENTIAL_FILE_BYTES, bytes => `larger than the 1 MiB a token or certificate file is read up to (${bytes} bytes)`);
  } catch (e) {
    throw e instanceof SourceFileError ? new InputError(`${path}: ${e.message}`) : e;
  }
}
