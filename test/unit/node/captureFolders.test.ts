// Making a folder and its missing parents, bounded where Node's recursive mkdir is not: a parent that
// is there but refuses a child (ENOENT under /proc) is the error, not a retry for good.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeFolderSync } from '../../../src/node/makeFolder';
import { CaptureFileWriter, makeCaptureFolder } from '../../../src/node/captureFile';

const errorCode = (f: () => unknown): string | undefined => {
  try { f(); } catch (e) { return (e as NodeJS.ErrnoException).code; }
  return undefined;
};

describe('capture and cache folders', () => {
  let dir = '';
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'gpe-make-folder-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('makes a folder and every missing folder above it, with the mode asked; a folder already there is fine', () => {
    const deep = join(dir, 'a', 'b', 'c');
    makeFolderSync(deep, 0o700);
    assert.ok(statSync(deep).isDirectory());
    assert.equal(statSync(join(dir, 'a')).mode & 0o777, 0o700 & ~process.umask());
    makeFolderSync(deep);
    makeFolderSync(dir);
  });

  it('says EEXIST for a file where the folder would be, ENOTDIR for a path through a file', () => {
    writeFileSync(join(dir, 'f'), 'x');
    assert.equal(errorCode(() => makeFolderSync(join(dir, 'f'))), 'EEXIST');
    assert.equal(errorCode(() => makeFolderSync(join(dir, 'f', 'g', 'h'))), 'ENOTDIR');
  });

  it('ends with ENOENT where a parent is there but refuses the child (/proc), at any depth', function () {
    if (process.platform !== 'linux') this.skip();
    assert.equal(errorCode(() => makeFolderSync('/proc/gpe-no-such')), 'ENOENT');
    assert.equal(errorCode(() => makeFolderSync('/proc/gpe-no-such/a/b/c')), 'ENOENT');
  });

  it('a capture folder under /proc is one clear error', async function () {
    if (process.platform !== 'linux') this.skip();
    await assert.rejects(makeCaptureFolder('/proc/gpe-no-such/captures'),
      { message: '/proc/gpe-no-such/captures cannot be the capture folder: it cannot be made (ENOENT).' });
  });

  it('a folder that is there but takes no files (/proc) is one clear error as the capture folder', function () {
    if (process.platform !== 'linux') this.skip();
    assert.throws(() => new CaptureFileWriter('/proc/host-heap-20261207T091056Z.pb.gz.1.partial'),
      { message: '/proc cannot be the capture folder: a file cannot be written there (ENOENT).' });
  });
});
