// Paths the editor's worker reads itself (a local `file:` URI opened in the profile editor or
// grouped as a dump): a workspace may hold a FIFO, or a symlink named heap.pb.gz that points at
// /dev/urandom. The worker's open of a FIFO waited for a writer that never came (a thread no
// time limit can stop), and a device was read until the worker's heap gave out; each is now one
// line naming the path, from the worker's own jobs, under a loose bound.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runBounded } from '../../hostile/bounded';
import type { Outcome } from '../../hostile/cases';
import { hostileProfiles } from '../../hostile/hostileProfiles';

const posix = process.platform !== 'win32';

async function job(kind: 'profile' | 'dump', path: string): Promise<Outcome> {
  return (await runBounded<Outcome>('workerJobOnPath', [kind, path])).value;
}

describe('the editor worker\'s local files: only regular files are read', function () {
  this.timeout(300_000); // wall time, which load stretches: runBounded ends a hang on its CPU time
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'gpe-local-files-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const refusals: [string, (dir: string) => string, RegExp][] = [
    ['a FIFO without a writer', d => { const p = join(d, 'pipe.pb.gz'); execFileSync('mkfifo', [p]); return p; }, /pipe\.pb\.gz is not a regular file \(a FIFO\): the editor reads files only$/],
    ['a symlink to /dev/urandom', d => { const p = join(d, 'heap.pb.gz'); symlinkSync('/dev/urandom', p); return p; }, /heap\.pb\.gz is not a regular file \(a character device\): the editor reads files only$/],
    ['a symlink to /dev/zero named as a dump', d => { const p = join(d, 'goroutines.txt'); symlinkSync('/dev/zero', p); return p; }, /goroutines\.txt is not a regular file \(a character device\)/],
    ['a folder named as a profile', d => { const p = join(d, 'cpu.pprof'); mkdirSync(p); return p; }, /cpu\.pprof is a directory: the editor reads files only$/],
  ];
  for (const [name, make, error] of refusals) {
    it(`${name}: one line naming it, from the profile editor's and the goroutine view's jobs`, async function () {
      if (!posix) this.skip();
      const sub = mkdtempSync(join(dir, 'case-'));
      const path = make(sub);
      for (const kind of ['profile', 'dump'] as const) {
        const outcome = await job(kind, path);
        assert.ok('error' in outcome, `${kind}: ${JSON.stringify(outcome)}`);
        assert.match(outcome.error, error, kind);
      }
    });
  }

  it('a regular file and a symlink to one are still read', async () => {
    const file = join(dir, 'real.pb.gz');
    writeFileSync(file, gzipSync(hostileProfiles['huge-period'](1)));
    const link = join(dir, 'link.pb.gz');
    if (posix) symlinkSync(file, link);
    for (const path of posix ? [file, link] : [file]) {
      assert.deepEqual(await job('profile', path), { ok: { sampleTypes: 2 } });
    }
    const dump = join(dir, 'dump.txt');
    writeFileSync(dump, 'goroutine 1 [running]:\nmain.main()\n\t/src/main.go:5 +0x1d\n');
    assert.deepEqual(await job('dump', dump), { ok: { total: 1 } });
  });
});
