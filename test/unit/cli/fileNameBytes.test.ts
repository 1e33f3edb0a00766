// A file whose name on disk is not UTF-8 (`dump\xe9.txt`): Node's argv turns the byte into U+FFFD, so
// the CLI takes such an argument again from /proc/self/cmdline (src/node/argumentBytes.ts). The
// command is spawned through the shell, which passes the name's bytes as they are (Node's spawn
// would write a string's lone surrogate as U+FFFD).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { argumentsKeepingBytes, fileSystemPath } from '../../../src/node/argumentBytes';
import { CaptureFileWriter, makeCaptureFolder } from '../../../src/node/captureFile';

const root = join(__dirname, '../../..');
const LATIN1_NAME = Buffer.from([0x64, 0x75, 0x6d, 0x70, 0xe9, 0x2e, 0x74, 0x78, 0x74]); // `dump\xe9.txt`

/** `goprof COMMAND <dir>/<name bytes>` run from the sources, its output as bytes. */
function cliOnName(dir: string, name: Buffer, command: string) {
  const octal = [...name].map(b => `\\${b.toString(8).padStart(3, '0')}`).join('');
  return spawnSync('/bin/sh', ['-c', `exec "$0" --import tsx src/cli.ts "$1" "$2/$(printf '${octal}')"`, process.execPath, command, dir], { cwd: root });
}

describe('cli: a file name that is not UTF-8', () => {
  let dir = '';
  before(() => { dir = mkdtempSync(join(tmpdir(), 'gpe-name-bytes-')); });
  after(() => { rmSync(dir, { recursive: true, force: true }); });

  it('goroutines opens it, and names it with its byte where it says something of it', function () {
    if (process.platform !== 'linux') this.skip();
    copyFileSync(join(root, 'test/fixtures/goroutines/demo_panic.txt'), Buffer.concat([Buffer.from(`${dir}/`), LATIN1_NAME]));
    const read = cliOnName(dir, LATIN1_NAME, 'goroutines');
    assert.equal(read.status, 0, read.stderr.toString());
    assert.match(read.stdout.toString(), /^40 goroutines, 11 groups\ncrash: panic: dispatcher/);
    // A missing file's error quotes the name's bytes as given, not U+FFFD.
    const missing = cliOnName(dir, Buffer.from([0x6e, 0x6f, 0xe9, 0x2e, 0x74, 0x78, 0x74]), 'goroutines');
    assert.equal(missing.status, 1);
    assert.ok(missing.stderr.includes(Buffer.concat([Buffer.from(`${dir}/no`), Buffer.from([0xe9]), Buffer.from('.txt: no such file')])), missing.stderr.toString('latin1'));
  });

  it('a profile command (top) opens it too', function () {
    if (process.platform !== 'linux') this.skip();
    copyFileSync(join(root, 'test/fixtures/corpus/pprof_td_large.cpu'), Buffer.concat([Buffer.from(`${dir}/`), LATIN1_NAME]));
    const top = cliOnName(dir, LATIN1_NAME, 'top');
    assert.equal(top.status, 0, top.stderr.toString());
    assert.match(top.stdout.toString(), /flat%/);
  });

  it('incident reads a folder whose name and whose files\' names are not UTF-8, and resolve a dump so named', function () {
    if (process.platform !== 'linux') this.skip();
    const folderName = Buffer.from([0x69, 0x6e, 0x63, 0xe9]); // `inc\xe9`
    const folder = Buffer.concat([Buffer.from(`${dir}/`), folderName]);
    mkdirSync(folder);
    copyFileSync(join(root, 'test/fixtures/goroutines/demo_panic.txt'), Buffer.concat([folder, Buffer.from('/goroutines-'), Buffer.from([0xe9]), Buffer.from('.txt')]));
    const incident = cliOnName(dir, folderName, 'incident');
    assert.equal(incident.status, 0, incident.stderr.toString());
    assert.match(incident.stdout.toString(), /1 goroutine crashed \(panic: dispatcher/);
    copyFileSync(join(root, 'test/fixtures/goroutines/demo_panic.txt'), Buffer.concat([Buffer.from(`${dir}/`), LATIN1_NAME]));
    const octal = [...LATIN1_NAME].map(b => `\\${b.toString(8).padStart(3, '0')}`).join('');
    const resolved = spawnSync('/bin/sh', ['-c', `exec "$0" --import tsx src/cli.ts resolve "$1/$(printf '${octal}')" --workspace "$2"`, process.execPath, dir, root], { cwd: root });
    assert.equal(resolved.status, 0, resolved.stderr.toString());
    assert.match(resolved.stdout.toString(), /scripts\/go\/goroutinegen\/main\.go/);
  });

  it('watch\'s capture folder and files under a name that is not UTF-8 (kept as U+DCxx): made, written, renamed', async function () {
    if (process.platform !== 'linux') this.skip();
    const folder = join(dir, 'out\udce9', 'watch');
    await makeCaptureFolder(folder);
    const writer = new CaptureFileWriter(join(folder, '.capture\udce9.partial'));
    writer.write(Buffer.from('goroutine 1 [running]:\n'));
    await writer.finish();
    const onDisk = Buffer.concat([Buffer.from(`${dir}/out`), Buffer.from([0xe9]), Buffer.from('/watch/.capture'), Buffer.from([0xe9]), Buffer.from('.partial')]);
    assert.equal(readFileSync(onDisk, 'utf8'), 'goroutine 1 [running]:\n');
    writer.discard();
    assert.equal(existsSync(onDisk), false);
  });

  it('arguments without U+FFFD are kept as given; one with it is read from the command line\'s bytes, others left alone', () => {
    const line = (...fields: (string | Buffer)[]) => () => Buffer.concat(fields.flatMap(f => [Buffer.from(f), Buffer.from([0])]));
    assert.deepEqual(argumentsKeepingBytes(['goroutines', 'a.txt'], () => { throw new Error('not read'); }), ['goroutines', 'a.txt']);
    const kept = argumentsKeepingBytes(['goroutines', 'dump\ufffd.txt'], line('node', 'cli.js', 'goroutines', LATIN1_NAME));
    assert.deepEqual(kept, ['goroutines', 'dump\udce9.txt']);
    assert.deepEqual([...fileSystemPath(kept[1]) as Buffer], [...LATIN1_NAME]);
    assert.equal(fileSystemPath('a.txt'), 'a.txt');
    // A real U+FFFD in the name (EF BF BD) stays one.
    assert.deepEqual(argumentsKeepingBytes(['x\ufffd'], line('node', 'x\ufffd')), ['x\ufffd']);
    // A command line that does not end in the arguments (not Linux's, or another process's): nothing taken from it.
    assert.deepEqual(argumentsKeepingBytes(['dump\ufffd.txt'], line('node', 'other.txt')), ['dump\ufffd.txt']);
    assert.deepEqual(argumentsKeepingBytes(['dump\ufffd.txt'], () => { throw new Error('no /proc'); }), ['dump\ufffd.txt']);
  });
});
