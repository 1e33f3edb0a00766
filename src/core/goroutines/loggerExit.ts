// A logging library's way out: `logger.Panicf`, zap's `(*Logger).Panic`, klog's `Fatalf` (which
// prints every goroutine's stack, its own frames on top of the one that called it). The crashed
// goroutine's innermost frames are then the logger's (its formatting, its output), which is a
// module like any other, and the call to blame is the one under its exit function.
import type { SourceFrame } from './model';

/** The names loggers give the calls that panic or exit (logrus, zap and its sugar, klog, glog, VictoriaMetrics' logger). */
const EXIT_NAMES = new Set([
  'Panic', 'Panicf', 'Panicln', 'Panicw', 'DPanic', 'DPanicf', 'DPanicw',
  'Fatal', 'Fatalf', 'Fatalln', 'Fatalw', 'FatalDepth',
]);

/** The last part of a function's name: `Panicf` of `…/lib/logger.Panicf`, `Panic` of `go.uber.org/zap.(*Logger).Panic`. */
function lastName(func: string): string {
  return func.slice(func.lastIndexOf('.') + 1);
}

/**
 * The first frame that `isUser` takes under the innermost logger exit call (and under the exit
 * calls right below it, a wrapper's `Fatalf` over the logger's); undefined when no frame is such a
 * call, or none under it is a user frame.
 */
export function frameUnderLoggerExit(frames: readonly SourceFrame[], isUser: (frame: SourceFrame) => boolean): SourceFrame | undefined {
  const exit = frames.findIndex(f => f.func.includes('.') && EXIT_NAMES.has(lastName(f.func)));
  if (exit < 0) return undefined;
  for (let i = exit + 1; i < frames.length; i++) {
    if (EXIT_NAMES.has(lastName(frames[i].func))) continue;
    if (isUser(frames[i])) return frames[i];
  }
  return undefined;
}
