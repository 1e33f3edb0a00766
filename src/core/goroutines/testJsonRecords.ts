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

/** The keys whose values name the record's origin: the dump is in one package's, one test's records. */
const ORIGIN_KEYS = ['"Package":"', '"Test":"'];

/** The record's package and test (a record of the package alone has no test). */
export function recordOrigin(line: string): string {
  return ORIGIN_KEYS.map(key => {
    const at = line.indexOf(key);
    if (at < 0) return '';
    const end = line.indexOf('"', at + key.length);
    return end < 0 ? '' : line.slice(at + key.length, end);
  }).join('\u0000');
}

export const TEST_JSON_MESSAGE_KEYS = OUTPUT_KEY;

/**
 * Joins the pieces of a line test2json split over records: a piece without its `\n` is held until
 * the record that ends the line.
 */
export class SplitOutputLines {
  private held = '';

  /** The whole line once its last piece came (its `\n` dropped), or null while pieces are held. */
  join(piece: string, commit: boolean): string | null {
    const whole = piece.endsWith('\n');
    const text = this.held + (whole ? piece.slice(0, -1) : piece);
    if (commit) this.held = whole ? '' : text;
    return whole ? text : null;
  }
}
