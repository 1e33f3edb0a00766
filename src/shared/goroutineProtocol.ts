// Messages of the goroutine groups view (see protocol.ts).

/** Host → goroutine webview. */
export type GoroutineHostMessage =
  | { type: 'loading'; title: string };

/** Goroutine webview → host. */
export type GoroutineWebviewMessage =
  | { type: 'ready' };

export function parseGoroutineWebviewMessage(raw: unknown): GoroutineWebviewMessage | undefined {
  if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'ready') return undefined;
  return { type: 'ready' };
}
