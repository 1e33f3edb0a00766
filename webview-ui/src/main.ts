import './styles.css';
import type { ProfileHostMessage } from '../../src/shared/protocol';

declare function acquireVsCodeApi(): { postMessage(m: unknown): void; getState(): unknown; setState(s: unknown): void };
const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

window.addEventListener('message', (ev: MessageEvent<ProfileHostMessage>) => {
  const m = ev.data;
  app.replaceChildren();
  switch (m.type) {
    case 'loading': app.append(el('p', 'gpe-loading', `Loading ${m.fileName}…`)); break;
    case 'error': app.append(el('h2', 'gpe-error', m.message)); break;
    case 'summary': {
      app.append(el('h1', 'gpe-title', m.fileName), el('p', 'gpe-kind', `${m.kind} · ${m.byteLength} bytes`));
      break;
    }
  }
});
vscode.postMessage({ type: 'ready' });
