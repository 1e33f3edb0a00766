// The line classifier: what a line outside a goroutine's stack is (crash header, register dump,
// debug=1 record header, fence…). The stack lines themselves (header, call, `file:line`, `created
// by`) are read by the scanner's states, on the bytes where they can be. A new kind of line is a
// row here, and the transition it causes is a case in the scanner's `otherLine`.

export type LineKind =
  /** `N @ 0x… 0x…`: a debug=1 profile's record starts. */
  | 'record header'
  /** Lines the runtime prints around stacks that carry nothing to group: registers, hex dumps, `runtime: …`. */
  | 'noise'
  /** grep's `--`, the runtime's `-----` before another thread's section, a markdown fence: a section ends. */
  | 'section break'
  /** `panic: `, `fatal error: `, `SIGQUIT: quit`, … */
  | 'crash header'
  /** `goroutineleak profile: total N` (Go ≥ 1.26). */
  | 'leak profile header'
  /** `threadcreate profile: total N`: another debug=1 profile, whose records are no goroutines. */
  | 'other profile header'
  | 'runtime stack'
  /** `running tests:` under `panic: test timed out after …` (Go ≥ 1.20). */
  | 'running tests'
  /** `TestName (9m52s)` under `running tests:`. */
  | 'running test'
  /** `==================` around a race detector report. */
  | 'race rule'
  | 'race start'
  | 'none';

/** The parts of a classified line its transition needs; one object reused for every line. */
export interface ClassifiedLine {
  kind: LineKind;
  /** record header: the count; profile headers: the total. */
  count: number;
  /** other profile header: the profile's name; running test: the test. */
  name: string;
}

export const RACE_START = 'WARNING: DATA RACE';
export const RACE_RULE = '==================';
const FENCE = /^(```|~~~)/;
// `Exception 0xc0000005 0x0 0x8 0x7ff…`: a Windows exception (runtime/signal_windows.go).
// `runtime: goroutine stack exceeds 1000000000-byte limit`: a stack overflow, which may be all a paste keeps of the crash.
export const CRASH_HEADER = /^(panic: |fatal error: |SIG[A-Z0-9]+: |signal \d+|unexpected fault address |Exception 0x[0-9a-f]+ |runtime: goroutine stack exceeds )/;
// `non-Go function at pc=0x…` and its `pc=0x…` line: C frames of a cgo traceback (runtime.SetCgoTraceback).
const RUNTIME_NOISE = /^(PC=0x|\[signal |signal arrived during |runtime: |stack: frame=|traceback: |\[recovered\]|created by .*\[unknown goroutine\]|non-Go function( at pc=0x|$)|pc=0x)/;
const HEX_DUMP = /^0x[0-9a-f]+: /;
const REGISTER = /^[a-z][a-z0-9]{0,7}\s+0x[0-9a-f]+$/;
export const RECORD_HEADER = /^(\d+) @( 0x[0-9a-f]+)*$/;
/** The header of a debug=1 profile (`threadcreate profile: total 7`). */
const PROFILE_HEADER = /^(\w+) profile: total (\d+)$/;
/** "TestGatewayTar/GET_TAR (9m52s)" under "running tests:". */
const RUNNING_TEST = /^((?:Test|Benchmark|Fuzz|Example)\S*) \([0-9.]+[a-zµ]+(?:[0-9.]+[a-zµ]+)*\)$/;

/**
 * Classifies the trimmed line text[s, end) into `out` and returns its kind. The rows are tried in
 * this order; the first that matches names the line. `goroutine profile: total N` is no row: it is
 * read with the goroutine headers.
 */
export function classifyLine(text: string, s: number, end: number, out: ClassifiedLine): LineKind {
  out.kind = classify(text, s, end, out);
  return out.kind;
}

function classify(text: string, s: number, end: number, out: ClassifiedLine): LineKind {
  const first = text.charCodeAt(s);
  if (first >= 0x30 && first <= 0x39) {
    const line = text.slice(s, end);
    const record = RECORD_HEADER.exec(line);
    if (record) { out.count = Number(record[1]); return 'record header'; }
    return HEX_DUMP.test(line) ? 'noise' : 'none';
  }
  if ((end - s === 2 && text.startsWith('--', s)) || (end - s === 5 && text.startsWith('-----', s))) return 'section break';
  const line = text.slice(s, Math.min(end, s + 200));
  if (FENCE.test(line)) return 'section break';
  if (CRASH_HEADER.test(line)) return 'crash header';
  if (line.includes(' profile: total ')) {
    const profile = PROFILE_HEADER.exec(line);
    if (profile && profile[1] !== 'goroutine') {
      out.count = Number(profile[2]);
      out.name = profile[1];
      return profile[1] === 'goroutineleak' ? 'leak profile header' : 'other profile header';
    }
  }
  if (line === 'runtime stack:') return 'runtime stack';
  if (RUNTIME_NOISE.test(line) || REGISTER.test(line)) return 'noise';
  if (line === 'running tests:') return 'running tests';
  const test = RUNNING_TEST.exec(line);
  if (test) { out.name = test[1]; return 'running test'; }
  if (line.startsWith(RACE_RULE)) return 'race rule';
  if (line === RACE_START) return 'race start';
  return 'none';
}
