// PLACEHOLDER until the owning issue lands: replaced by the real command.
import type { CliIo } from './main';
import { InputError } from './args';

export async function resolveCommand(_argv: string[], _io: CliIo): Promise<void> {
  throw new InputError('resolve: not implemented yet');
}
