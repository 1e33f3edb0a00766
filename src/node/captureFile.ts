// A capture's answer streams into a partial file beside the capture folder's files instead of
// sitting in the extension host's memory; gzip is inflated alongside (Node's zlib, off the
// host's thread) only to count: an answer that expands beyond the gzip limit stops the download.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { unzipLimit, UnzipLimitError } from '../core/pprof/unzipLimit';
import { CaptureError } from '../core/capture';
import { makeFolderSync } from './makeFolder';
import { fileSystemPath } from './argumentBytes';

/** Makes the folder captures go to, or says in one line why it cannot be one (`--out /dev/null`). */
export async function makeCaptureFolder(folder: string): Promise<void> {
  try {
    makeFolderSync(folder);
  } catch (e) {
    let there = false;
    try { there = !fs.statSync(fileSystemPath(folder)).isDirectory(); } catch { /* not there: the code says why */ }
    throw new CaptureError(`${folder} cannot be the capture folder: ${there ? 'it is there and is not a folder' : `it cannot be made (${(e as NodeJS.ErrnoException).code ?? String(e)})`}.`, 'input');
  }
}

export class CaptureFileWriter {
  private readonly fd: number;
  private closed = false;
  private compressedBytes = 0;
  private inflatedBytes = 0;
  private gunzip: zlib.Gunzip | undefined;
  private failure: Error | undefined;

  constructor(readonly partialPath: string, private readonly maxUnzippedBytes?: number) {
    try {
      this.fd = fs.openSync(fileSystemPath(partialPath), 'w');
    } catch (e) {
      // A folder that is there but takes no files (/proc) says so as the capture folder, not as Node's open.
      throw new CaptureError(`${path.dirname(partialPath)} cannot be the capture folder: a file cannot be written there (${(e as NodeJS.ErrnoException).code ?? String(e)}).`, 'input');
    }
  }

  /** Appends a chunk; throws once the gzip limit was passed (the request is then ended). */
  write(chunk: Buffer): void {
    if (this.failure) throw this.failure;
    fs.writeSync(this.fd, chunk);
    if (this.compressedBytes === 0 && chunk.length >= 2 && chunk[0] === 0x1f && chunk[1] === 0x8b) {
      const gunzip = zlib.createGunzip();
      gunzip.on('data', (data: Buffer) => this.counted(data.length));
      // Corrupt gzip is the viewer's to report, with the file at hand.
      gunzip.on('error', () => { if (this.gunzip === gunzip) this.gunzip = undefined; });
      this.gunzip = gunzip;
    }
    this.compressedBytes += chunk.length;
    this.gunzip?.write(chunk);
  }

  /** Waits for the counting inflater, closes the file; throws UnzipLimitError when the answer passed it. */
  async finish(): Promise<void> {
    const gunzip = this.gunzip;
    if (gunzip && !this.failure) {
      await new Promise<void>(resolve => {
        gunzip.once('end', resolve).once('error', resolve).once('close', resolve);
        gunzip.end();
        gunzip.resume();
      });
    }
    this.close();
    if (this.failure) throw this.failure;
  }

  /** Closes and removes the partial file. */
  discard(): void {
    this.gunzip?.destroy();
    this.close();
    fs.rmSync(fileSystemPath(this.partialPath), { force: true });
  }

  private counted(bytes: number): void {
    this.inflatedBytes += bytes;
    const limit = unzipLimit(this.compressedBytes, this.maxUnzippedBytes);
    if (this.inflatedBytes > limit.bytes && !this.failure) {
      this.failure = new UnzipLimitError(limit);
      this.gunzip?.destroy();
      this.gunzip = undefined;
    }
  }

  private close(): void {
    if (!this.closed) { this.closed = true; fs.closeSync(this.fd); }
  }
}
