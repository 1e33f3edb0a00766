// PLACEHOLDER until the owning issue lands: replaced by the real command.
import type { CliIo } from './main';
import { InputError } from './args';

export async function topCommand(_argv: string[], _io: CliIo): Promise<void> {
  throw new InputError('top: not implemented yet');
}
