// The part of an incident a golden file pins: everything `goprof incident --json` prints but the
// drawn flame trees and the capture times read from file modification times (a checkout resets them).
import type { Incident } from '../src/core/report/incident';

export function incidentGoldenView(incident: Incident): unknown {
  return {
    answer: incident.answer,
    files: [...incident.files].sort((a, b) => (a.path < b.path ? -1 : 1)).map(f => ({
      path: f.path, kind: f.kind, detail: f.detail, used: f.used,
      ...(f.capturedAtFrom && f.capturedAtFrom !== 'mtime' ? { capturedAtMs: f.capturedAtMs, capturedAtFrom: f.capturedAtFrom } : {}),
    })),
    unread: incident.unread,
    suspects: incident.suspects.map(s => ({
      ...s,
      heap: s.heap ? { ...s.heap, flame: undefined } : null,
      allocs: s.allocs ? { ...s.allocs, flame: undefined } : null,
    })),
    memory: incident.memory,
    overTime: incident.overTime,
    dumpPath: incident.dumpPath,
    heapPath: incident.heapPath,
    goroutineTotal: incident.goroutineTotal,
    heapTop: incident.heapTop,
  };
}
