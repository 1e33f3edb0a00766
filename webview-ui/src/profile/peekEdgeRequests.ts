// The webview's side of a peek's windows: the host answered each node's first callers and
// callees; the rest come as the user pages through them or asks for all, a window at a time
// (the worker keeps the whole peek). Answers match requests by id; a peek drawn again drops the
// requests of the one before.
import type { PeekEdgeWindow, PeekRole, ProfileHostMessage, ProfileQuery, ProfileWebviewMessage } from '../../../src/shared/protocol';

/** Asks for edges `start`… (at most `count`) of one node's role; rejects with the host's reason. */
export type PeekEdgeFetch = (role: PeekRole, start: number, count: number) => Promise<PeekEdgeWindow>;

interface Pending {
  resolve(window: PeekEdgeWindow): void;
  reject(error: Error): void;
}

export class PeekEdgeRequests {
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly post: (m: ProfileWebviewMessage) => void, private readonly nextRequestId: () => number) {}

  /** The fetch of the `node`-th node of the peek of `functionName` under `query`. */
  fetcher(query: ProfileQuery, functionName: string, node: number): PeekEdgeFetch {
    return (role, start, count) => new Promise<PeekEdgeWindow>((resolve, reject) => {
      const requestId = this.nextRequestId();
      this.pending.set(requestId, { resolve, reject });
      this.post({ type: 'peekEdges', requestId, query, functionName, edges: { node, role, start, count } });
    });
  }

  /** True when `m` answers one of these requests. */
  receive(m: ProfileHostMessage): boolean {
    if (m.type !== 'peekEdges') return false;
    const p = this.pending.get(m.requestId);
    if (!p) return false;
    this.pending.delete(m.requestId);
    if (m.edges) p.resolve(m.edges);
    else p.reject(new Error(m.message ?? 'no answer'));
    return true;
  }

  /** Forgets the requests still out (their tables are gone): their answers are dropped. */
  forget(): void {
    this.pending.clear();
  }
}
