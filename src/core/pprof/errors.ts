import { InputError } from '../input/inputError';

/**
 * What every pprof decoder throws for bad input: an InputError (what is wrong and where), named
 * for the decoder. `offset` is a byte offset into the (decompressed) profile, `line` a 1-based
 * line of a text profile.
 */
export class ProfileParseError extends InputError {
  constructor(message: string, where: { offset?: number; line?: number } = {}) {
    super(message, where);
    this.name = 'ProfileParseError';
  }
}

/** Input quoted in an error, cut to its first 60 characters: a bad field may be megabytes long. */
export function shownInput(text: string): string {
  return text.length > 64 ? `${text.slice(0, 60)}…(${text.length} characters)` : text;
}
