// A relay that made a log line of every write of the runtime's print (golang/go#32002: `goroutine `,
// `32`, ` [`, `running`, `]:` each behind docker compose's prefix, the runtime's own `\n` writes as
// empty lines) is read with each line's pieces joined back (printPieceLines.ts). The Go-made
// fixtures (scripts/go/printperline: a relay reading the child's stderr write by write) sit beside
// the stderr the runtime wrote, which the relay's text must read as.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeGoroutineDump, GoroutineDumpAnalyzer, type GoroutineAnalysis } from '../../../src/core/goroutines';
import { printPiecePrefix } from '../../../src/core/goroutines/printPieceLines';
import { readGoroutines } from '../../../src/core/input';
import { CORPUS_DIR, DEMO_DIR } from './goldenSummary';

const fixture = (name: string) => readFileSync(join(DEMO_DIR, name), 'utf8');
const PASTE = readFileSync(join(DEMO_DIR, 'pasted', 'golang_32002_compose_prefix_one_token_per_line_nested_panic_fp_sp_pc_cut.txt'), 'utf8');
const RELAYED = ['print_per_line_compose_prefix', 'print_per_line_clock_prefix_deadlock'];

/** What a reader sees of a dump: its crash, whether it was cut, each goroutine's state, frames and creator, and the first suspect. */
function reading(a: GoroutineAnalysis): unknown {
  return {
    crash: a.dump.crash?.message ?? null,
    truncated: a.dump.truncated,
    goroutines: [...a.dump.goroutines].map(g => ({
      id: g.id, state: g.state, cut: g.cut, frames: g.frames.map(f => `${f.func} ${f.file}:${f.line}`),
      createdBy: g.createdBy === null ? null : `${g.createdBy.func} ${g.createdBy.file}:${g.createdBy.line}`,
    })),
    first: a.groups[0]?.suspect ?? null,
  };
}

function inPieces(text: string, size: number): GoroutineAnalysis {
  const bytes = new TextEncoder().encode(text);
  const analyzer = new GoroutineDumpAnalyzer();
  for (let at = 0; at < bytes.length; at += size) analyzer.push(bytes.subarray(at, at + size));
  return analyzer.finish();
}

describe('goroutines: a dump relayed one runtime print per log line', () => {
  for (const name of RELAYED) {
    it(`${name} (Go-made): reads as the stderr the runtime wrote, whole and in pieces of any size`, () => {
      const relayed = fixture(`${name}.txt`);
      const written = reading(analyzeGoroutineDump(fixture(`${name}.stderr.txt`)));
      assert.deepEqual(reading(analyzeGoroutineDump(relayed)), written);
      for (const size of [1, 7, 64, 1000]) assert.deepEqual(reading(inPieces(relayed, size)), written, `pieces of ${size}`);
      // The relay's last line (its child's exit) is the only line skipped.
      assert.deepEqual(analyzeGoroutineDump(relayed).dump.warnings.map(w => w.message.replace(/^line \d+/, 'line')), ['line: skipped 1 line that is not part of a goroutine dump, starting "relay: exit status 2"']);
    });
  }

  it('the nested panic, the goroutines blocked on a channel and a mutex, each creator: what the relayed panic reads', () => {
    const a = analyzeGoroutineDump(fixture('print_per_line_compose_prefix.txt'));
    assert.equal(a.dump.crash?.message, 'panic: assignment to entry in nil map [recovered] / panic: re-panic: assignment to entry in nil map');
    assert.deepEqual([...a.dump.goroutines].map(g => [g.state, g.frames.length, g.createdBy?.func ?? null]),
      [['running', 5, null], ['chan send', 1, 'main.child'], ['chan send', 1, 'main.child'], ['semacquire', 4, 'main.child']]);
    assert.match(a.groups[0].suspect ?? '', /^1 goroutine crashed .* in main\.child\.func3\.1 \(main\.go:39\)$/);
    const deadlock = analyzeGoroutineDump(fixture('print_per_line_clock_prefix_deadlock.txt'));
    assert.equal(deadlock.dump.crash?.message, 'fatal error: all goroutines are asleep - deadlock!');
  });

  it('empty records whose trailing blank the log trimmed, CRLF line breaks: read alike', () => {
    const name = RELAYED[0];
    const written = reading(analyzeGoroutineDump(fixture(`${name}.stderr.txt`)));
    const trimmed = fixture(`${name}.txt`).replace(/^app_1 {2}\| $/gm, 'app_1  |');
    assert.notEqual(trimmed, fixture(`${name}.txt`));
    assert.deepEqual(reading(analyzeGoroutineDump(trimmed)), written);
    assert.deepEqual(reading(analyzeGoroutineDump(fixture(`${name}.txt`).replace(/\n/g, '\r\n'))), written);
  });

  it('cut inside a header or a call\'s arguments: the dump truncated, the goroutines before the cut whole', () => {
    const lines = fixture('print_per_line_compose_prefix.txt').split('\n');
    const header = lines.findIndex((line, i) => i > 20 && line === 'app_1  | goroutine ');
    const cutInHeader = analyzeGoroutineDump(lines.slice(0, header + 3).join('\n'));
    assert.equal(cutInHeader.dump.truncated, true);
    // The header cut in its bracket is kept, a goroutine cut before its first frame.
    assert.deepEqual([...cutInHeader.dump.goroutines].map(g => [g.id, g.cut]), [[1, false], [18, true]]);
    const args = lines.findIndex((line, i) => i > header && line === 'app_1  | (');
    // The call cut in its arguments is kept as a frame.
    const cutInCall = analyzeGoroutineDump(lines.slice(0, args + 1).join('\n'));
    assert.equal(cutInCall.dump.truncated, true);
    assert.deepEqual([...cutInCall.dump.goroutines].map(g => [g.id, g.cut, g.frames.length]), [[1, false, 5], [18, true, 1]]);
  });

  it('the real paste (docker compose\'s prefix, its first `panic: ` copied without it, cut after the first frame): the nested panic over goroutine 32, cut', () => {
    const a = analyzeGoroutineDump(PASTE);
    assert.deepEqual(reading(a), {
      crash: 'panic: interface conversion: http.http2Frame is *http.http2UnknownFrame, not *http.http2HeadersFrame / panic: err must be non-nil',
      truncated: true,
      goroutines: [{ id: 32, state: 'running', cut: true, frames: ['panic /usr/local/go/src/runtime/panic.go:565'], createdBy: null }],
      first: '1 goroutine crashed (panic: interface conversion: http.http2Frame is *http.http2UnknownFrame, not *http.http2HeadersFrame / panic: err must be non-nil), cut before the frame that panicked',
    });
    assert.doesNotThrow(() => readGoroutines(PASTE));
  });

  it('no other fixture is taken for such a relay: the three records of a header are needed', () => {
    const dirs = [DEMO_DIR, CORPUS_DIR, join(DEMO_DIR, 'pasted')];
    const taken = dirs.flatMap(dir => readdirSync(dir).filter(f => f.endsWith('.txt')).filter(f => printPiecePrefix(readFileSync(join(dir, f)).subarray(0, 64 * 1024)) !== null));
    assert.deepEqual(taken.sort(), [...RELAYED.map(n => `${n}.txt`), 'golang_32002_compose_prefix_one_token_per_line_nested_panic_fp_sp_pc_cut.txt'].sort());
    // A header's words on lines of their own without the id alone under them, or a prose line ending in `goroutine `, are no relay.
    assert.equal(printPiecePrefix(new TextEncoder().encode('log | goroutine \nlog | 32 [running]:\nlog | main.main()\n')), null);
    assert.equal(printPiecePrefix(new TextEncoder().encode('the stuck goroutine \n7\nof them\n')), null);
  });
});
