// gccgo's tracebacks (libgo) print a frame it has no symbol for with an empty name: a blank line,
// then `\t:0`. It follows the signal handler's frames (the kernel's signal trampoline has no
// symbol), so in a goroutine that crashed on a signal the blank line is that frame's name, not the
// end of the stack. The name kept for such a frame is `?`, as addr2line says of an unknown one.

/** What a frame without a name is called. */
export const NAMELESS_FRAME = '?';

/** The frames gccgo's runtime prints for a signal being handled, above the nameless trampoline frame. */
const SIGNAL_HANDLER_FRAMES = new Set([
  'runtime.sighandler', 'runtime.sigtrampgo', 'runtime.sigtramp', 'runtime.sigfwdgo',
  // The C runtime of gccgo before Go 1.8 (libgo/runtime/go-signal.c).
  'runtime_sighandler', 'sig_panic_leadin', 'sig_panic_info_handler', 'sig_tramp_info', 'sig_tramp',
]);

/**
 * The frame is one of gccgo's signal handler's, or a nameless one (C code without symbols, a cgo
 * call's, comes as a run of them): a blank line after it may be the nameless frame under it.
 */
export function mayPrecedeNamelessFrame(func: string | undefined): boolean {
  return func !== undefined && (SIGNAL_HANDLER_FRAMES.has(func) || func === NAMELESS_FRAME);
}

/** `:0` or `:123` alone (text[s, end), trimmed): the `file:line` of a frame gccgo knows no file for. */
export function isNamelessLocation(text: string, s: number, end: number): boolean {
  if (end - s < 2 || end - s > 11 || text.charCodeAt(s) !== 0x3a /* : */) return false;
  for (let i = s + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** gccgo's C runtime raising a panic (libgo/runtime/panic.c, go-panic.c): where a panic is printed, not where it comes from. */
const PANIC_FRAMES = new Set(['__go_panic', '__go_panic_msg', '__go_runtime_error', 'runtime_dopanic', 'runtime_panicstring', 'runtime_throw']);

/** A frame of gccgo's signal handling or panic machinery, or a nameless one: never the one to blame. */
export function isGccgoCrashMachinery(func: string): boolean {
  return func === NAMELESS_FRAME || SIGNAL_HANDLER_FRAMES.has(func) || PANIC_FRAMES.has(func);
}
