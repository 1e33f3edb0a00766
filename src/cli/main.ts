// Dispatches `goprof <command>` to one module per command.
import { UsageError } from './args';
import { withVisibleControls } from '../core/format';
import { infoCommand } from './infoCommand';
import { topCommand } from './topCommand';
import { goroutinesCommand } from './goroutinesCommand';
import { resolveCommand } from './resolveCommand';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const nodeIo: CliIo = {
  out: t => { process.stdout.write(t); },
  err: t => { process.stderr.write(t); },
};

type Command = (argv: string[], io: CliIo) => Promise<void>;
const commands: Record<string, Command> = {
  info: infoCommand,
  top: topCommand,
  goroutines: goroutinesCommand,
  resolve: resolveCommand,
};

export const usage = `usage: goprof <command> [options]
  info FILE [--json]                                 what the file is: kind, sample types, totals
  top FILE [--sample-index TYPE] [--nodecount N] [--focus RE] [--ignore RE] [--base FILE] [--json]
  goroutines FILE|- [--similarity default|args|exact] [--base FILE] [--json]   (- reads standard input)
  resolve FILE --workspace DIR [--json]              map profile source paths to local files
`;

export async function runCli(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.out : io.err)(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) { io.err(`goprof: unknown command "${name}"\n${usage}`); return 2; }
  try {
    await command(rest, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) { io.err(`goprof ${name}: ${e.message}\n${usage}`); return 2; }
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`goprof ${name}: ${withVisibleControls(msg.split('\n')[0])}\n`);
    return 1;
  }
}
