// "18,660 goroutines · 1 leak suspect" (or "… · crashed", "… · panic recovered", "… · data race") while a goroutine view is shown.
import * as vscode from 'vscode';
import type { GoroutineViewModel } from '../../shared/goroutineProtocol';

const fmt = new Intl.NumberFormat('en-US');

export function statusText(model: GoroutineViewModel): string {
  const n = model.summary.total;
  const races = model.groups.filter(g => g.suspect && g.race).length;
  const crashed = model.groups.some(g => g.crashed);
  const s = model.summary.leakSuspects - races - (crashed ? 1 : 0);
  const parts = [`${fmt.format(n)} goroutine${n === 1 ? '' : 's'}`];
  // A panic recovered and logged ended no process: saying "crashed" would send the reader after a dead one.
  if (crashed) parts.push(model.summary.crashRecovered ? 'panic recovered' : 'crashed');
  if (races > 0) parts.push('data race');
  if (model.summary.stuck === 'deadlock') parts.push('deadlock');
  else if (model.summary.stuck === 'test timeout') parts.push('test timed out');
  else if (s > 0 || (races === 0 && !crashed)) parts.push(s === 0 ? 'no leak suspect' : `${fmt.format(s)} leak suspect${s === 1 ? '' : 's'}`);
  return parts.join(' · ');
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
