// In the web build, the contributed commands that only the Node build registers (capture from a
// URL and its credentials) still exist: they say why they do not work here instead of failing
// with "command not found".
import * as vscode from 'vscode';

interface ContributedCommand {
  command: string;
  title: string;
}

export async function registerWithoutNode(context: vscode.ExtensionContext, why: string): Promise<void> {
  const contributed = ((context.extension.packageJSON as { contributes?: { commands?: ContributedCommand[] } }).contributes?.commands ?? []);
  const registered = new Set(await vscode.commands.getCommands(true));
  for (const { command, title } of contributed) {
    if (registered.has(command)) continue;
    context.subscriptions.push(vscode.commands.registerCommand(command, () => {
      void vscode.window.showInformationMessage(`“${title}” is not available in the browser. ${why}`);
    }));
  }
}
