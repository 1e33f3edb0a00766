// The options a scan of a goroutine dump is made with, and the one read-only record of them the
// scanner and its parts read for the scan's whole life, each default filled in once.

import { portableByteSearch, type ByteSearch } from './byteSearch';

export interface ScanOptions {
  /** Keep each frame's raw argument text (needed for the `args` and `exact` similarities). Default false. */
  readonly keepArgs?: boolean;
  /** Warnings beyond this number are counted in one final warning. Default 100. */
  readonly maxWarnings?: number;
  /** Searches for long spans (a line without a newline for megabytes, junk); default the portable ones. */
  readonly byteSearch?: ByteSearch;
  /**
   * Every line decoded and read by the text parsers, none on the byte path's shortcuts (plain
   * lines, junk): for tests, which check that the shortcuts never change a reading. Default false.
   */
  readonly withoutShortcuts?: boolean;
}

/** ScanOptions with their defaults: what the scan reads of them. */
export interface ScanSettings {
  /** The searches over long spans and for each line's end: the host's, or the portable ones. */
  readonly search: ByteSearch;
  readonly keepArgs: boolean;
  readonly maxWarnings: number;
  /** The byte path's shortcuts (plain lines, junk) are taken: false only for the tests that check them. */
  readonly shortcuts: boolean;
}

export function scanSettings(options: ScanOptions): ScanSettings {
  return {
    search: options.byteSearch ?? portableByteSearch,
    keepArgs: options.keepArgs ?? false,
    maxWarnings: options.maxWarnings ?? 100,
    shortcuts: !(options.withoutShortcuts ?? false),
  };
}
