// "18,660 goroutines · 1 leak suspect" while a goroutine view is shown.
import * as vscode from 'vscode';
import type { GoroutineViewModel } from '../../shared/goroutineProtocol';

const fmt = new Intl.NumberFormat('en-US');

export function statusText(model: GoroutineViewModel): string {
  const n = model.summary.total;
  const s = model.summary.leakSuspects;
  return `${fmt.format(n)} goroutine${n === 1 ? '' : 's'} · ${s === 0 ? 'no leak suspect' : `${fmt.format(s)} leak suspect${s === 1 ? '' : 's'}`}`;
}

export class GoroutineStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('goProfileExplorer.goroutines', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = 'Goroutine dump';
  }

  show(model: GoroutineViewModel): void {
    this.item.text = `$(debug-stackframe) ${statusText(model)}`;
    this.item.tooltip = `${model.title}: ${fmt.format(model.summary.groups)} groups${model.summary.truncated ? ' (dump truncated)' : ''}`;
    this.item.show();
  }

  hide(): void {
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
