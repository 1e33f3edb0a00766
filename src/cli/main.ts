// Dispatches `goprof <command>` to the command table (commands.ts); help is generated from it.
import { UsageError } from './args';
import { shownInput } from '../core/pprof/errors';
import { withVisibleControls } from '../core/format';
import { encodeEscapedBytes, hasEscapedBytes } from '../core/byteEscapes';
import type { CliCommand, CliIo } from './command';
import { commands } from './commands';
import { standardError, standardOutput } from './standardStreams';

export type { CliIo } from './command';

const nodeIo: CliIo = {
  // An input's bytes that were not UTF-8 are written back as they were, as pprof prints them: in the
  // report and in the warnings that quote the input.
  out: t => { standardOutput().write(hasEscapedBytes(t) ? encodeEscapedBytes(t) : t); },
  outBytes: bytes => { standardOutput().write(bytes); },
  err: t => { standardError().write(hasEscapedBytes(t) ? encodeEscapedBytes(t) : t); },
  drained: () => standardOutput().writableNeedDrain ? new Promise(resolve => { standardOutput().once('drain', resolve); }) : Promise.resolve(),
};

function commandLine(c: CliCommand): string {
  return `  ${c.name} ${c.usage}\n      ${c.summary}\n`;
}

/** The list of commands (loads every command's module). */
export async function usage(): Promise<string> {
  const loaded = await Promise.all(commands.map(c => c.load()));
  return `usage: goprof <command> [options]   (goprof help COMMAND for its flags)\n${loaded.map(commandLine).join('')}`;
}

function commandHelp(c: CliCommand): string {
  return `usage: goprof ${c.name} ${c.usage}\n${c.summary}\n${c.details ?? ''}`;
}

/**
 * V8's RangeError when a string would pass its longest (2^29 − 24 characters): an output, or a text
 * made of the input's strings, such as 100 sample types each naming one 96 MB string.
 */
const isStringTooLong = (e: unknown): boolean => e instanceof RangeError && e.message === 'Invalid string length';
const STRING_TOO_LONG = "the report would be a text longer than JavaScript's longest string (2^29 − 24 characters, 512 MiB): the input's names are too long for it";

/** `afterCommand` runs once a command (not help) has succeeded. */
export async function runCli(argv: string[], io: CliIo = nodeIo, afterCommand?: () => void): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const about = name === 'help' && rest[0] !== undefined ? commands.find(c => c.name === rest[0]) : undefined;
    if (about) { io.out(commandHelp(await about.load())); return 0; }
    (name ? io.out : io.err)(await usage());
    return name ? 0 : 2;
  }
  const entry = commands.find(c => c.name === name);
  if (!entry) { io.err(`goprof: unknown command "${shownInput(name)}"\n${await usage()}`); return 2; }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) { io.out(commandHelp(command)); return 0; }
  try {
    await command.run(rest, io);
    afterCommand?.();
    return 0;
  } catch (e) {
    if (e instanceof UsageError) { io.err(`goprof ${name}: ${e.message}\nusage: goprof ${name} ${command.usage}\n`); return 2; }
    const msg = isStringTooLong(e) ? STRING_TOO_LONG : e instanceof Error ? e.message : String(e);
    // A message of paragraphs (what was read, why it failed, what is read): each on its own line, indented under the first.
    io.err(`goprof ${name}: ${msg.split('\n').map(withVisibleControls).join('\n  ')}\n`);
    return 1;
  }
}
