import type { FlameTreeData, TopTableData } from '../../../shared/profileProtocol';

/** The buffers of a flame tree / top table, to move rather than copy across threads. */
export function flameBuffers(f: FlameTreeData): ArrayBuffer[] {
  return [f.parent, f.name, f.file, f.line, f.total, f.self, f.flags, ...(f.baseTotal ? [f.baseTotal] : [])].map(a => a.buffer as ArrayBuffer);
}

export function topBuffers(t: TopTableData): ArrayBuffer[] {
  return [t.lines, t.flat, t.cum, ...(t.baseFlat ? [t.baseFlat] : []), ...(t.baseCum ? [t.baseCum] : [])].map(a => a.buffer as ArrayBuffer);
}
