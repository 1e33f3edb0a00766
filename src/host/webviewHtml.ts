import * as vscode from 'vscode';
import { contentSecurityPolicy, nonceSource } from '../core/contentSecurityPolicy';

/** A fresh nonce per render: scripts without it do not run (CSP). */
export function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
}

/**
 * The HTML shell of every webview: CSP `default-src 'none'`, only our nonce'd bundle runs,
 * styles only from the extension. Profile data never goes into this HTML; it arrives by
 * postMessage and is rendered with textContent.
 */
export function renderWebviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, view: 'profile' | 'goroutines' | 'incident' | 'replicas', title: string): string {
  const nonce = makeNonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.css'));
  const csp = contentSecurityPolicy({
    styles: [webview.cspSource],
    images: [webview.cspSource, 'data:'],
    fonts: [webview.cspSource],
    // The profile editor's Graph view lays out with Graphviz compiled to WebAssembly (bundled, no network).
    scripts: [nonceSource(nonce), ...(view === 'profile' ? ["'wasm-unsafe-eval'"] : [])],
  });
  const esc = (s: string) => s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>${esc(title)}</title>
</head>
<body data-view="${view}">
<div id="app" class="gpe-app"></div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
