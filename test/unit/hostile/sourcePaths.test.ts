// Source paths a profile names that are no file of this machine, or that climb out of the
// workspace: UNC, file:// and vscode-remote:// URIs, a NUL inside, /dev/stdin, /proc/self/mem,
// `..` out of the workspace, a path of 2,048 folders (4 KB: as deep as a file name can be, whose
// resolution took ~5 s of CPU, each folder's check walking every folder above it). `goprof list`
// and `resolve` end with the lines the profile has and why there is no source; the editor's rule
// for opening without asking (workspace, GOROOT, module cache, mapped folders) reads `..` and
// these shapes as outside.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';
import { lfield, loc, sample, str, valueType, vfield } from '../../hostile/protoWriter';
import { isInsideTrustedRoots, trustedSourceRoots } from '../../../src/core/sources';

interface CliRun { code: number; out: string; err: string }

async function goprof(...argv: string[]): Promise<{ run: CliRun; cpuMs: number }> {
  const { value, cpuMs } = await runBounded<Outcome>('goprofArgv', [argv]);
  if ('error' in value) assert.fail(`goprof ${argv.join(' ')} threw: ${value.error}`);
  return { run: value.ok as unknown as CliRun, cpuMs };
}

/** A CPU profile of one sample in `main.work`, which the profile says is in `file` at line 3. */
function profileNaming(file: string): Buffer {
  const strings = ['', 'samples', 'count', 'cpu', 'nanoseconds', 'main.work', file];
  return gzipSync(Buffer.concat([...strings.map(str), valueType(1, 1, 2), valueType(1, 3, 4),
    lfield(5, vfield(1, 1), vfield(2, 5), vfield(3, 5), vfield(4, 6), vfield(5, 1)), loc(1, [[1, 3]]), sample([1], [1, 10])]));
}

/** What resolving a 4 KB path may cost on a loaded machine (it took 5 s of CPU, 17–21 s of wall time under load; it takes milliseconds). */
const DEEP_PATH_CPU_BOUND_MS = 1500;

describe('hostile: source paths that are no file here, or climb out of the workspace', function () {
  this.timeout(300_000);
  let dir = '';
  before(function () {
    if (process.platform === 'win32') this.skip();
    dir = mkdtempSync(join(tmpdir(), 'goprof-srcpaths-'));
    mkdirSync(join(dir, 'ws', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'ws', 'sub', 'main.go'), 'package main\n\nfunc work() {\n}\n');
  });
  after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  const deep = '/' + 'a/'.repeat(2048) + 'main.go';
  const cases: [string, string, RegExp][] = [
    ['a UNC path', '\\\\server\\share\\x.go', /could not find \\\\server\\share\\x\.go on this machine/],
    ['a file:// URI', 'file:///etc/hostname', /could not find file:\/\/\/etc\/hostname on this machine/],
    ['a vscode-remote:// URI', 'vscode-remote://ssh-remote+host/etc/hostname', /could not find vscode-remote:\/\/ssh-remote\+host\/etc\/hostname on this machine/],
    ['a NUL inside', `/tmp/x.go\u0000/etc/hostname`, /could not find \/tmp\/x\.go\uFFFD\/etc\/hostname on this machine/],
    ['/dev/stdin', '/dev/stdin', /could not find \/dev\/stdin on this machine/],
    ['/proc/self/mem', '/proc/self/mem', /cannot read \/proc\/self\/mem: cannot read \(EIO\)/],
    ['2,048 folders (4 KB)', deep, /could not find \/a\/a\/a\/.*\/main\.go on this machine/],
  ];
  for (const [name, file, reason] of cases) {
    it(`goprof list, ${name}: the lines the profile has, and why there is no source`, async () => {
      const profile = join(dir, `${name.replace(/\W+/g, '-')}.pb.gz`);
      writeFileSync(profile, profileNaming(file));
      const { run } = await goprof('list', profile, 'main.work', '--workspace', join(dir, 'ws'));
      assert.equal(run.code, 0, run.err);
      assert.match(run.out, reason);
      assert.match(run.out, /the lines the profile has:\n +10ns +10ns +3:/);
    });
  }

  it('goprof resolve of a path of 2,048 folders: milliseconds, not a check per folder per folder', async () => {
    const profile = join(dir, 'deep.pb.gz');
    writeFileSync(profile, profileNaming(deep));
    const { run, cpuMs } = await goprof('resolve', profile, '--workspace', join(dir, 'ws'));
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /^-\t\/a\/a\/a\/.*\n0 of 1 files resolved\n$/);
    if (Number.isFinite(cpuMs)) assert.ok(cpuMs < DEEP_PATH_CPU_BOUND_MS, `${cpuMs.toFixed(0)} ms of CPU`);
  });

  it('a path 64 folders deep (the deepest whose folders are checked first) is answered as before', async () => {
    const path = '/' + 'b'.repeat(60) + '/' + 'c/'.repeat(62) + 'main.go';
    const profile = join(dir, 'deep64.pb.gz');
    writeFileSync(profile, profileNaming(path));
    const { run } = await goprof('resolve', profile, '--workspace', join(dir, 'ws'));
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /^-\t\/b+\/c\/c\/.*\n0 of 1 files resolved\n$/);
  });

  it('opening without asking: `..` out of the workspace, UNC, URIs and NUL paths are outside it', () => {
    const env = { workspaceFolders: ['/home/me/proj'], goroot: '/usr/local/go', goModCache: '/home/me/go/pkg/mod' };
    const roots = trustedSourceRoots(env);
    const outside = [
      '/home/me/proj/../../../etc/passwd', '/home/me/proj/vendor/../../.ssh/id_rsa', '/usr/local/go/../../../root/.bashrc',
      '\\\\server\\share\\x.go', '//server/share/x.go', 'file:///home/me/proj/main.go', 'vscode-remote://ssh-remote+h/home/me/proj/main.go',
      '/home/me/projects/x.go', '/home/me/proj\u0000/../../etc/passwd', '../../../etc/passwd', '/dev/zero', '/proc/self/mem',
    ];
    for (const path of outside) assert.equal(isInsideTrustedRoots(path, roots), false, JSON.stringify(path));
    const inside = ['/home/me/proj/main.go', '/home/me/proj/sub/../main.go', '/usr/local/go/src/net/http/server.go', '/home/me/go/pkg/mod/k8s.io/api@v0.1.0/x.go', deep.replace('/a/', '/home/me/proj/')];
    for (const path of inside) assert.equal(isInsideTrustedRoots(path, roots), true, JSON.stringify(path.slice(0, 80)));
  });
});
