// Log records that hold a stack field without its goroutine header (logRecords.ts'
// headlessStackField) in shapes other than a record on one line that starts as JSON or logfmt:
//   a pretty-printed JSON record, one member a line:
//     "stack_trace":"runtime error: index out of range [100] with length 1\nmain.main.func1\n\t/x/main.go:138\n…",
//   PingCAP's record (TiDB, PD) whose time column the paste left out:
//     [ERROR] [misc.go:91] ["panic in the recoverable goroutine"] [r="…"] ["stack trace"="github.com/…\n\t…"]

/** A pretty-printed JSON record's member line: blanks, then a quoted key and its colon. */
const JSON_MEMBER_LINE = /^[ \t]{0,32}"[\w .-]{1,64}"[ \t]{0,4}:/;
/** PingCAP's record from its level on: `[ERROR] [misc.go:91] `. */
const LEVEL_FIRST_RECORD = /^[ \t]{0,32}\[(?:FATAL|ERROR|WARN|INFO|DEBUG)\] \[[\w.-]{1,128}:\d{1,9}\] /;

/** Whether text[from, to) starts as one of those records (a few characters looked at, whatever the line). */
export function startsStackFieldRecord(text: string, from: number, to: number): boolean {
  const head = text.slice(from, Math.min(to, from + 200));
  return JSON_MEMBER_LINE.test(head) || LEVEL_FIRST_RECORD.test(head);
}

/**
 * On the bytes, for the junk gate: bytes[from, to) may start one of those records (blanks, then a
 * quote, or `[` and a capital letter). The exact test is startsStackFieldRecord's.
 */
export function mayStartStackFieldRecord(bytes: Uint8Array, from: number, to: number): boolean {
  const limit = Math.min(to, from + 32);
  let i = from;
  while (i < limit && (bytes[i] === 0x20 || bytes[i] === 0x09)) i++;
  if (i + 1 >= to) return false;
  const b = bytes[i];
  return b === 0x22 /* " */ || (b === 0x5b /* [ */ && bytes[i + 1] >= 0x41 && bytes[i + 1] <= 0x5a);
}
