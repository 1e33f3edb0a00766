// The shape of a `goprof` command. Each command lives in its own module and exports one of
// these; commands.ts lists them, and main.ts dispatches and prints help from that list.
export interface CliIo {
  out(text: string): void;
  /** The same as `out` for UTF-8 bytes, where the output takes bytes (a command writing ~100 MB need not make it text). */
  outBytes?(bytes: Uint8Array): void;
  err(text: string): void;
  /**
   * Resolves once what `out` was given has been handed on: a pipe whose reader is slower than a
   * command that writes hundreds of MB would otherwise hold all of it in memory.
   */
  drained?(): Promise<void>;
}

export interface CliCommand {
  name: string;
  /** Arguments after the name, e.g. "FILE [--json]". */
  usage: string;
  /** One line: what the command prints. */
  summary: string;
  /** Flag descriptions for `goprof help NAME` (optional). */
  details?: string;
  run(argv: string[], io: CliIo): Promise<void>;
}
