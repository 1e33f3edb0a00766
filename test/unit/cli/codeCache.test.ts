// The CLI's V8 code cache: bytecode saved after a run is used by the next process, and a cache that
// is missing, damaged or cannot be written never changes what the code does.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_CACHE_ENV, codeCacheDir } from '../../../src/cli/codeCache';
import { SMALL_INPUT_BYTES, TINY_INPUT_BYTES } from '../../../src/cli/v8Tuning';

const root = join(__dirname, '..', '..', '..');

// A chunk as webpack writes them: CommonJS that uses `require`, `module` and `__dirname`.
const CHUNK = `const { basename } = require('node:path');
exports.answer = function answer(n) { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; };
exports.where = basename(__dirname) + ':' + (module.exports === exports);
`;

/**
 * In a fresh Node process: load the chunk through a CodeCache, run it, save; what it saw. With
 * `inputBytes`, as dist/cli.js runs a command: V8 tuned for a batch run before the chunk is compiled,
 * then for an input of that size during the run and for the finish after it, and set back before
 * the bytecode is saved.
 */
function runChunk(chunkDir: string, cacheDir: string, inputBytes?: number): { answer: number; where: string; uncached: number; other: string } {
  const tuning = join(root, 'src/cli/v8Tuning.ts');
  const script = `const { CodeCache } = require(${JSON.stringify(join(root, 'src/cli/codeCache.ts'))});
    const v8Tuning = require(${JSON.stringify(tuning)});
    if (${inputBytes !== undefined}) v8Tuning.tuneV8ForBatchRun();
    const cache = new CodeCache(${JSON.stringify(chunkDir)}, ${JSON.stringify(cacheDir)});
    const chunk = require(${JSON.stringify(join(chunkDir, 'chunk.1234.js'))});
    const other = require(${JSON.stringify(join(chunkDir, '..', 'other.js'))});
    if (${inputBytes !== undefined}) v8Tuning.tuneV8ForInputSize(${inputBytes ?? 0});
    const answer = chunk.answer(1000);
    // The work after the input is read runs under the finish's flags (no compiles on stack replacement for a small input).
    if (${inputBytes !== undefined}) { v8Tuning.tuneV8ForFinish(); chunk.answer(1000); }
    if (${inputBytes !== undefined}) v8Tuning.untuneV8ForInputSize();
    cache.save();
    process.stdout.write(JSON.stringify({ answer, where: chunk.where, uncached: cache.uncached.length, other: other.name }));`;
  return JSON.parse(execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: root, encoding: 'utf8', timeout: 60_000 })) as
    { answer: number; where: string; uncached: number; other: string };
}

describe('goprof code cache', function () {
  this.timeout(60_000);
  let dir: string;
  let chunkDir: string;
  let cacheDir: string;
  const expected = Array.from({ length: 1000 }, (_, i) => i % 7).reduce((a, b) => a + b, 0);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'goprof-code-cache-'));
    chunkDir = join(dir, 'cli-commands');
    cacheDir = join(dir, 'cache');
    mkdirSync(chunkDir);
    writeFileSync(join(chunkDir, 'chunk.1234.js'), CHUNK);
    writeFileSync(join(dir, 'other.js'), 'exports.name = "other";');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('saves the bytecode after the first run and uses it in the next process', () => {
    const first = runChunk(chunkDir, cacheDir);
    assert.deepEqual(first, { answer: expected, where: 'cli-commands:true', uncached: 1, other: 'other' });
    const entries = readdirSync(cacheDir);
    // Only the chunk is cached, under its name (which carries the content hash), Node version and architecture.
    assert.deepEqual(entries, [`chunk.1234.js.${process.version}-${process.arch}.v8cache`]);
    const second = runChunk(chunkDir, cacheDir);
    assert.deepEqual(second, { answer: expected, where: 'cli-commands:true', uncached: 0, other: 'other' });
  });

  it('is used by the next run whatever flags the size of the input set during the run that saved it', () => {
    // Each size range sets V8 flags of its own for the run (src/cli/v8Tuning.ts); V8 rejects cached
    // data made under other flags, so each run must save under the flags the next one starts with.
    const sizes = [TINY_INPUT_BYTES, SMALL_INPUT_BYTES, SMALL_INPUT_BYTES + 1];
    for (const saved of sizes) {
      const cache = join(dir, `cache-${saved}`);
      assert.equal(runChunk(chunkDir, cache, saved).uncached, 1);
      for (const size of sizes) {
        assert.deepEqual(runChunk(chunkDir, cache, size), { answer: expected, where: 'cli-commands:true', uncached: 0, other: 'other' },
          `saved after an input of ${saved} bytes, read for one of ${size}`);
      }
    }
  });

  it('reads a chunk and its cached data of several hundred KB, text past ASCII included, as Node reads them', () => {
    // Past the 128 KiB from which malloc maps a block of its own: the sizes of the goroutine command's chunk and cache.
    const functions = Array.from({ length: 4000 }, (_, i) => `exports.f${i} = function () { return '─ … 4月 ${i}'.length + ${i}; };`);
    writeFileSync(join(chunkDir, 'chunk.1234.js'), `${CHUNK}${functions.join('\n')}\nexports.wide = '┐ 😀 4月'; exports.answer(1);\n`);
    assert.ok(readFileSync(join(chunkDir, 'chunk.1234.js')).length > 128 * 1024);
    const wide = (cache: string) => execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', `const { CodeCache } = require(${JSON.stringify(join(root, 'src/cli/codeCache.ts'))});
      const cache = new CodeCache(${JSON.stringify(chunkDir)}, ${JSON.stringify(cache)});
      const chunk = require(${JSON.stringify(join(chunkDir, 'chunk.1234.js'))});
      let sum = 0; for (let i = 0; i < 4000; i++) sum += chunk['f' + i]();
      cache.save();
      process.stdout.write(JSON.stringify({ wide: chunk.wide, sum, uncached: cache.uncached.length }));`], { cwd: root, encoding: 'utf8' });
    const sum = Array.from({ length: 4000 }, (_, i) => '─ … 4月 '.length + String(i).length + i).reduce((a, b) => a + b, 0);
    assert.deepEqual(JSON.parse(wide(cacheDir)), { wide: '┐ 😀 4月', sum, uncached: 1 });
    assert.ok(readFileSync(join(cacheDir, readdirSync(cacheDir)[0])).length > 128 * 1024);
    assert.deepEqual(JSON.parse(wide(cacheDir)), { wide: '┐ 😀 4月', sum, uncached: 0 });
  });

  it('compiles as usual when the cached data is damaged, and replaces it', () => {
    runChunk(chunkDir, cacheDir);
    const entry = join(cacheDir, readdirSync(cacheDir)[0]);
    const damaged = Buffer.from(readFileSync(entry).subarray(0, 200)).fill(7, 20);
    writeFileSync(entry, damaged);
    assert.deepEqual(runChunk(chunkDir, cacheDir), { answer: expected, where: 'cli-commands:true', uncached: 1, other: 'other' });
    assert.notDeepEqual(readFileSync(entry), damaged);
    assert.equal(runChunk(chunkDir, cacheDir).uncached, 0);
  });

  it('removes entries older than 30 days when it writes one, and pieces left by a stopped writer', () => {
    mkdirSync(cacheDir);
    const old = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    const recent = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    for (const [name, time] of [['chunk.old.js.v1-x64.v8cache', old], ['chunk.old.js.v1-x64.v8cache.77.partial', old],
      ['chunk.recent.js.v1-x64.v8cache', recent], ['notes.txt', old]] as const) {
      writeFileSync(join(cacheDir, name), 'x');
      utimesSync(join(cacheDir, name), time, time);
    }
    runChunk(chunkDir, cacheDir);
    assert.deepEqual(readdirSync(cacheDir).sort(),
      [`chunk.1234.js.${process.version}-${process.arch}.v8cache`, 'chunk.recent.js.v1-x64.v8cache', 'notes.txt']);
  });

  it('runs as usual when the cache cannot be written', () => {
    writeFileSync(cacheDir, 'a file where the directory would be');
    assert.deepEqual(runChunk(chunkDir, cacheDir), { answer: expected, where: 'cli-commands:true', uncached: 1, other: 'other' });
    assert.equal(readFileSync(cacheDir, 'utf8'), 'a file where the directory would be');
  });

  it('runs as usual, and ends, when the cache folder is under a file system that refuses new folders (/proc)', function () {
    // Node's recursive mkdir retried such a folder for good: every CLI run with XDG_CACHE_HOME=/proc/x hung.
    if (process.platform !== 'linux') this.skip();
    const started = Date.now();
    assert.deepEqual(runChunk(chunkDir, '/proc/goprof-no-such/cli'), { answer: expected, where: 'cli-commands:true', uncached: 1, other: 'other' });
    assert.ok(Date.now() - started < 30_000, `${Date.now() - started} ms`);
  });

  it('lives in the per-user cache directory, or where GOPROF_CODE_CACHE says, or nowhere when off', () => {
    assert.equal(codeCacheDir({ [CODE_CACHE_ENV]: 'off' }, 'linux'), undefined);
    assert.equal(codeCacheDir({ [CODE_CACHE_ENV]: '0' }, 'linux'), undefined);
    assert.equal(codeCacheDir({ [CODE_CACHE_ENV]: '/somewhere' }, 'linux'), '/somewhere');
    assert.equal(codeCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux'), join('/xdg', 'go-profile-explorer', 'cli'));
    assert.equal(codeCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32'),
      join('C:\\Users\\u\\AppData\\Local', 'go-profile-explorer', 'cli'));
    assert.equal(codeCacheDir({}, 'win32'), undefined);
    assert.match(codeCacheDir({}, 'linux') ?? '', /[\\/]\.cache[\\/]go-profile-explorer[\\/]cli$/);
    assert.match(codeCacheDir({}, 'darwin') ?? '', /[\\/]Library[\\/]Caches[\\/]go-profile-explorer[\\/]cli$/);
  });
});
