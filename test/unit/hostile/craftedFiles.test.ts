// Crafted files (test/hostile/hostileProfiles.ts, hostileTexts.ts, hostileGzips.ts) through the
// core and the CLI's commands: each ends with its output or one clear error naming the file.
// What could hang runs in a worker under a loose bound (30 s, 1.5 GB heap). `npx tsx
// test/hostile/attack.ts SCALE` times the same files, bigger, through the built CLI.
import assert from 'node:assert/strict';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';
import { hostileProfiles } from '../../hostile/hostileProfiles';
import { hostileTexts } from '../../hostile/hostileTexts';
import { diffProfiles, subtractProfile } from '../../../src/core/pprof/combine';
import { parseProfile } from '../../../src/core/pprof';
import { GoroutineInputStream, readGoroutines } from '../../../src/core/input';

interface CliRun { code: number; outBytes: number; err: string }

async function goprof(kind: 'profile' | 'text' | 'gzip', name: string, scale: number, command: string, ...args: string[]): Promise<CliRun> {
  const { value } = await runBounded<Outcome>('goprofOnCrafted', [kind, name, scale, command, args]);
  if ('error' in value) assert.fail(`${name} ${command} threw: ${value.error}`);
  return value.ok as unknown as CliRun;
}

describe('crafted files: bounded, one clear error', function () {
  this.timeout(300_000); // wall time, which load stretches: runBounded ends a hang on its CPU time

  // On the main thread (a worker's stack is larger): `push(...items)` of this many throws there.
  describe('tables of 200,000 entries are not spread as arguments', () => {
    it('a diff of a profile of 200,000 functions and mappings', () => {
      const p = parseProfile(hostileProfiles['many-empty-functions'](0.2));
      assert.equal(diffProfiles(p, p).functions.length, 400_004);
      assert.equal(subtractProfile(p, p).mappings.length, 400_000);
    });

    it('a goroutine profile whose one location inlines 200,000 calls', () => {
      const a = readGoroutines(hostileProfiles['goroutine-inline-deep'](1));
      assert.equal(a.total, 3);
      assert.equal(a.groups.length, 1);
    });

    it('a legacy heap profile whose memory map has 200,000 lines', () => {
      const p = parseProfile(hostileTexts['heap-v1-long-map'](1));
      assert.equal(p.mappings.length, 200_000);
    });
  });

  describe('a location inlining 5,000 calls', () => {
    it('list: the calls inlined under a line listed to a bounded depth', async () => {
      const r = await goprof('profile', 'inline-cycle', 0.05, 'list', 'main', '--json');
      assert.equal(r.err, '');
      assert.equal(r.code, 0);
    });
  });

  describe('sample types: none, a thousand', () => {
    it('samples without sample types: pprof\'s "missing sample type information", naming the file', async () => {
      const r = await goprof('profile', 'no-sample-types', 1, 'top');
      assert.equal(r.code, 1);
      assert.match(r.err, /^goprof top: DIR\/no-sample-types\.pb: missing sample type information: 1 samples but no sample_type \(at byte \d+\)\n$/);
    });

    it('a thousand sample types named in a short error', async () => {
      const r = await goprof('profile', 'thousand-sample-types', 0.01, 'goroutines');
      assert.match(r.err, /: not a goroutine profile: its sample types are t0, t1, t2, t3, t4, t5, t6, t7, … \(1000 in all\)\n$/);
    });
  });

  describe('a profile.proto with a tag no Profile has after whole fields', () => {
    it('is corrupt at that byte, not "unrecognized", naming the file', async () => {
      const r = await goprof('profile', 'tag-no-profile-has', 1, 'top');
      assert.equal(r.code, 1);
      assert.match(r.err, /^goprof top: DIR\/tag-no-profile-has\.pb: corrupt profile\.proto: its first fields are a Profile's, then a tag of field 0 with wire type 0, which a Profile has not \(at byte \d+\)\n$/);
    });

    it('the same through the goroutine door', async () => {
      const r = await goprof('profile', 'tag-no-profile-has', 1, 'goroutines');
      assert.equal(r.code, 1);
      assert.match(r.err, /^goprof goroutines: DIR\/tag-no-profile-has\.pb: corrupt profile\.proto: .* \(at byte \d+\)\n$/);
    });
  });

  describe('gzip members, cuts and containers: what is wrong with the file, in one line', () => {
    const cases: [string, RegExp, RegExp][] = [
      ['gzip-member-then-garbage.pb.gz', /corrupt gzip data: what follows the gzip data is neither more gzip data nor padding/, /corrupt gzip data: what follows/],
      ['gzip-cut-in-header.pb.gz', /corrupt gzip data: cut short, the file's 5 bytes end inside the compressed data/, /corrupt gzip data: cut short/],
      ['gzip-cut-in-deflate.pb.gz', /corrupt gzip data: cut short/, /corrupt gzip data: cut short/],
      ['gzip-cut-in-trailer.pb.gz', /corrupt gzip data: cut short/, /corrupt gzip data: cut short/],
      ['gzip-bad-crc.pb.gz', /corrupt gzip data: its checksum does not match/, /corrupt gzip data: its checksum does not match/],
      ['gzip-in-gzip.pb.gz', /gzip data decompresses to more gzip data/, /gzip data decompresses to more gzip data/],
      ['profile.zip', /a zip archive \(its first file: heap\.pb\.gz\), not a profile: take the profile out of it first/, /a zip archive \(its first file: heap\.pb\.gz\), not a goroutine dump/],
      ['profile.tar', /a tar archive \(its first file: heap\.pb\.gz\), not a profile: take the profile out of it first/, /a tar archive \(its first file: heap\.pb\.gz\), not a goroutine dump/],
      ['dump-cut.txt.gz', /corrupt gzip data: cut short/, /corrupt gzip data: cut short/],
    ];
    for (const [name, profileError, dumpError] of cases) {
      it(name, async () => {
        const top = await goprof('gzip', name, 1, 'top');
        assert.equal(top.code, 1);
        assert.match(top.err, new RegExp(`^goprof top: DIR/${name.replace(/\./g, '\\.')}: ${profileError.source}[^\n]*\n$`));
        const dump = await goprof('gzip', name, 1, 'goroutines');
        assert.equal(dump.code, 1);
        assert.match(dump.err, new RegExp(`^goprof goroutines: DIR/${name.replace(/\./g, '\\.')}: ${dumpError.source}[^\n]*\n$`));
      });
    }

    it('two gzip members are one file (a profile, a dump)', async () => {
      assert.equal((await goprof('gzip', 'gzip-two-members.pb.gz', 1, 'top')).code, 0);
      const dump = await goprof('gzip', 'dump-two-members.txt.gz', 1, 'goroutines', '--json');
      assert.equal(dump.code, 0);
    });
  });

  describe('a dump in UTF-16 without its byte order mark', () => {
    it('is read as the same dump, little- or big-endian, whole or streamed in pieces of odd length', () => {
      const le = hostileTexts['utf16-no-bom'](0.02);
      const be = Buffer.from(le).swap16();
      for (const bytes of [le, be]) {
        assert.equal(readGoroutines(bytes).total, 1000);
        const stream = new GoroutineInputStream();
        for (let at = 0; at < bytes.length; at += 7777) stream.push(bytes.subarray(at, at + 7777));
        assert.equal(stream.finish().total, 1000);
      }
    });

    it('through the CLI', async () => {
      const r = await goprof('text', 'utf16-no-bom', 0.02, 'goroutines', '--json');
      assert.equal(r.err, '');
      assert.equal(r.code, 0);
    });
  });

  describe('a dump whose lines end with CR alone', () => {
    it('is read as the same dump with LF, whole or streamed in pieces that cut between lines', () => {
      const bytes = hostileTexts['cr-only'](0.01);
      assert.equal(bytes.indexOf(0x0a), -1);
      const whole = readGoroutines(bytes);
      assert.equal(whole.total, 1000);
      const lf = readGoroutines(Buffer.from(bytes.toString('latin1').replace(/\r/g, '\n'), 'latin1'));
      assert.deepEqual(whole.groups.map(g => [g.count, g.state]), lf.groups.map(g => [g.count, g.state]));
      const stream = new GoroutineInputStream();
      for (let at = 0; at < bytes.length; at += 7777) stream.push(bytes.subarray(at, at + 7777));
      assert.equal(stream.finish().total, 1000);
    });
  });

  describe('one stack of 150,000 location ids', () => {
    it('flame --json --max-nodes 0: every node written, a piece at a time', async () => {
      const r = await goprof('profile', 'huge-stack', 0.15, 'flame', '--json', '--max-nodes', '0');
      assert.equal(r.err, '');
      assert.equal(r.code, 0);
      assert.ok(r.outBytes > 150_000 * 60, `${r.outBytes} characters`);
    });
  });
});
