import type { FlameTreeData, TopTableData } from '../../../core/report';

/** The buffers of a flame tree / top table, to move rather than copy across threads. */
export function flameBuffers(f: FlameTreeData): ArrayBuffer[] {
  return [f.parent, f.name, f.file, f.line, f.total, f.self, f.flags, ...(f.magnitude ? [f.magnitude] : [])].map(a => a.buffer as ArrayBuffer);
}

export function topBuffers(t: TopTableData): ArrayBuffer[] {
  return [t.lines, t.flat, t.cum].map(a => a.buffer as ArrayBuffer);
}
