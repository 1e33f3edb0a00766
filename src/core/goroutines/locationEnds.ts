// What may follow a frame's `file:line` on its line, in one table read by both location parsers:
// `parseLocationBytes` (byteLineParsers.ts, the scanner's byte path) and `parseLocationLine`
// (lineParsers.ts, the text path and every other reader of a location). Each row is one way the
// location's end is marked; the first row, in order, whose mark is on the line and holds there ends
// the location, and the line number is read back from that end. A new variant of a `file:line` line
// is one row here (docs/architecture.md lists the steps). No imports: both parsers import it.

/** One way a `file:line` is followed by more on its line. */
export interface LocationEndRow {
  readonly kind: string;
  /** ASCII the suffix starts with; its first occurrence on the line is the one looked at. */
  readonly mark: string;
  /** A line of the variant, as printed (the agreement test of the two parsers reads every row's). */
  readonly example: string;
  /** Whether the mark at `at`, on the line text[pos, end), ends the location. */
  onText(text: string, at: number, pos: number, end: number): boolean;
  /** The same test on the line's UTF-8 bytes, which must say what `onText` says of the same line. */
  onBytes(bytes: Uint8Array, at: number, pos: number, end: number): boolean;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLowerHex = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x66);

/** The character before the mark at `at`, `code`, is a line number's last digit. */
const digitBefore = (code: number, at: number, pos: number): boolean => at > pos && isDigit(code);

/** Past the hex digits from `from`: at the line's end or at ` fp=` (an offset whose `+` was lost). */
function hexToEndOrFramePointer(codeAt: (i: number) => number, from: number, end: number): boolean {
  let i = from;
  while (i < end && isLowerHex(codeAt(i))) i++;
  return i > from && (i === end || (codeAt(i) === 0x20 && codeAt(i + 1) === 0x66 && codeAt(i + 2) === 0x70 && codeAt(i + 3) === 0x3d));
}

// Apart from the rows: a closure made in a row's test would allocate its scope on every location line.
function textHexToEndOrFramePointer(text: string, from: number, end: number): boolean {
  return hexToEndOrFramePointer(i => text.charCodeAt(i), from, end);
}

function bytesHexToEndOrFramePointer(bytes: Uint8Array, from: number, end: number): boolean {
  return hexToEndOrFramePointer(i => bytes[i], from, end);
}

/** The rows, tried in this order: the first whose mark holds ends the location. */
export const LOCATION_ENDS: readonly LocationEndRow[] = [
  {
    // Go's own: `main.go:12 +0x1d`.
    kind: 'offset',
    example: '/app/main.go:12 +0x1d',
    mark: ' +0x',
    onText: () => true,
    onBytes: () => true,
  },
  {
    // gccgo prints a `created by` frame's offset in decimal: `proc.go:266 +56` (never from a 0: ` +0` is `+0x…` cut short).
    kind: 'decimal offset',
    example: '/usr/lib/go/src/runtime/proc.go:266 +56',
    mark: ' +',
    onText: (text, at) => text.charCodeAt(at + 2) !== 0x30 && isDigit(text.charCodeAt(at + 2)),
    onBytes: (bytes, at) => bytes[at + 2] !== 0x30 && isDigit(bytes[at + 2]),
  },
  {
    // A log wrapper or an OCR'd screenshot may drop the space: `/app/main.go:125+0x472`.
    kind: 'offset glued to the line number',
    example: '/app/main.go:125+0x472',
    mark: '+0x',
    onText: (text, at, pos) => digitBefore(text.charCodeAt(at - 1), at, pos),
    onBytes: (bytes, at, pos) => digitBefore(bytes[at - 1], at, pos),
  },
  {
    // A paste that decoded the text as a URL's query turned the `+` into a space: `/app/main.go:24  0x9d`.
    kind: 'offset without its plus',
    example: '/app/main.go:24  0x9d fp=0xc000051f90',
    mark: '  0x',
    onText: (text, at, pos, end) => digitBefore(text.charCodeAt(at - 1), at, pos) && textHexToEndOrFramePointer(text, at + 4, end),
    onBytes: (bytes, at, pos, end) => digitBefore(bytes[at - 1], at, pos) && bytesHexToEndOrFramePointer(bytes, at + 4, end),
  },
  {
    // ` fp=… sp=… pc=…` after the location at GOTRACEBACK=system.
    kind: 'frame pointer',
    example: '/app/main.go:12 fp=0xc000051f90 sp=0xc000051f70 pc=0x47d9c5',
    mark: ' fp=',
    onText: () => true,
    onBytes: () => true,
  },
  {
    // ` pc=…` alone for a cgo traceback's C frame.
    kind: 'program counter',
    example: '/tmp/cgo/x.c:7 pc=0x4a3b2c',
    mark: ' pc=',
    onText: () => true,
    onBytes: () => true,
  },
];

/** Whether `line` ends in a line number (`:12`) and a row's mark cut short after it (`main.go:12 +0`, `main.go:12 f`). */
export function endsInLocationMarkCutShort(line: string): boolean {
  return locationMarkCutShortAt(line) >= 0;
}

/** Where the row's mark cut short at the end of `line` (`main.go:12 +`) starts, right after the line number; -1 when it ends in none. */
export function locationMarkCutShortAt(line: string): number {
  for (const row of LOCATION_ENDS) {
    for (let k = 1; k < row.mark.length; k++) {
      if (!line.endsWith(row.mark.slice(0, k))) continue;
      const digitsEnd = line.length - k;
      let digitsStart = digitsEnd;
      while (digitsStart > 0 && isDigit(line.charCodeAt(digitsStart - 1))) digitsStart--;
      if (digitsStart < digitsEnd && line.charCodeAt(digitsStart - 1) === 0x3a /* : */) return digitsEnd;
    }
  }
  return -1;
}
