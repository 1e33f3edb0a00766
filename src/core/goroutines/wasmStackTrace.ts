// A Go program built by TinyGo for WebAssembly prints no Go traceback when it panics: the
// WebAssembly runtime that ran it prints its own stack, no goroutine header over it, after the
// program's `panic: …` line. wazero's names each function (its module's name first) over the
// locations DWARF gives it, the innermost inlined call's first, the function's own last:
//   wasm stack trace:
//   	main.runtime.nilPanic()
//   		0x732c: /usr/local/lib/tinygo/src/runtime/panic.go:180:16
//   	main.main.main()
//   		0x60: /app/main.go:10:5 (inlined)
//   		      /app/main.go:6:5
// wasmtime's numbers each frame under its error's chain, a location under each function:
//       1: error while executing at wasm backtrace:
//              0:  0x23ea6 - runtime._panic
//                              at /usr/local/lib/tinygo/src/runtime/panic.go:94:9
//              1:   0x3697 - main.wasm!main.main
//                              at /app/main.go:6:5
// A browser's console (V8: Chrome, Node) shows the trap as a JavaScript error, each WebAssembly
// function as a frame without a location, the host's JavaScript frames under them:
//   Uncaught (in promise) RuntimeError: unreachable
//       at runtime._panic (wasm-function[7]:31)
//       at (syscall/js.Value).Call (wasm://wasm/a2b042a6:wasm-function[16]:0x2d3e)
//       at global.Go.run (http://localhost:8080/wasm_exec.js:347:24)
// Such a trace, told from the text's first bytes, is rewritten before the text is cut into lines
// as the stack Go would print without its header (the crashed goroutine's): a call line per
// function, named as Go names it, over its own `file:line` with the wasm code offset as its `+0x…`.
// A frame without a location (a binary built without DWARF names its functions alone) is Go's frame
// at `?:0`, the runtime's own words for a PC without a line table; the last frame of a trace that
// did give locations is the paste's cut instead, left as it stood.
import { decodeEscapingBytes, decodeLineEscapingBytes, encodeKeepingBytes } from '../byteEscapes';
import { concatBytes, HeldBytes, rewriteWholeLines, type ByteRewrite } from './heldBytes';

const NEWLINE = 0x0a;
const MARKERS = ['wasm stack trace:', 'wasm backtrace:', 'RuntimeError: unreachable'];

/** The text's first bytes hold a line that ends with a WebAssembly runtime's stack trace marker. */
export function holdsWasmStackTrace(head: Uint8Array): boolean {
  const text = decodeEscapingBytes(head);
  return MARKERS.some(marker => {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      if (isMarkerLine(text.slice(at + marker.length, lineEndIn(text, at)))) return true;
    }
    return false;
  });
}

const lineEndIn = (text: string, at: number): number => {
  const newline = text.indexOf('\n', at);
  return newline < 0 ? text.length : newline;
};

/** What may follow a marker on its line: white space alone. */
const isMarkerLine = (rest: string): boolean => rest.trim() === '';

/** wazero's first location of a function: `0x732c: /…/panic.go:180:16`, `(inlined)` after it or not. */
const WAZERO_LOCATION = /^0x([0-9a-f]+): (\S.*)$/;
/** wasmtime's frame: `0:  0x23ea6 - runtime._panic`, a module's name and `!` before the function or not. */
const WASMTIME_FRAME = /^\d+:\s+0x([0-9a-f]+) - (\S.*)$/;
/** The place V8 gives a WebAssembly frame, in its parentheses: the function's index and the offset, in the module (`0x…`) or the function. */
const V8_WASM_PLACE = /^(?:wasm:\/\/wasm\/[\w.-]+:)?wasm-function\[\d+\]:(0x[0-9a-f]+|\d+)$/;
const V8_FRAME_START = 'at ';

/** V8's `at NAME (wasm-function[7]:31)`: the function's name and its offset in hex; null for a JavaScript frame or other text. */
function v8WasmFrame(line: string): { name: string; offset: string } | null {
  if (!line.startsWith(V8_FRAME_START) || !line.endsWith(')')) return null;
  const open = line.lastIndexOf(' (');
  if (open <= V8_FRAME_START.length) return null;
  const place = V8_WASM_PLACE.exec(line.slice(open + 2, -1));
  if (place === null) return null;
  const offset = place[1].startsWith('0x') ? place[1].slice(2) : Number(place[1]).toString(16);
  return { name: line.slice(V8_FRAME_START.length, open), offset };
}
const INLINED = ' (inlined)';

/** `/app/main.go:10:5` (the column after the line or not), `(inlined)` after it or not: its file and line; null when it is none. */
function fileAndLine(text: string): { file: string; line: string; inlined: boolean } | null {
  const inlined = text.endsWith(INLINED);
  let rest = inlined ? text.slice(0, -INLINED.length) : text;
  let colon = rest.lastIndexOf(':');
  if (colon <= 0 || !/^\d+$/.test(rest.slice(colon + 1))) return null;
  const previous = rest.lastIndexOf(':', colon - 1);
  if (previous > 0 && /^\d+$/.test(rest.slice(previous + 1, colon))) { rest = rest.slice(0, colon); colon = previous; }
  const file = rest.slice(0, colon);
  return /\s/.test(file) ? null : { file, line: rest.slice(colon + 1), inlined };
}

interface Frame { name: string; offset: string; file: string | null; line: string; inlined: boolean }

/**
 * TinyGo's symbol as Go prints a function: a method's receiver with its package outside the
 * parentheses (`(*github.com/x/core.Group).Queue` is `github.com/x/core.(*Group).Queue`).
 */
export function goFunctionName(symbol: string): string {
  if (!symbol.startsWith('(')) return symbol;
  const close = symbol.indexOf(')');
  if (close < 0 || symbol[close + 1] !== '.') return symbol;
  const star = symbol[1] === '*' ? '*' : '';
  const receiver = symbol.slice(1 + star.length, close);
  const dot = receiver.lastIndexOf('.');
  if (dot <= 0 || receiver.lastIndexOf('/') > dot) return symbol;
  const pkg = receiver.slice(0, dot);
  const type = receiver.slice(dot + 1);
  return star ? `${pkg}.(*${type})${symbol.slice(close + 1)}` : `${pkg}.${type}${symbol.slice(close + 1)}`;
}

/** wazero's `module.function(params) results`: the function's name, without the module's (`op.wasm.f` is `f`). */
function wazeroFunction(line: string): string | null {
  if (line.startsWith('0x')) return null;
  // The parameters are the last parentheses; a receiver's come before them.
  const close = line.lastIndexOf(')');
  const open = close < 0 ? -1 : line.lastIndexOf('(', close);
  if (open <= 0 || line.slice(close + 1).includes('(')) return null;
  const qualified = line.slice(0, open);
  const wasm = qualified.indexOf('.wasm.');
  const dot = qualified.indexOf('.');
  if ((wasm < 0 && dot < 0) || /\s/.test(qualified)) return null;
  return wasm >= 0 ? qualified.slice(wasm + 6) : qualified.slice(dot + 1);
}

/** wasmtime's `module!function` (`<unknown>!f`, `main.wasm!f`): the function's name. */
function wasmtimeFunction(name: string): string {
  const bang = name.indexOf('!');
  return bang >= 0 ? name.slice(bang + 1) : name;
}

/**
 * Rewrites the traces of a text read in chunks of any size: a line a chunk's end cuts is held until
 * the next chunk (or `flush`) ends it, and a frame until its last location is read.
 */
export class WasmStackTraceReader implements ByteRewrite {
  private readonly held = new HeldBytes();
  private readonly encoder = new TextEncoder();
  private trace: 'wazero' | 'wasmtime' | 'v8' | null = null;
  /** The frame whose locations are still being read, with the original lines it came from. */
  private frame: Frame | null = null;
  private frameLines: string[] = [];
  /** The trace read so far gave a frame its location: its last frame without one is cut. */
  private located = false;

  rewrite(chunk: Uint8Array): Uint8Array {
    return rewriteWholeLines(this.held, chunk, (input, start, end) => this.line(input, start, end));
  }

  flush(): Uint8Array {
    const rest = this.held.flush();
    const pieces = [rest.length > 0 ? this.line(rest, 0, rest.length) : rest];
    // A trace the text ends in: its last frame with the location read so far; a function whose
    // location the paste cut is left as it stood.
    if (this.frame !== null) pieces.push(encodeKeepingBytes(this.frameText(true), this.encoder));
    this.frame = null;
    return concatBytes(pieces);
  }

  /** The line bytes[s, e) (its line break in it, if it has one) as the scanner is to read it. */
  private line(bytes: Uint8Array, s: number, e: number): Uint8Array {
    if (this.trace === null && !this.mayBeMarker(bytes, s, e)) return bytes.subarray(s, e);
    const raw = decodeLineEscapingBytes(bytes.subarray(s, e));
    const text = raw.trim();
    if (this.trace === null) {
      if (text.endsWith(MARKERS[0])) this.trace = 'wazero';
      else if (text.endsWith(MARKERS[1])) this.trace = 'wasmtime';
      else if (text.endsWith(MARKERS[2])) this.trace = 'v8';
      return bytes.subarray(s, e);
    }
    const out = this.trace === 'wazero' ? this.wazeroLine(text, raw) : this.trace === 'wasmtime' ? this.wasmtimeLine(text, raw) : this.v8Line(text, raw);
    return out === null ? bytes.subarray(s, e) : encodeKeepingBytes(out, this.encoder);
  }

  /** A line that could hold a marker: it ends, white space aside, with `:` (or `e`, V8's `unreachable`). */
  private mayBeMarker(bytes: Uint8Array, s: number, e: number): boolean {
    let i = e;
    while (i > s && (bytes[i - 1] === NEWLINE || bytes[i - 1] === 0x0d || bytes[i - 1] === 0x20 || bytes[i - 1] === 0x09)) i--;
    return i - s >= 15 && (bytes[i - 1] === 0x3a || bytes[i - 1] === 0x65);
  }

  /** A wazero trace's line rewritten: '' while a frame is read, its lines when it ends; null passes the line (the trace ended). */
  private wazeroLine(text: string, raw: string): string | null {
    if (this.frame !== null) {
      const first = this.frame.file === null ? WAZERO_LOCATION.exec(text) : null;
      // A first location without its line number is the paste's cut inside it: kept so, without a line.
      if (first !== null) return this.keep(raw, { offset: first[1], ...(fileAndLine(first[2]) ?? { file: first[2], line: '', inlined: false }) });
      const more = this.frame.file !== null ? fileAndLine(text) : null;
      if (more !== null) return this.keep(raw, more);
    }
    const name = wazeroFunction(text);
    if (name !== null && name !== '') return this.startFrame({ name, offset: '', file: null, line: '', inlined: false }, raw);
    return this.endTrace(raw);
  }

  private wasmtimeLine(text: string, raw: string): string | null {
    if (this.frame !== null && this.frame.file === null && text.startsWith('at ')) {
      // A location without its line number is the paste's cut inside it: kept so, without a line.
      return this.keep(raw, fileAndLine(text.slice(3)) ?? { file: text.slice(3), line: '', inlined: false });
    }
    const frame = WASMTIME_FRAME.exec(text);
    if (frame !== null) return this.startFrame({ name: wasmtimeFunction(frame[2]), offset: frame[1], file: null, line: '', inlined: false }, raw);
    return this.endTrace(raw);
  }

  /** V8's frames: a WebAssembly function's, with no location; the host's JavaScript frame, or other text, ends the trace. */
  private v8Line(text: string, raw: string): string | null {
    const frame = v8WasmFrame(text);
    if (frame === null) return this.endTrace(raw);
    return this.startFrame({ name: frame.name, offset: frame.offset, file: null, line: '', inlined: false }, raw);
  }

  private keep(raw: string, location: Partial<Frame>): string {
    Object.assign(this.frame!, location);
    this.located = true;
    this.frameLines.push(raw);
    return '';
  }

  private startFrame(frame: Frame, raw: string): string {
    const before = this.frame !== null ? this.frameText(false) : '';
    this.frame = frame;
    this.frameLines = [raw];
    return before;
  }

  private endTrace(raw: string): string {
    const before = this.frame !== null ? this.frameText(true) : '';
    this.frame = null;
    this.trace = null;
    this.located = false;
    return before + raw;
  }

  /**
   * The frame read as Go prints one. A frame whose last location read is an inlined call's was cut
   * before its own: its location with the offset's mark alone (` +`), as Go's last frame cut after
   * its whole line number reads (the inlined call's number is whole). Without a
   * location, at `?:0`, unless it is the trace's last and the trace gave locations (the cut's).
   */
  private frameText(last: boolean): string {
    const frame = this.frame!;
    // The runtime's own names for what has none in Go (`<goroutine wrapper>`, `<wasm function 12>`) name no Go frame.
    if (frame.name.startsWith('<')) return '';
    if (frame.file === null) {
      if (last && this.located) return this.frameLines.join('');
      return `${goFunctionName(frame.name)}()\n\t?:0${frame.offset === '' ? '' : ` +0x${frame.offset}`}\n`;
    }
    if (frame.line === '') return `${goFunctionName(frame.name)}()\n\t${frame.file}\n`;
    const offset = frame.inlined ? ' +' : frame.offset === '' ? '' : ` +0x${frame.offset}`;
    return `${goFunctionName(frame.name)}()\n\t${frame.file}:${frame.line}${offset}\n`;
  }
}
