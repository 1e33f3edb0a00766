// The status bar item "18,660 goroutines · 1 leak suspect" (statusText.ts) while a goroutine view is shown.
import * as vscode from 'vscode';
import type { GoroutineViewModel } from '../../shared/goroutineProtocol';
import { formatCount, statusText } from './statusText';

export class GoroutineStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('goProfileExplorer.goroutines', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = 'Goroutine dump';
  }

  show(model: GoroutineViewModel): void {
    this.item.text = `$(debug-stackframe) ${statusText(model)}`;
    this.item.tooltip = `${model.title}: ${formatCount(model.summary.groups)} groups${model.summary.truncated ? ' (dump truncated)' : ''}`;
    this.item.show();
  }

  hide(): void {
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
