// A debug=1 record's `#` lines (`#\t0x4a3b21\tmain.f+0x21\t/app/main.go:12`, `# labels: {…}`) cut
// by the end of a paste, told from the markdown heading a paste often ends in (`# Motivation`).

/**
 * Whether a last line reads as a record's `#` line cut short: `#` alone or with blanks, a frame's
 * (`#`, blanks, `0x…`) or the labels line (`# labels: {…`, or its start). A heading is none: a word
 * follows its `# `.
 */
export function isRecordLineCutShort(line: string): boolean {
  if (!line.startsWith('#')) return false;
  if (/^#\s*$/.test(line) || /^#\s+0x/.test(line)) return true;
  return line.length >= 3 && ('# labels:'.startsWith(line) || line.startsWith('# labels:'));
}
