// A command's profiles read once per distinct profile bytes: the same file given twice, as its own
// base, or gzipped, is one parse whose tables both sides share, and prints what reading it twice prints.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from '../../../src/cli/main';
import { ProfileReader } from '../../../src/cli/profileInput';
import { hostileProfiles } from '../../hostile/hostileProfiles';

async function goprof(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await runCli(argv, { out: t => { out += t; }, err: t => { err += t; } });
  return { code, out, err };
}

describe('profiles read once per distinct bytes', () => {
  let dir: string, plain: string, copy: string, gzipped: string, other: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'goprof-reader-'));
    // 10^4 comments, each its own string, and a doc_url of 168 KB.
    const bytes = hostileProfiles['million-comments-huge-doc-url'](0.01);
    plain = join(dir, 'a.pb');
    copy = join(dir, 'copy.pb');
    gzipped = join(dir, 'a.pb.gz');
    writeFileSync(plain, bytes);
    writeFileSync(copy, bytes);
    writeFileSync(gzipped, gzipSync(bytes));
    // The same profile in other bytes (a field profile.proto has not, skipped): read apart, its tables its own.
    other = join(dir, 'other.pb');
    writeFileSync(other, Buffer.concat([bytes, Buffer.from([0xa0, 0x06, 0x01])]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the profile read before for the same bytes under any name, gzipped or not, and parses other bytes', () => {
    const reader = new ProfileReader(6);
    const first = reader.file(plain);
    assert.equal(reader.file(plain), first);
    assert.equal(reader.file(copy), first);
    assert.equal(reader.file(gzipped), first, 'a gzipped copy');
    const apart = reader.file(other);
    assert.notEqual(apart, first);
    assert.notEqual(apart.strings, first.strings);
    assert.deepEqual(apart.comments, first.comments);
    assert.equal(reader.file(other), apart, 'the last of the files the command reads');
    assert.notEqual(new ProfileReader(2).file(plain), first, 'a reader is one command\'s');
  });

  it('gives a gzipped file read first for its plain copy, and keeps its mark when read alone', () => {
    const reader = new ProfileReader(3);
    const first = reader.file(gzipped);
    assert.equal(first.gzipped, true);
    assert.equal(reader.file(plain), first);
    assert.equal(reader.file(gzipped), first, 'the same gzipped bytes again');
    assert.equal(new ProfileReader(1).file(gzipped).gzipped, true);
    assert.equal(new ProfileReader(2).file(plain).gzipped, false);
  });

  it('reads a gzipped file that will not gunzip with the error it always had', () => {
    const broken = join(dir, 'broken.pb.gz');
    writeFileSync(broken, gzipSync(Buffer.from('x')).subarray(0, 12));
    const alone = (() => { try { new ProfileReader(1).file(broken); } catch (e) { return (e as Error).message; } return ''; })();
    const paired = (() => { try { const r = new ProfileReader(2); r.file(plain); r.file(broken); } catch (e) { return (e as Error).message; } return ''; })();
    assert.match(alone, /broken\.pb\.gz/);
    assert.equal(paired, alone);
  });

  for (const [what, flags] of [['a diff with itself', ['--diff-base']], ['a merge with itself', []]] as const) {
    it(`prints for ${what} what it prints for the same profile read apart, each comment once`, async () => {
      const shared = await goprof('top', plain, ...flags, plain);
      const separate = await goprof('top', plain, ...flags, other);
      const zipped = await goprof('top', plain, ...flags, gzipped);
      assert.equal(shared.code, 0, shared.err);
      assert.equal(shared.out, separate.out);
      assert.equal(zipped.out, separate.out);
      const comments = shared.out.split('\n').filter(line => line.startsWith('comment '));
      assert.equal(comments.length, 10_000);
      assert.equal(new Set(comments).size, 10_000);
    });
  }
});
