import type { GoroutineHostMessage } from '../../../src/shared/protocol';
import { vscodeApi } from '../common/vscodeApi';
import { el } from '../common/dom';

export function startGoroutineView(): void {
  const app = document.getElementById('app') as HTMLElement;
  window.addEventListener('message', (ev: MessageEvent<GoroutineHostMessage>) => {
    const m = ev.data;
    app.replaceChildren();
    if (m.type === 'loading') app.append(el('p', 'gpe-loading', `Grouping ${m.title}…`));
  });
  vscodeApi().postMessage({ type: 'ready' });
}
