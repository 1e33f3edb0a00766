// Messages of the profile editor's webview (see protocol.ts).

/** Host → profile webview. */
export type ProfileHostMessage =
  | { type: 'loading'; fileName: string }
  | { type: 'error'; fileName: string; message: string }
  | { type: 'summary'; fileName: string; kind: string; byteLength: number };

/** Profile webview → host. */
export type ProfileWebviewMessage =
  | { type: 'ready' }
  | { type: 'reopenAsText' };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Returns the message if it is one the host understands, else undefined (and the caller ignores it). */
export function parseProfileWebviewMessage(raw: unknown): ProfileWebviewMessage | undefined {
  if (!isRecord(raw) || typeof raw.type !== 'string') return undefined;
  switch (raw.type) {
    case 'ready': return { type: 'ready' };
    case 'reopenAsText': return { type: 'reopenAsText' };
    default: return undefined;
  }
}
