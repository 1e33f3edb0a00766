// What zlib and fflate say about bad gzip data ("unexpected end of file", "incorrect header
// check") is said in terms of the inflater; these say what is wrong with the file. Both
// libraries' wordings are matched, so the editor (fflate, WebAssembly) and the CLI (zlib) agree.

/** The reason a gunzip of `compressedBytes` bytes failed, as one sentence about the file. */
export function describeGzipError(e: unknown, compressedBytes: number): string {
  const raw = e instanceof Error ? e.message : String(e);
  const message = raw.toLowerCase();
  if (/unexpected (end of file|eof)|premature end|truncated/.test(message)) {
    return `corrupt gzip data: cut short, the file's ${compressedBytes} bytes end inside the compressed data (a partial download or copy?)`;
  }
  if (/incorrect header check|invalid gzip data|invalid header|unknown compression method/.test(message)) {
    // The first member's header was checked before inflating: what fails is data after it.
    return `corrupt gzip data: what follows the gzip data is neither more gzip data nor padding (${raw})`;
  }
  if (/incorrect data check|crc|incorrect length check/.test(message)) {
    return `corrupt gzip data: its checksum does not match what it inflates to (${raw})`;
  }
  return `corrupt gzip data: ${raw}`;
}
