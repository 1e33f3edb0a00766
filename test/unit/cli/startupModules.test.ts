// What a `goprof goroutines FILE` process loads of Node: neither `tty` nor `net` (and their stream
// handles) when nothing is written to standard error and the input is a file. Run on the CLI bundled
// as dist/cli.js is (one CommonJS file, no tsx, which loads both itself), with standard output a file
// (a pipe or a terminal there would load them for the output) and standard error a pipe, as the bench runs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const root = join(__dirname, '..', '..', '..');
const DUMP = join(root, 'test/fixtures/goroutines/crash_multiline_error.txt');

// Preloaded: at exit, the Node modules loaded since it ran (process.moduleLoadList grows as Node loads them).
const REPORT_LOADED = `const before = new Set(process.moduleLoadList);
process.on('exit', () => { require('fs').writeSync(2, '\\nloaded: ' + process.moduleLoadList.filter(m => !before.has(m)).join(',') + '\\n'); });`;

describe('goprof start-up: the Node modules a run loads', function () {
  this.timeout(120_000);
  let dir: string;
  let cli: string;
  let preload: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'goprof-startup-'));
    cli = join(dir, 'cli.js');
    preload = join(dir, 'report.js');
    buildSync({ entryPoints: [join(root, 'src/cli.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: cli, logLevel: 'error' });
    writeFileSync(preload, REPORT_LOADED);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function run(args: string[]): { status: number | null; output: string; stderr: string; loaded: string[] } {
    const outputPath = join(dir, 'out.txt');
    const out = openSync(outputPath, 'w');
    try {
      const child = spawnSync(process.execPath, ['-r', preload, cli, ...args], {
        cwd: root, encoding: 'utf8', stdio: ['ignore', out, 'pipe'], env: { ...process.env, GOPROF_CODE_CACHE: 'off' },
      });
      const report = /\nloaded: (.*)\n$/.exec(child.stderr);
      assert.ok(report, child.stderr);
      return { status: child.status, output: readFileSync(outputPath, 'utf8'), stderr: child.stderr.slice(0, report.index), loaded: report[1].split(',') };
    } finally {
      closeSync(out);
    }
  }

  it('loads neither tty nor net for a dump read from a file, its groups written to a file', () => {
    const { status, output, stderr, loaded } = run(['goroutines', DUMP, '--json']);
    assert.equal(status, 0);
    assert.equal(stderr, '');
    assert.ok((JSON.parse(output) as { groups: unknown[] }).groups.length > 0);
    assert.ok(loaded.includes('NativeModule internal/fs/sync_write_stream'), 'the output was written through a file stream');
    assert.deepEqual(loaded.filter(m => /NativeModule (net|tty)$/.test(m)), []);
  });

  it('still writes errors to standard error', () => {
    const { status, output, stderr } = run(['goroutines', join(dir, 'missing.txt')]);
    assert.equal(status, 1);
    assert.equal(output, '');
    assert.match(stderr, /^goprof goroutines: .*missing\.txt: /);
  });

  it('reads a terminal or a device as before: /dev/null is refused as a character device', () => {
    const { status, stderr } = run(['goroutines', '/dev/null']);
    assert.equal(status, 1);
    assert.match(stderr, /is a character device/);
  });
});
