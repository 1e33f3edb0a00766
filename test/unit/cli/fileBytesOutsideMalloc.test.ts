// Files read into memory V8 maps itself (a resizable ArrayBuffer), for the code cache's chunks and
// cached data: the same bytes and text as Node's own reads, and the memory given back on release.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileBytes, readFileText } from '../../../src/cli/fileBytesOutsideMalloc';

describe('files read outside malloc', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'goprof-file-bytes-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every byte of a file past malloc\'s own-mapping size, then gives its memory back', () => {
    const path = join(dir, 'data.bin');
    // 600 KB of every byte value: past the 128 KiB from which glibc maps a block of its own.
    const written = Buffer.alloc(600_000);
    for (let i = 0; i < written.length; i++) written[i] = (i * 7 + (i >> 9)) & 0xff;
    writeFileSync(path, written);
    const file = readFileBytes(path);
    assert.equal((file.bytes.buffer as ArrayBuffer & { resizable: boolean }).resizable, true);
    assert.deepEqual(Buffer.from(file.bytes), readFileSync(path));
    file.release();
    assert.equal(file.bytes.length, 0);
    assert.equal(file.bytes.buffer.byteLength, 0);
  });

  it('reads text as readFileSync with utf8 does: characters of every width, invalid bytes, an empty file', () => {
    const cases: [string, Buffer][] = [
      ['ascii.js', Buffer.from('"use strict";exports.ids=[940];\n'.repeat(5000))],
      ['wide.txt', Buffer.from('box ─┐ ellipsis … month 4月 emoji 😀\n'.repeat(4000))],
      // A sequence cut at the end and bytes that are no UTF-8: replaced as Node replaces them.
      ['invalid.txt', Buffer.concat([Buffer.from('a\xff\xfeb', 'latin1'), Buffer.from('😀').subarray(0, 3)])],
      ['empty.txt', Buffer.alloc(0)],
    ];
    for (const [name, bytes] of cases) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      assert.equal(readFileText(path), readFileSync(path, 'utf8'), name);
    }
  });

  it('throws what opening throws', () => {
    assert.throws(() => readFileBytes(join(dir, 'missing')), { code: 'ENOENT' });
    assert.throws(() => readFileText(dir), { code: 'EISDIR' });
  });
});
