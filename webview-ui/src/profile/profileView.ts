import type { ProfileHostMessage } from '../../../src/shared/protocol';
import { vscodeApi } from '../common/vscodeApi';
import { el } from '../common/dom';

export function startProfileView(): void {
  const app = document.getElementById('app') as HTMLElement;
  window.addEventListener('message', (ev: MessageEvent<ProfileHostMessage>) => {
    const m = ev.data;
    app.replaceChildren();
    switch (m.type) {
      case 'loading': app.append(el('p', 'gpe-loading', `Loading ${m.fileName}…`)); break;
      case 'error': app.append(el('h2', 'gpe-error', m.message)); break;
      case 'summary': app.append(el('h1', 'gpe-title', m.fileName), el('p', 'gpe-kind', `${m.kind} · ${m.byteLength} bytes`)); break;
    }
  });
  vscodeApi().postMessage({ type: 'ready' });
}
