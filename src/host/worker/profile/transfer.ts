import { packedBuffers, type PackedFlameTree } from '../../../shared/packedViews';

/** The buffers of a packed flame tree, to move rather than copy across threads. */
export function flameBuffers(f: PackedFlameTree): ArrayBuffer[] {
  return [f.parent, f.name, f.file, f.line, f.total, f.self, f.flags, ...(f.magnitude ? [f.magnitude] : [])].map(a => a.buffer as ArrayBuffer).concat(packedBuffers(f));
}

