// The shape of a `goprof` command. Each command lives in its own module and exports one of
// these; commands.ts lists them, and main.ts dispatches and prints help from that list.
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
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
