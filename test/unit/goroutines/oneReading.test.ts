// A dump reads the same whatever form it comes in: UTF-8 bytes (a file), a string (an editor's
// text) or UTF-16 with its byte order mark (PowerShell's `>`). The string and the UTF-16 text are
// read on the byte path as UTF-8, so the junk gate and the crash lines held behind text decide
// alike for all three.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyzeGoroutineDump, type GoroutineGroup, type SourceFrame } from '../../../src/core/goroutines';
import { CORPUS_DIR, DEMO_DIR, GOLDEN_DIR } from './goldenSummary';

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff; bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); bytes[2 + 2 * i] = c & 0xff; bytes[3 + 2 * i] = c >> 8; }
  return bytes;
}

const frame = (f: SourceFrame) => `${f.func} ${f.file}:${f.line}`;
const group = (g: GoroutineGroup) => ({ count: g.count, state: g.state, frames: g.frames.map(frame), createdBy: g.createdBy ? frame(g.createdBy) : null, crashed: g.crashed, suspect: g.suspect });

/** What a reader relies on: counts, groups, the crash, the warnings. */
function reading(input: string | Uint8Array) {
  const a = analyzeGoroutineDump(input);
  return {
    format: a.dump.format, total: a.total, parsed: a.parsed, truncated: a.dump.truncated, crash: a.dump.crash,
    culprit: a.stackSuspect?.sentence ?? null, warnings: a.dump.warnings, groups: a.groups.map(group),
  };
}

function assertOneReading(text: string, what: string): void {
  const bytes = reading(new TextEncoder().encode(text));
  assert.deepEqual(reading(text), bytes, `${what}: as a string`);
  assert.deepEqual(reading(utf16le(text)), bytes, `${what}: as UTF-16LE with its byte order mark`);
}

/** Every text dump under `dir` and its folders, gzipped ones unpacked; goldens are not dumps. */
function dumpFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === GOLDEN_DIR ? [] : dumpFiles(path);
    return /\.txt(\.gz)?$/.test(name) ? [path] : [];
  });
}

function textOf(path: string): string {
  const bytes = readFileSync(path);
  return new TextDecoder().decode(path.endsWith('.gz') ? gunzipSync(bytes) : bytes);
}

describe('goroutines: one reading for bytes, strings and UTF-16', () => {
  const files = [...dumpFiles(DEMO_DIR), ...dumpFiles(CORPUS_DIR)];

  it('finds the fixtures', () => {
    assert.ok(files.length > 150, `${files.length} dumps`);
  });

  it('every fixture dump and corpus dump', function () {
    // ~1,200 inputs read three ways each: ~75 s of CPU on a machine loaded by seven sessions, past mocha's 60 s.
    this.timeout(300_000);
    for (const file of files) assertOneReading(textOf(file), file);
  });

  it('a crash line between prose lines, confirmed by the stack after it, on every path', () => {
    const text = '// panic: oh! B panicked\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\nfailed main.go:12 [chan\nmain.sleeper()\n';
    assertOneReading(text, 'prose and crash lines');
    const utf16 = analyzeGoroutineDump(utf16le(text));
    assert.equal(utf16.dump.crash?.line, 2);
    assert.match(utf16.dump.crash?.message ?? '', /^SIGSEGV: segmentation violation/);
  });

  it('UTF-16 with CR line breaks only, and copied newest line first', () => {
    const dump = 'panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:5 +0x1d\nexit status 2\n';
    assertOneReading(dump.replace(/\n/g, '\r'), 'CR only');
    const reversed = dump.trimEnd().split('\n').reverse().join('\n') + '\n';
    assertOneReading(reversed, 'newest line first');
    assert.equal(analyzeGoroutineDump(utf16le(reversed)).dump.crash?.message, 'panic: boom');
  });
});
