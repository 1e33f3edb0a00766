// The kind of VS Code theme the webview is drawn in, read from the classes VS Code puts on <body>
// (apart from frameColors.ts, which stays free of the DOM for its unit tests).
import type { ThemeKind } from './frameColors';

export function currentThemeKind(): ThemeKind {
  const c = document.body.classList;
  if (c.contains('vscode-high-contrast') || c.contains('vscode-high-contrast-light')) return 'high-contrast';
  return c.contains('vscode-light') ? 'light' : 'dark';
}
