// The files capture flags name (--token-file, --cacert, --cert, --key): /dev/zero was read until the
// process held gigabytes (2.7–3.5 GB when `timeout 60` ended it), a FIFO blocked its open. Each is
// now one line naming the file and what it is, before any request. So is a capture folder that is
// a device (`--out /dev/null`: Node's "EEXIST: file already exists, mkdir" before).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';

interface CliRun { code: number; out: string; err: string }

async function goprof(...argv: string[]): Promise<CliRun> {
  const { value } = await runBounded<Outcome>('goprofArgv', [argv]);
  if ('error' in value) assert.fail(`goprof ${argv.join(' ')} threw: ${value.error}`);
  return value.ok as unknown as CliRun;
}

describe('hostile: the token and certificate files of a capture', function () {
  this.timeout(300_000);
  let dir = '';
  before(function () {
    if (process.platform === 'win32') this.skip();
    dir = mkdtempSync(join(tmpdir(), 'goprof-credentials-'));
    execFileSync('mkfifo', [join(dir, 'fifo.pem')]);
    writeFileSync(join(dir, 'huge.pem'), '');
    truncateSync(join(dir, 'huge.pem'), 2 * 1024 * 1024);
    writeFileSync(join(dir, 'cert.pem'), '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n');
  });
  after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  // Port 9 (discard) on 127.0.0.1: nothing is asked of it, as the file is refused first.
  const url = 'http://127.0.0.1:9/debug/pprof/';
  const cases: [string, (d: string) => string, RegExp][] = [
    ['/dev/zero', () => '/dev/zero', /^\/dev\/zero: is not a regular file \(a character device\)$/],
    ['a FIFO', d => join(d, 'fifo.pem'), /^.*fifo\.pem: is not a regular file \(a FIFO\)$/],
    ['a folder', d => d, /^.*goprof-credentials-\w+: is a directory$/],
    ['a 2 MiB file', d => join(d, 'huge.pem'), /^.*huge\.pem: larger than the 1 MiB a token or certificate file is read up to \(2097152 bytes\)$/],
  ];
  for (const [name, path, error] of cases) {
    const flagSets: ((d: string) => string[])[] = [
      () => ['capture', url, 'heap', '--token-file'], () => ['watch', url, '--token-file'], () => ['watch', url, '--cacert'],
      () => ['watch', url, '--key', join(dir, 'cert.pem'), '--cert'], d => ['watch', url, '--cert', join(d, 'cert.pem'), '--key'],
    ];
    for (const flagsOf of flagSets) {
      const shown = flagsOf('DIR');
      it(`goprof ${shown[0]} ${shown[shown.length - 1]} ${name}: one line`, async () => {
        const r = await goprof(...flagsOf(dir), path(dir), '--out', join(dir, 'out'));
        assert.equal(r.code, 1, r.err);
        assert.equal(r.out, '');
        const lines = r.err.trimEnd().split('\n');
        assert.equal(lines.length, 1, r.err);
        assert.match(lines[0].replace(/^goprof \w+: /, ''), error);
      });
    }
  }
});

describe('hostile: a capture folder that cannot be one', function () {
  this.timeout(120_000);
  for (const out of ['/dev/null', '/dev/zero']) {
    for (const command of ['capture', 'watch']) {
      it(`goprof ${command} --out ${out}: one line, before any request`, async function () {
        if (process.platform === 'win32') this.skip();
        const argv = command === 'capture' ? ['capture', 'http://127.0.0.1:9/debug/pprof/', 'heap', '--out', out] : ['watch', 'http://127.0.0.1:9/debug/pprof/', '--out', out];
        const r = await goprof(...argv);
        assert.equal(r.code, 1, r.err);
        // A watch makes its own folder inside the one named.
        const why = command === 'capture' ? `${out} cannot be the capture folder: it is there and is not a folder` : `${out}/watch-\\S+ cannot be the capture folder: it cannot be made \\(ENOTDIR\\)`;
        assert.match(r.err, new RegExp(`^goprof ${command}: ${why}\\.\\n$`));
      });
    }
  }
});
