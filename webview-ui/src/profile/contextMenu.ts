// A small right-click menu for a frame. Items are fixed actions; the frame name only ever
// appears as text.
import { shownName } from '../common/shownName';
export interface MenuItem {
  label: string;
  run(): void;
}

export class ContextMenu {
  private readonly box: HTMLDivElement;
  private readonly closeOnOutside = (e: Event) => { if (!this.box.contains(e.target as Node)) this.close(); };

  constructor(parent: HTMLElement) {
    this.box = document.createElement('div');
    this.box.className = 'gpe-menu';
    this.box.setAttribute('role', 'menu');
    this.box.hidden = true;
    this.box.addEventListener('keydown', e => {
      const items = [...this.box.querySelectorAll<HTMLButtonElement>('button')];
      const at = items.indexOf(document.activeElement as HTMLButtonElement);
      if (e.key === 'Escape') { this.close(); e.preventDefault(); }
      else if (e.key === 'ArrowDown') { items[(at + 1) % items.length]?.focus(); e.preventDefault(); }
      else if (e.key === 'ArrowUp') { items[(at - 1 + items.length) % items.length]?.focus(); e.preventDefault(); }
    });
    parent.append(this.box);
  }

  open(title: string, items: MenuItem[], x: number, y: number): void {
    const head = document.createElement('div');
    head.className = 'gpe-menu-title';
    head.textContent = shownName(title);
    const buttons = items.map(item => {
      const b = document.createElement('button');
      b.type = 'button';
      b.setAttribute('role', 'menuitem');
      b.className = 'gpe-menu-item';
      b.textContent = item.label;
      b.addEventListener('click', () => { this.close(); item.run(); });
      return b;
    });
    this.box.replaceChildren(head, ...buttons);
    this.box.hidden = false;
    const w = this.box.offsetWidth, h = this.box.offsetHeight;
    this.box.style.left = `${Math.max(0, Math.min(x, window.innerWidth - w - 4))}px`;
    this.box.style.top = `${Math.max(0, Math.min(y, window.innerHeight - h - 4))}px`;
    buttons[0]?.focus();
    setTimeout(() => document.addEventListener('mousedown', this.closeOnOutside), 0);
  }

  dispose(): void {
    this.close();
    this.box.remove();
  }

  close(): void {
    this.box.hidden = true;
    document.removeEventListener('mousedown', this.closeOnOutside);
  }
}
