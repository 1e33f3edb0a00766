/**
 * The one error type for bad input, whatever reads it (profile decoders, the goroutine reader):
 * what is wrong, and where (`offset`: a byte offset into the decompressed input; `line`: a 1-based
 * line of a text input). The message already says both.
 */
export class InputError extends Error {
  readonly offset?: number;
  readonly line?: number;

  constructor(message: string, where: { offset?: number; line?: number } = {}) {
    const suffix = where.line !== undefined ? ` (line ${where.line})`
      : where.offset !== undefined ? ` (at byte ${where.offset})` : '';
    super(message + suffix);
    this.name = 'InputError';
    this.offset = where.offset;
    this.line = where.line;
  }
}
