// A dump sent inside an archive (tar, zip, tar.gz …) or an executable given as a dump: the input's
// first bytes say what it is, and the reader stops with one error naming it, before any line is
// scanned: a tar or a stored zip holds the dump's text as it is, which was read between the
// archive's headers as if it were the file (7 goroutines of the tar's dump, the headers as junk).
// The archives in test/fixtures/archives are GNU tar's, zip's, xz's and zstd's own output (SOURCES.md);
// the crafted ones (test/hostile/hostileGzips.ts) have other names, a ustar prefix, no folder entry.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { GoroutineInputStream, readGoroutines } from '../../../src/core/input';
import { hostileGzips } from '../../hostile/hostileGzips';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';

const FIXTURES = join(__dirname, '../../fixtures/archives');

/** The error each way in gives: whole, whole with Node's gunzip, streamed in pieces of 100 bytes (the sniff's 512 split across pushes). */
function errorsOf(bytes: Uint8Array): string[] {
  const messages: string[] = [];
  const record = (read: () => unknown): void => {
    try {
      read();
      messages.push('read without an error');
    } catch (e) {
      messages.push((e as Error).message);
    }
  };
  record(() => readGoroutines(bytes));
  record(() => readGoroutines(bytes, { gunzip: b => gunzipSync(b) }));
  record(() => {
    const stream = new GoroutineInputStream();
    for (let at = 0; at < bytes.length; at += 100) stream.push(bytes.subarray(at, at + 100));
    return stream.finish();
  });
  return messages;
}

const TAKE_OUT = 'not a goroutine dump nor a goroutine profile: take the file out of it first';

describe('archives given as a goroutine dump: one error naming what the file is', () => {
  const real: [string, string][] = [
    ['dumps.tar', `a tar archive (its first file: dumps/), ${TAKE_OUT}`],
    ['dumps.tar.gz', `a tar archive (its first file: dumps/) in gzip data, ${TAKE_OUT}`],
    ['dumps.zip', `a zip archive (its first file: dumps/), ${TAKE_OUT}`],
    ['dumps-stored.zip', `a zip archive (its first file: dumps/), ${TAKE_OUT}`],
    ['dumps.tar.xz', `xz-compressed data, ${TAKE_OUT}`],
    ['dumps.tar.zst', `zstd-compressed data, ${TAKE_OUT}`],
  ];
  for (const [name, message] of real) {
    it(`${name} (made by the tool itself)`, () => {
      assert.deepEqual(errorsOf(readFileSync(join(FIXTURES, name))), [message, message, message]);
    });
  }

  const crafted: [string, string][] = [
    ['incident-42.tar', `a tar archive (its first file: var/log/incident-42/goroutines-pod-7f9c.log), ${TAKE_OUT}`],
    ['incident-42.tgz', `a tar archive (its first file: stacks.txt) in gzip data, ${TAKE_OUT}`],
    ['stacks.zip', `a zip archive (its first file: node-3/stacks.log), ${TAKE_OUT}`],
    ['core.1234', 'an ELF executable or core file, not a goroutine dump nor a goroutine profile'],
  ];
  for (const [name, message] of crafted) {
    it(`${name} (crafted)`, () => {
      assert.deepEqual(errorsOf(hostileGzips[name](1)), [message, message, message]);
    });
  }

  it('the dump the archives hold is read when taken out of them', () => {
    const dump = readFileSync(join(__dirname, '../../fixtures/goroutines/go119_traceback_ancestors.txt'));
    assert.equal(readGoroutines(dump).total, 7);
    assert.equal(readGoroutines(hostileGzips['dump.txt.gz'](1)).total, 2);
  });

  it('through the CLI: the file named, exit code 1, nothing on stdout', async function () {
    this.timeout(300_000); // wall time, which load stretches: runBounded ends a hang on its CPU time
    for (const args of [[], ['--json']]) {
      const { value } = await runBounded<Outcome>('goprofOnCrafted', ['gzip', 'incident-42.tgz', 1, 'goroutines', args]);
      if ('error' in value) assert.fail(value.error);
      const r = value.ok as unknown as { code: number; outBytes: number; err: string };
      assert.equal(r.code, 1);
      assert.equal(r.outBytes, 0);
      assert.equal(r.err, `goprof goroutines: DIR/incident-42.tgz: a tar archive (its first file: stacks.txt) in gzip data, ${TAKE_OUT}\n`);
    }
  });
});
