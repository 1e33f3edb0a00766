// A stack printed with its goroutine's header before every line (Cilium's lock debugging writes
// `debug.Stack()` so: `goroutine 92100 [running]:`, then `goroutine 92100 runtime/debug.Stack()`,
// `goroutine 92100 \t/usr/local/go/src/runtime/debug/stack.go:24 +0x65`, …), behind a log's prefix
// or none. Right after the header, a line of `goroutine `, the same id, a space and a call makes
// `goroutine <id> ` part of the prefix: with this id only, so that the next goroutine's header is
// still read as one, and its own lines teach its own id.
import { parseCallLine } from './lineParsers';
import type { LinePrefix } from './linePrefix';

const GOROUTINE = 'goroutine ';

/**
 * Where the call starts when text[s, end) is `goroutine <id> ` and a call line of the goroutine
 * whose header is `id`, else -1.
 */
export function callBehindGoroutineId(text: string, s: number, end: number, id: number | null): number {
  if (!text.startsWith(GOROUTINE, s)) return -1;
  let i = s + GOROUTINE.length;
  const digits = i;
  while (i < end && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  if (i === digits || i - digits > 19 || text.charCodeAt(i) !== 0x20 /* space */) return -1;
  if (id !== null && Number(text.slice(digits, i)) !== id) return -1;
  const call = i + 1;
  return parseCallLine(text, call, end) !== null ? call : -1;
}

/** The dump's prefix followed by `goroutine <id> `. */
export function withGoroutineId(outer: LinePrefix | null, id: number): LinePrefix {
  const own = `${GOROUTINE}${id} `;
  return {
    pattern: new RegExp(`${outer === null ? '' : `(?:${outer.pattern.source})`}${own}`, 'y'),
    sample: (outer?.sample ?? '') + own,
    closingBorder: outer?.closingBorder ?? null,
    head: outer?.head ?? null,
  };
}
