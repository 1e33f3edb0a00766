// The variants of a goroutine header's frame, `goroutine N␣[state…]:`, in one table read by both
// header parsers: `parsePlainHeaderBytes` (byteLineParsers.ts, the scanner's byte path) and
// `parseHeaderLine` (lineParsers.ts, the text path and every other reader of a header). A header is
// cut in two places where Go's versions differ: what stands between the id and the bracket, and
// what follows the bracket. Each row is one variant of one place, with its test on the text and, when
// the byte path reads it, on the bytes; a row without a test on the bytes has its headers declined
// by the byte parser and read on the text path. What the bracket says (state, minutes, markers) is
// parsed once, on the text, for both paths (`parseHeaderLine`). A new header variant is one row
// here (docs/architecture.md lists the steps). No imports: both parsers import it.

/** What a row of what follows the bracket found: where the labels' text is, or none. */
export interface HeaderTail {
  labelsStart: number;
  labelsEnd: number;
}

/** One variant of what stands between a header's id and its `[`. */
export interface HeaderGapRow {
  readonly kind: string;
  /** A whole header of the variant, as printed (the agreement test of the two parsers reads every row's). */
  readonly example: string;
  /** Whether text[idEnd, open) (`open` at the first `[` after the id) is this variant's. */
  onText(text: string, idEnd: number, open: number): boolean;
  /** The same test on the line's bytes; absent: the byte parser declines the header. */
  readonly onBytes?: (bytes: Uint8Array, idEnd: number, open: number) => boolean;
}

/** One variant of what follows a header's `]`. */
export interface HeaderTailRow {
  readonly kind: string;
  /** A whole header of the variant, as printed. */
  readonly example: string;
  /** Whether the variant carries the goroutine's labels (then a bracket that held labels, Go 1.26's, cannot have it). */
  readonly labels: boolean;
  /**
   * Whether `tail` (what follows the bracket, trimmed, closing quote marks dropped) is this variant's:
   * null when not; else the labels' text inside it, read only in a row with `labels`.
   */
  onText(tail: string): string | null;
  /** The same test on the bytes after the `]` at `close` up to the trimmed line's end, the labels' place put in `found`; absent: declined. */
  readonly onBytes?: (bytes: Uint8Array, close: number, end: number, found: HeaderTail) => boolean;
}

const SPACE = 0x20;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

// Crash tracebacks since Go 1.23 name the goroutine's g and its thread's m.
const THREAD_WORDS = /^ gp=\S+ m=\S+( mp=\S+)? $/;
const LABELS_AFTER_BRACKET = /^\{(.*)\}:?$/;

/** What stands between the id and the bracket, tried in this order. */
export const HEADER_GAPS: readonly HeaderGapRow[] = [
  {
    kind: 'one space',
    example: 'goroutine 1 [running]:',
    onText: (text, idEnd, open) => open === idEnd + 1 && text.charCodeAt(idEnd) === SPACE,
    onBytes: (bytes, idEnd, open) => open === idEnd + 1 && bytes[idEnd] === SPACE,
  },
  {
    kind: 'the goroutine\'s g and m',
    example: 'goroutine 1 gp=0xc000002380 m=0 mp=0x5e5d20 [running]:',
    onText: (text, idEnd, open) => THREAD_WORDS.test(text.slice(idEnd, open)),
  },
];

/** What follows the bracket, tried in this order. */
export const HEADER_TAILS: readonly HeaderTailRow[] = [
  {
    kind: 'a colon',
    example: 'goroutine 1 [chan receive, 3 minutes]:',
    labels: false,
    onText: tail => tail === ':' || tail === '' ? '' : null,
    onBytes(bytes, close, end, found) {
      if (close !== end - 1 && (close !== end - 2 || bytes[end - 1] !== COLON)) return false;
      found.labelsStart = found.labelsEnd = -1;
      return true;
    },
  },
  {
    // runtime/pprof labels (Go ≥ 1.27, or GODEBUG=tracebacklabels=1).
    kind: 'labels after the bracket',
    example: 'goroutine 1 [chan receive] {request_id: "abc-123", role: reader}:',
    labels: true,
    onText(tail) {
      const braces = LABELS_AFTER_BRACKET.exec(tail);
      return braces === null ? null : braces[1];
    },
    onBytes(bytes, close, end, found) {
      if (end - close < 5 || bytes[close + 1] !== SPACE || bytes[close + 2] !== OPEN_BRACE || bytes[end - 2] !== CLOSE_BRACE || bytes[end - 1] !== COLON) return false;
      found.labelsStart = close + 3;
      found.labelsEnd = end - 2;
      return true;
    },
  },
];

/**
 * A pattern of the texts a line of the example's shape may be cut to, from its start: each run of
 * letters and digits that holds a digit (an id, an address, a number) may be any such run, every other
 * character is itself, and the text may stop anywhere (`' gp=0xc000002380 m=0 '` gives `' gp=0xc0'`,
 * `' g'`, `''`, …, and the whole).
 */
function cutShapeOf(example: string): RegExp {
  const runs = example.match(/[0-9A-Za-z]+|[^0-9A-Za-z]/g) ?? [];
  let pattern = '';
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i];
    const rest = pattern === '' ? '' : `(?:${pattern})?`;
    if (/\d/.test(run)) pattern = `[0-9A-Za-z]*${rest}`;
    else {
      const escaped = [...run].map(c => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      // A literal word cut inside, or whole and followed by the rest.
      const cuts = escaped.map((_c, k) => escaped.slice(0, k + 1).join(''));
      pattern = `(?:${cuts.slice(0, -1).map(cut => `${cut}$`).concat(`${cuts[cuts.length - 1]}${rest}`).join('|')})`;
    }
  }
  return new RegExp(`^(?:${pattern})?$`);
}

/** Each gap row's example's gap, what stands between its id and `[`. */
const GAP_CUT_SHAPES = HEADER_GAPS.map(row => {
  const idEnd = /^goroutine \d+/.exec(row.example)![0].length;
  return cutShapeOf(row.example.slice(idEnd, row.example.indexOf('[')));
});

/** Whether `gap`, what follows a header's id up to the text's end, is a gap of a row's shape cut short (or whole). */
export function isHeaderGapCutShort(gap: string): boolean {
  return GAP_CUT_SHAPES.some(shape => shape.test(gap));
}

/** Whether `gap`, what stands between a header's id and its `[`, is some row's. */
export function isHeaderGap(gap: string): boolean {
  return HEADER_GAPS.some(row => row.onText(gap, 0, gap.length));
}
