// Structured loggers write a recovered panic as a record whose message names it and whose fields
// hold the panic's value and the stack: Kubernetes' HandleCrash through klog's JSON format
// (`{"msg":"Observed a panic","panic":"runtime error: …","stacktrace":"goroutine 12 [running]:\n…"}`),
// logfmt's `msg="Observed a panic" panic="…" stacktrace="…"`. The stack is read as an escaped dump
// (escapedDump.ts); the message and the value together are the crash line Go's own text would
// have had (`Observed a panic: runtime error: …`), when they make one. klog's structured text
// format writes the same record as a line of its own (`"Observed a panic" panic="…" stacktrace=<`),
// the stack on the lines under it: that line is a crash line, named the same way.
import { CRASH_LINE, KLOG_OBSERVED_PANIC } from './crashLines';

/** A message field, JSON or logfmt; a quoted value's characters are an escape or one that is neither a quote nor a backslash (one way to match each: linear). */
const MESSAGE = /(?:^|[\s{,])"?(?:msg|message)"?[:=]"((?:[^"\\]|\\.){1,200})"/;
const PANIC_VALUE = /(?:^|[\s{,])"?panic"?[:=]"((?:[^"\\]|\\.){1,2000})"/;

function unquoted(escaped: string): string {
  try {
    return JSON.parse(`"${escaped}"`) as string;
  } catch {
    return escaped;
  }
}

/** The crash line made of the record's message and its `panic` field in text[from, end), or null. */
export function recordPanicCrashLine(text: string, from: number, end: number): string | null {
  const line = text.slice(from, end);
  const message = MESSAGE.exec(line);
  if (message === null) return null;
  const value = PANIC_VALUE.exec(line);
  if (value === null) return null;
  const crash = `${unquoted(message[1])}: ${unquoted(value[1])}`;
  return CRASH_LINE.test(crash) && !crash.includes('\n') ? crash : null;
}

/**
 * klog's text record of HandleCrash (`"Observed a panic" panic="runtime error: …" … stacktrace=<`)
 * as the crash line Go's own text would have had; the message alone when its value is not on the line.
 */
export function klogPanicRecordCrashLine(line: string): string {
  const message = unquoted(KLOG_OBSERVED_PANIC.slice(1, -2));
  const value = PANIC_VALUE.exec(line);
  const crash = value === null ? message : `${message}: ${unquoted(value[1])}`;
  return crash.includes('\n') ? message : crash;
}
