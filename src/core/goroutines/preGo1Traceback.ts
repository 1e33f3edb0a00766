// Before Go 1 (the weekly releases and r60 of 2011), the runtime printed each frame as two lines:
// the function with its pc's offset and its `file:line` first, the call with its arguments under it,
// indented; a goroutine's creator after a line of dashes, as one such first line; a goroutine's status
// as the runtime's number; and the crashed goroutine's stack with no header over it:
//   panic: runtime error: index out of range
//
//   runtime.panic+0xac /home/u/go/src/pkg/runtime/proc.c:1060
//   	runtime.panic(0x41da98, 0xf840001210)
//   main.printout+0x86 /tmp/base64.go:57
//   	main.printout(0xf8400119b0, 0xf840011960, 0x0, 0x0)
//   runtime.goexit /home/u/go/src/pkg/runtime/proc.c:178
//   	runtime.goexit()
//   ----- goroutine created by -----
//   main.main+0xb7 /tmp/base64.go:79
//
//   goroutine 2 [1]:
// Such a text, told from its first bytes (a frame's two lines, the call naming the function of the
// line above it), is rewritten before it is cut into lines as Go 1 prints it: the call over its
// `file:line` with the offset (`+0xac`; none where none was printed, a function's entry), `created by`
// over the creator's, the status by its name. A frame whose call line the text's end cut is left as
// it stood, as is every line of another shape.
import { decodeEscapingBytes, decodeLineEscapingBytes, encodeKeepingBytes } from '../byteEscapes';
import { concatBytes, HeldBytes, rewriteWholeLines, type ByteRewrite } from './heldBytes';


/** `main.printout+0x86 /tmp/base64.go:57`, `runtime.goexit /…/proc.c:178`: the function, its offset (or none) and its location. */
const FRAME_LINE = /^([^\s+()]+)(?:\+0x([0-9a-f]+))? (\S(?:.*\S)?):(\d+)$/;
/** The line over a goroutine's creator. */
const CREATOR_MARK = '----- goroutine created by -----';
/** `goroutine 2 [1]:`: the status as the runtime's number. */
const NUMBERED_HEADER = /^(goroutine \d+ \[)(\d)(\]:)$/;
/** The runtime's goroutine statuses of 2011 (runtime.h: Gidle, Grunnable, Grunning, Gsyscall, Gwaiting, Gmoribund, Gdead). */
const STATUS_NAMES = ['idle', 'runnable', 'running', 'syscall', 'waiting', 'moribund', 'dead'];

interface FrameLine { func: string; offset: string | undefined; location: string }

function frameLine(text: string): FrameLine | null {
  const m = FRAME_LINE.exec(text);
  return m === null ? null : { func: m[1], offset: m[2], location: `${m[3]}:${m[4]}` };
}

/** The call under a frame line: indented, naming the same function, its arguments in parentheses. */
function isCallOf(raw: string, func: string): boolean {
  const text = raw.trim();
  return /^\s/.test(raw) && text.startsWith(`${func}(`) && text.endsWith(')');
}

/** The text's first bytes hold a frame's two lines of this format. */
export function holdsPreGo1Traceback(head: Uint8Array): boolean {
  const lines = decodeEscapingBytes(head).split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const frame = lines[i].length < 600 ? frameLine(lines[i].trimEnd()) : null;
    if (frame !== null && isCallOf(lines[i + 1].trimEnd(), frame.func)) return true;
  }
  return false;
}

/** Rewrites the frames of a text read in chunks of any size: a line a chunk's end cuts is held until the next, a frame line until its call. */
export class PreGo1TracebackReader implements ByteRewrite {
  private readonly held = new HeldBytes();
  private readonly encoder = new TextEncoder();
  /** The frame line read last, its call line still to come, with the line as it stood. */
  private frame: FrameLine | null = null;
  private frameRaw = '';
  /** The creator's mark as it stood, when it was the line read last: a frame line naming the creator comes next. */
  private creatorMark: string | null = null;

  rewrite(chunk: Uint8Array): Uint8Array {
    return rewriteWholeLines(this.held, chunk, (input, start, end) => this.line(input, start, end));
  }

  flush(): Uint8Array {
    const rest = this.held.flush();
    const last = rest.length > 0 ? this.line(rest, 0, rest.length) : rest;
    // A frame line the text ends under, its call cut off: left as it stood.
    const cut = encodeKeepingBytes((this.frame !== null ? this.frameRaw : '') + (this.creatorMark ?? ''), this.encoder);
    this.frame = null;
    this.creatorMark = null;
    return concatBytes([last, cut]);
  }

  /** The line bytes[s, e) (its line break in it, if it has one) as the scanner is to read it. */
  private line(bytes: Uint8Array, s: number, e: number): Uint8Array {
    const raw = decodeLineEscapingBytes(bytes.subarray(s, e));
    const out = this.lineText(raw);
    return out === null ? bytes.subarray(s, e) : encodeKeepingBytes(out, this.encoder);
  }

  /** The line rewritten ('' while it is held), or null to pass it as it is. */
  private lineText(raw: string): string | null {
    const text = raw.replace(/\r?\n$/, '');
    const lineBreak = raw.slice(text.length) || '\n';
    if (this.frame !== null) {
      const frame = this.frame;
      const held = this.frameRaw;
      this.frame = null;
      if (isCallOf(text, frame.func)) return `${text.trim()}${lineBreak}\t${frame.location}${frame.offset === undefined ? '' : ` +0x${frame.offset}`}${lineBreak}`;
      // No call under it: the line was no frame of this format; it and this line read as they stood.
      const next = this.lineText(raw);
      return held + (next ?? raw);
    }
    if (this.creatorMark !== null) {
      const mark = this.creatorMark;
      this.creatorMark = null;
      // A fence the paste glued to the creator's line, the dump's last, stays glued to it.
      const trimmed = text.trim();
      const fenceAt = trimmed.search(/`+$/);
      const creator = frameLine(fenceAt < 0 ? trimmed : trimmed.slice(0, fenceAt));
      const fence = fenceAt < 0 ? '' : trimmed.slice(fenceAt);
      if (creator !== null) return `created by ${creator.func}${lineBreak}\t${creator.location}${creator.offset === undefined ? '' : ` +0x${creator.offset}`}${fence}${lineBreak}`;
      // No creator under the mark (the text's own dashes): both read as they stood.
      return mark + (this.lineText(raw) ?? raw);
    }
    const trimmed = text.trim();
    if (trimmed === CREATOR_MARK) { this.creatorMark = raw; return ''; }
    const header = NUMBERED_HEADER.exec(trimmed);
    if (header !== null && Number(header[2]) < STATUS_NAMES.length) return `${header[1]}${STATUS_NAMES[Number(header[2])]}${header[3]}${lineBreak}`;
    const frame = text.length < 4096 ? frameLine(trimmed) : null;
    if (frame !== null) { this.frame = frame; this.frameRaw = raw; return ''; }
    return null;
  }
}
