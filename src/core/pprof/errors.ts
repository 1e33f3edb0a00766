/**
 * The one error type every pprof entry point throws for bad input. `offset` is a byte
 * offset into the (decompressed) profile, `line` a 1-based line of a text profile.
 */
export class ProfileParseError extends Error {
  readonly offset?: number;
  readonly line?: number;

  constructor(message: string, where: { offset?: number; line?: number } = {}) {
    const suffix = where.line !== undefined ? ` (line ${where.line})`
      : where.offset !== undefined ? ` (at byte ${where.offset})` : '';
    super(message + suffix);
    this.name = 'ProfileParseError';
    this.offset = where.offset;
    this.line = where.line;
  }
}
