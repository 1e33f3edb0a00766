// uber-go/goleak's report of the goroutines still running when a test ended: `found unexpected
// goroutines:`, then a list in brackets whose every goroutine opens with
// `[Goroutine 62 in state select, with net/http.(*persistConn).writeLoop on top of the stack:`
// (the next ones with ` Goroutine …`). Since goleak 1.3 the stack follows without its goroutine
// header; before, Go's own header (`goroutine 62 [select]:`) came next.
import { goroutineIdOfDigits, type GoroutineId } from './goroutineIds';

/** What a goleak line says of its goroutine. */
export interface GoleakGoroutine {
  readonly id: GoroutineId;
  /** The state as Go's header prints it (`select`, `chan receive, 3 minutes`). */
  readonly state: string;
}

const GOLEAK_LINE = /^\[?Goroutine (\d{1,19}) in state ([^,\]]+(?:, \d+ minutes)?(?:, locked to thread)?), with \S+ on top of the stack:$/;

/** The trimmed line text[s, end) as a goleak line, or null. */
export function parseGoleakLine(text: string, s: number, end: number): GoleakGoroutine | null {
  if (end - s > 4096) return null;
  const match = GOLEAK_LINE.exec(text.slice(s, end));
  return match === null ? null : { id: goroutineIdOfDigits(match[1]), state: match[2] };
}

/**
 * The goroutine header Go would have printed for it. Not marked `(leaked)`: that says the runtime
 * found the leak (Go ≥ 1.26), where goleak only found the goroutine still running.
 */
export function goleakHeader(goroutine: GoleakGoroutine): string {
  return `goroutine ${goroutine.id} [${goroutine.state}]:`;
}

const GOLEAK_LINE_CUT = /^\[?Goroutine (\d{1,19}) in state ([^,\]]+), with /;

/** A goleak line cut after its state (a paste's last line): its goroutine, or null. */
export function parseGoleakLineCut(line: string): GoleakGoroutine | null {
  const match = line.length > 4096 ? null : GOLEAK_LINE_CUT.exec(line);
  return match === null ? null : { id: goroutineIdOfDigits(match[1]), state: match[2] };
}
