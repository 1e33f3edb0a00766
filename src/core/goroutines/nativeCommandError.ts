// Windows PowerShell wraps the first line a native command writes to stderr (under `2>&1`, or in a
// script) in an error record, the command's name before the line and the record's lines under it:
//   go : panic: test timed out after 30m0s
//   At C:\src\scripts\run-tests.ps1:26 char:3          (`At line:1 char:1` typed at the prompt;
//   +   go test -timeout=30m ./...                        the console wraps long lines)
//   +   ~~~~~~~~~~~~~~~~~~~~~~~~~~
//       + CategoryInfo          : NotSpecified: (panic: test timed out after 30m0s:String) [], RemoteException
//       + FullyQualifiedErrorId : NativeCommandError
// The record stands between a crash line and the goroutine header where Go prints at most a few
// lines (crashBeforeDump.ts): it is passed over as a whole, from its `At ` line to its
// `FullyQualifiedErrorId` line, and only there.

/** A record's lines at most, the console's wraps of its `At` and `+` lines included. */
export const MAX_ERROR_RECORD_LINES = 12;

const RECORD_END = /^\s*\+ FullyQualifiedErrorId : NativeCommandError\s*$/;

/** The text before a crash line is a native command's name and PowerShell's ` : ` (`go : `, `.\app.exe : `). */
export function isNativeCommandName(before: string): boolean {
  if (before.length < 4 || before.length > 260 || !before.endsWith(' : ')) return false;
  for (let i = 0; i < before.length - 3; i++) {
    const c = before.charCodeAt(i);
    if (c === 0x20 || c === 0x09) return false;
  }
  return true;
}

/** The line may open the record under a native command's stderr line: `At line:1 char:1`, `At C:\…ps1:26 char:3` or its first piece that the console wrapped. */
export function opensErrorRecord(line: string): boolean {
  return line.length > 3 && line.startsWith('At ') && line.charCodeAt(3) > 0x20;
}

/** On the bytes: whether the line bytes[start, end) may open the record (`opensErrorRecord` is true only on such a line). */
export function mayOpenErrorRecord(bytes: Uint8Array, start: number, end: number): boolean {
  return end - start > 3 && bytes[start] === 0x41 /* A */ && bytes[start + 1] === 0x74 /* t */ && bytes[start + 2] === 0x20;
}

/** Whether `lines` start with a record not closed yet (its `FullyQualifiedErrorId` line still to come), within MAX_ERROR_RECORD_LINES. */
export function insideErrorRecord(lines: readonly string[]): boolean {
  return lines.length > 0 && lines.length < MAX_ERROR_RECORD_LINES && opensErrorRecord(lines[0]) && !lines.some(line => RECORD_END.test(line));
}

/**
 * How many of `lines` (the lines under a native command's stderr line) are PowerShell's error record:
 * from an `At ` line first to the `FullyQualifiedErrorId : NativeCommandError` line, within
 * MAX_ERROR_RECORD_LINES; 0 when they do not start with such a record.
 */
export function errorRecordLength(lines: readonly string[]): number {
  if (lines.length < 2 || !opensErrorRecord(lines[0])) return 0;
  const last = Math.min(lines.length, MAX_ERROR_RECORD_LINES);
  for (let i = 1; i < last; i++) {
    if (lines[i].length <= 4096 && RECORD_END.test(lines[i])) return i + 1;
  }
  return 0;
}

const RECORD_END_WORD = 'NativeCommandError';

/** On the bytes: the line bytes[start, end) ends with the record's last word (`FullyQualifiedErrorId : NativeCommandError`), blanks after it aside. */
export function endsErrorRecord(bytes: Uint8Array, start: number, end: number): boolean {
  while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x09)) end--;
  if (end - start < RECORD_END_WORD.length) return false;
  for (let i = 0; i < RECORD_END_WORD.length; i++) if (bytes[end - RECORD_END_WORD.length + i] !== RECORD_END_WORD.charCodeAt(i)) return false;
  return true;
}
