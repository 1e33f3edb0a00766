// Paths a profile or dump names, and paths given as the input: a device that never ends
// (/dev/zero), a FIFO that blocks on open until a writer comes (or whose writer never stops), a
// directory, a symlink loop, a file of gigabytes. Each ends with its output or one clear line,
// under a loose bound (the CLI runs in a worker, ended at 30 s).
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';
import { lfield, loc, sample, str, valueType, vfield } from '../../hostile/protoWriter';
import { MAX_SOURCE_FILE_BYTES } from '../../../src/core/sources';

interface CliRun { code: number; out: string; err: string }

async function goprof(...argv: string[]): Promise<CliRun> {
  const { value } = await runBounded<Outcome>('goprofArgv', [argv]);
  if ('error' in value) assert.fail(`goprof ${argv.join(' ')} threw: ${value.error}`);
  return value.ok as unknown as CliRun;
}

/** A CPU profile of one sample in `main.work`, which the profile says is in `file` at line 3. */
function profileNaming(file: string): Buffer {
  const strings = ['', 'samples', 'count', 'cpu', 'nanoseconds', 'main.work', file];
  return gzipSync(Buffer.concat([...strings.map(str), valueType(1, 1, 2), valueType(1, 3, 4),
    lfield(5, vfield(1, 1), vfield(2, 5), vfield(3, 5), vfield(4, 6), vfield(5, 1)), loc(1, [[1, 3]]), sample([1], [1, 10])]));
}

/** A dump of 3,000 goroutines parked 50 minutes in `main.leak`, which it says is in `file`. */
function dumpNaming(file: string): string {
  return Array.from({ length: 3000 }, (_, i) =>
    `goroutine ${i + 2} [chan send, 50 minutes]:\nmain.leak(0xc000010000)\n\t${file}:10 +0x1d\ncreated by main.main in goroutine 1\n\t${file}:5 +0x2a\n`).join('\n');
}

const posix = process.platform !== 'win32';

describe('paths named by a profile or dump, and given as input: bounded, one clear line', function () {
  this.timeout(300_000); // wall time, which load stretches: runBounded ends a hang on its CPU time
  let dir = '';
  before(function () {
    if (!posix) this.skip();
    dir = mkdtempSync(join(tmpdir(), 'goprof-paths-'));
    execFileSync('mkfifo', [join(dir, 'fifo.go')]);
    mkdirSync(join(dir, 'folder.go'));
    symlinkSync(join(dir, 'loop-b.go'), join(dir, 'loop-a.go'));
    symlinkSync(join(dir, 'loop-a.go'), join(dir, 'loop-b.go'));
    // Sparse: past the bound without writing it.
    writeFileSync(join(dir, 'huge.go'), '');
    truncateSync(join(dir, 'huge.go'), MAX_SOURCE_FILE_BYTES + 1);
    writeFileSync(join(dir, 'long-line.go'), `package main\n\nfunc work() { _ = "${'x'.repeat(10 * 1024 * 1024)}" }\n`);
  });
  after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  describe('goprof list: the source a profile names', () => {
    const cases: [string, (dir: string) => string, RegExp][] = [
      ['/dev/zero (never ends)', () => '/dev/zero', /could not find \/dev\/zero on this machine/],
      ['a FIFO (its open waits for a writer)', d => join(d, 'fifo.go'), /could not find .*fifo\.go on this machine/],
      ['a directory', d => join(d, 'folder.go'), /could not find .*folder\.go on this machine/],
      ['a symlink loop', d => join(d, 'loop-a.go'), /could not find .*loop-a\.go on this machine/],
      ['a file past the bound', d => join(d, 'huge.go'), /cannot read .*huge\.go: larger than the 32 MiB a source file is read up to \(33554433 bytes\)/],
    ];
    for (const [name, path, reason] of cases) {
      it(`${name}: the lines the profile has, and why there is no source`, async () => {
        const profile = join(dir, `${name.replace(/\W+/g, '-')}.pb.gz`);
        writeFileSync(profile, profileNaming(path(dir)));
        const r = await goprof('list', profile, 'main.work', '--workspace', dir);
        assert.equal(r.code, 0, r.err);
        assert.match(r.out, reason);
        assert.match(r.out, /the lines the profile has:\n +10ns +10ns +3:/);
      });
    }
    it('a line of 10 MB within the bound is listed', async () => {
      const profile = join(dir, 'long-line.pb.gz');
      writeFileSync(profile, profileNaming(join(dir, 'long-line.go')));
      const r = await goprof('list', profile, 'main.work', '--workspace', dir);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /ROUTINE =+ main\.work in .*long-line\.go\n/);
      assert.match(r.out, / +10ns +10ns +3:func work\(\) \{ _ = "xxxx/);
    });
  });

  it('goprof incident --markdown: a dump whose frames name /dev/zero and a FIFO ends, without their source', async () => {
    for (const [folder, file] of [['zero', '/dev/zero'], ['fifo', join(dir, 'fifo.go')]]) {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, 'goroutines.txt'), dumpNaming(file));
      const report = join(dir, `${folder}.md`);
      const r = await goprof('incident', join(dir, folder), '--markdown', report);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /3,000 goroutines/);
    }
  });

  describe('the input itself', () => {
    for (const command of ['top', 'info', 'goroutines']) {
      it(`goprof ${command} /dev/zero: a character device, not a file`, async () => {
        const r = await goprof(command, '/dev/zero');
        assert.equal(r.code, 1);
        assert.equal(r.err, `goprof ${command}: /dev/zero: is a character device (such as /dev/zero or /dev/random, which never end), not a file\n`);
      });
    }
    it('goprof top on a FIFO whose writer never stops: its first 64 KiB are no profile, one error', async () => {
      const fifo = join(dir, 'endless.pb.gz');
      execFileSync('mkfifo', [fifo]);
      const writer = spawn('sh', ['-c', 'exec yes goroutine > "$0"', fifo], { stdio: 'ignore' });
      try {
        const r = await goprof('top', fifo);
        assert.equal(r.code, 1);
        assert.match(r.err, /^goprof top: .*endless\.pb\.gz: unrecognized profile format: neither profile\.proto nor a Go text profile \(first bytes 67 6f 72 6f 75 74 69 6e\) \(at byte 0\)\n$/);
      } finally {
        writer.kill();
      }
    });
    it('goprof top on a FIFO carrying a profile reads it to its end', async () => {
      const fifo = join(dir, 'piped.pb.gz');
      execFileSync('mkfifo', [fifo]);
      const source = join(dir, 'piped-source.pb.gz');
      writeFileSync(source, profileNaming('/src/main.go'));
      const writer = spawn('sh', ['-c', 'exec cat "$1" > "$0"', fifo, source], { stdio: 'ignore' });
      try {
        const r = await goprof('top', fifo);
        assert.equal(r.code, 0, r.err);
        assert.match(r.out, /Showing nodes accounting for 10ns, 100% of 10ns total\n(?:.*\n)+ +10ns +100% +100% +10ns +100% +main\.work\n/);
      } finally {
        writer.kill();
      }
    });
  });
});

describe('profile commands given `-`, a socket or a link loop', function () {
  this.timeout(300_000);
  const root = join(__dirname, '../../..');
  const heap = join(root, 'test/fixtures/pprof/generated/heap.pb.gz');

  it('`-` reads the profile from standard input, as `goroutines -` reads a dump', () => {
    const run = (input: Buffer | string, ...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 120_000 });
    const piped = run(readFileSync(heap), 'top', '-');
    assert.equal(piped.status, 0, piped.stderr);
    const named = run('', 'top', heap);
    assert.equal(piped.stdout.replace(/^File: .*\n/m, ''), named.stdout.replace(/^File: .*\n/m, ''));
    const empty = run('', 'top', '-');
    assert.equal(empty.status, 1);
    assert.equal(empty.stderr, 'goprof top: standard input: empty file: not a profile\n');
  });

  it('a socket and a loop of links are named for what they are', async function () {
    if (!posix) this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'goprof-sock-'));
    const server = createServer();
    try {
      const socket = join(dir, 'heap.pb.gz');
      await new Promise<void>(resolve => server.listen(socket, resolve));
      symlinkSync('loop.pb.gz', join(dir, 'loop.pb.gz'));
      const bySocket = await goprof('top', socket);
      assert.equal(bySocket.err.split(dir).join('DIR'), 'goprof top: DIR/heap.pb.gz: is not a regular file (a socket)\n');
      const byLoop = await goprof('top', join(dir, 'loop.pb.gz'));
      assert.equal(byLoop.err.split(dir).join('DIR'), 'goprof top: DIR/loop.pb.gz: a loop of symbolic links\n');
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
