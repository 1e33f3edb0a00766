// Background threads yield the CPU to the extension host's own thread: on a machine whose cores
// are all busy (two cores, ten replicas answering, a browser drawing), a thread of equal priority
// makes the host's thread wait in the run queue for a whole time slice, which the user sees as a
// frozen editor. Linux keeps a nice value per thread (threads a thread starts inherit it), so the
// thread lowers its own; elsewhere a process-wide setting would slow the host too, so nothing changes.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** Lowers the calling thread's CPU priority by `steps` nice levels (Linux only); says whether it did. */
export function lowerThisThreadPriority(steps: number): boolean {
  if (process.platform !== 'linux') return false;
  try {
    // "/proc/thread-self" links to "PID/task/TID": the thread's own id, which setpriority takes.
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0 || tid === process.pid) return false;
    setPriority(tid, Math.min(19, getPriority(tid) + steps));
    return true;
  } catch {
    return false;
  }
}
