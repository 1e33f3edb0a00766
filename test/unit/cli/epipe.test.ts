// `goprof traces … | head -c 10`: the reader closes the pipe early and goprof ends quietly.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

describe('goprof with a reader that stops early', function () {
  this.timeout(60_000);

  it('ends quietly on EPIPE: no stack trace, exit code 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), 'traces', join(root, 'test/fixtures/corpus/pprof_td_large.cpu')], {
      cwd: root, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const head = await new Promise<string>(resolve => {
      child.stdout.once('data', (d: Buffer) => {
        child.stdout.destroy();
        resolve(d.toString().slice(0, 10));
      });
    });
    const code = await new Promise<number | null>(resolve => child.on('close', c => resolve(c)));
    assert.equal(head, 'File: larg');
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
