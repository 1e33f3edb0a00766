// `go test -json` output (test2json; gotestsum's and CI's artifacts keep it): one JSON record per
// line, `{"Time":…,"Action":"output","Package":"p","Test":"TestX","Output":"goroutine 17 [running]:\n"}`.
// The dump a test binary printed is in its records' `Output` values, one line each; test2json
// splits a long line over records without its `\n`, and records of other packages and tests, and
// ones without output (`run`, `pass`, `cont`…), come between.

/** A test2json record tells itself by its `Action` key. */
const ACTION_KEY = '"Action":"';
const OUTPUT_KEY = ['Output'];

export function isTestJsonRecord(line: string): boolean {
  return line.charCodeAt(0) === 0x7b /* { */ && line.includes(ACTION_KEY);
}

/** A record's package and test, '' for a key it lacks (a package's own output has no test; `go tool test2json` writes no package). */
export interface RecordOrigin {
  readonly pkg: string;
  readonly test: string;
}

export function recordOrigin(line: string): RecordOrigin {
  return { pkg: stringField(line, '"Package":"'), test: stringField(line, '"Test":"') };
}

/**
 * Whether a record comes from the test whose records hold the dump: the same package, and the same
 * test unless one of them names none (test2json may put a dump that a test's end came before under
 * the package alone when the timeout came right after a test passed).
 */
export function sameOrigin(record: RecordOrigin, dump: RecordOrigin): boolean {
  return record.pkg === dump.pkg && (record.test === '' || dump.test === '' || record.test === dump.test);
}

function stringField(line: string, key: string): string {
  const at = line.indexOf(key);
  if (at < 0) return '';
  const end = line.indexOf('"', at + key.length);
  return end < 0 ? '' : line.slice(at + key.length, end);
}

export const TEST_JSON_MESSAGE_KEYS = OUTPUT_KEY;

/**
 * Joins the pieces of a line test2json split over records: a piece without its `\n` is held until
 * the record that ends the line.
 */
export class SplitOutputLines {
  private held = '';

  /** A line's first pieces are held: the records after it go to its end, none is junk. */
  get holding(): boolean {
    return this.held !== '';
  }

  /** test2json writes a line's pieces one after the other: a line of other text after one ends what was held. */
  drop(): void {
    this.held = '';
  }

  /** The whole line once its last piece came (its `\n` dropped), or null while pieces are held. */
  join(piece: string, commit: boolean): string | null {
    const whole = piece.endsWith('\n');
    const text = this.held + (whole ? piece.slice(0, -1) : piece);
    if (commit) this.held = whole ? '' : text;
    return whole ? text : null;
  }
}
