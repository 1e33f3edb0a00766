// Export in the profile editor: asks where to save (or takes the target a test set), has the
// worker write the bytes from core/report (the same calls as `goprof export`), and for PNG has the
// webview draw that SVG on a canvas (it has a browser; the host has none).
import * as vscode from 'vscode';
import type { ExportFormat, ProfilePostedMessage, ProfileWebviewMessage } from '../../shared/profileProtocol';
import type { ProfileDocument } from './profileDocument';
import { bytesOfBase64 } from '../base64';
import { svgSize } from '../../core/report/svgSize';

type ExportMessage = Extract<ProfileWebviewMessage, { type: 'export' }>;
type PngMessage = Extract<ProfileWebviewMessage, { type: 'exportPng' }>;

/** How long the webview may take to draw a PNG. */
const RASTERIZE_TIMEOUT_MS = 60_000;

let nextTarget: vscode.Uri | undefined;

/** The next export writes here instead of asking (integration tests, other extensions). */
export function setNextExportTarget(uri: vscode.Uri | undefined): void {
  nextTarget = uri;
}

const FILTER_NAMES: Record<ExportFormat, string> = {
  svg: 'SVG image', png: 'PNG image', csv: 'CSV (top table)', md: 'Markdown (top table)', 'pb.gz': 'pprof profile',
};

/** "heap.pb.gz" → "heap"; "cpu.prof" → "cpu". */
function stemOf(fileName: string): string {
  return fileName.replace(/(\.pb)?(\.gz)?$/, '').replace(/\.(pprof|prof|pb)$/, '') || 'profile';
}

export class ViewExporter {
  private readonly pendingPng = new Map<number, (m: PngMessage) => void>();
  /** One export at a time: a webview asking 10^4 times must not open as many save dialogs. */
  private exporting = false;

  constructor(private readonly document: ProfileDocument, private readonly post: (m: ProfilePostedMessage) => void) {}

  async export(msg: ExportMessage): Promise<void> {
    if (this.exporting) {
      this.post({ type: 'exported', requestId: msg.requestId, ok: false, message: 'Another export of this view is still running; this one was not started.' });
      return;
    }
    this.exporting = true;
    try {
      await this.exportOne(msg);
    } finally {
      this.exporting = false;
    }
  }

  private async exportOne(msg: ExportMessage): Promise<void> {
    const { format } = msg;
    const what = format === 'pb.gz' ? 'filtered' : format === 'csv' || format === 'md' ? 'top' : msg.view === 'drawn' ? 'graph' : msg.view;
    const suggested = vscode.Uri.joinPath(this.document.uri, '..', `${stemOf(this.document.fileName)}-${what}.${format}`);
    let target = nextTarget;
    nextTarget = undefined;
    target ??= await vscode.window.showSaveDialog({ defaultUri: suggested, saveLabel: 'Export', filters: { [FILTER_NAMES[format]]: [format === 'pb.gz' ? 'gz' : format] } });
    if (!target) return;
    try {
      const bytes = await this.bytesOf(msg);
      await vscode.workspace.fs.writeFile(target, bytes);
      this.post({ type: 'exported', requestId: msg.requestId, ok: true, message: `Exported ${target.path.slice(target.path.lastIndexOf('/') + 1)}` });
    } catch (e) {
      const message = `Export failed: ${e instanceof Error ? e.message : String(e)}`;
      this.post({ type: 'exported', requestId: msg.requestId, ok: false, message });
      void vscode.window.showErrorMessage(message);
    }
  }

  receivePng(msg: PngMessage): void {
    this.pendingPng.get(msg.requestId)?.(msg);
  }

  private async bytesOf(msg: ExportMessage): Promise<Uint8Array> {
    let svg: string | undefined = msg.svg;
    if (svg === undefined || msg.view !== 'drawn') {
      if (msg.view === 'drawn') throw new Error('the view sent no picture');
      const format = msg.format === 'png' ? 'svg' : msg.format;
      const { bytes } = await this.document.run('profile.export', {
        documentId: this.document.documentId, query: msg.query, format, view: msg.view, order: msg.order, icicle: msg.icicle,
        zoomPath: msg.zoomPath, widthPx: Math.min(msg.widthPx, 4000), title: this.document.fileName, subtitle: await this.subtitle(msg),
      });
      if (msg.format !== 'png') return bytes;
      svg = new TextDecoder().decode(bytes);
    } else if (msg.format === 'svg') {
      return new TextEncoder().encode(svg);
    }
    if (msg.format !== 'png') throw new Error(`a drawn view exports as SVG or PNG, not ${msg.format}`);
    return this.rasterize(msg.requestId, svg);
  }

  private async subtitle(msg: ExportMessage): Promise<string> {
    const state = this.document.current;
    const parts = [(await this.document.sampleTypeAt(msg.query.sampleType))?.type ?? ''];
    for (const f of msg.query.filters) parts.push(`${f.kind}=${f.pattern}`);
    if (msg.query.tagRoot?.length) parts.push(`tagroot=${msg.query.tagRoot.join(',')}`);
    if (msg.query.tagLeaf?.length) parts.push(`tagleaf=${msg.query.tagLeaf.join(',')}`);
    const base = state.state === 'loaded' ? state.profile.base : undefined;
    if (base) parts.push(`vs base ${base.summary.fileName}`);
    return parts.filter(Boolean).join(' · ');
  }

  private rasterize(requestId: number, svg: string): Promise<Uint8Array> {
    const { width, height } = svgSize(svg);
    return new Promise<Uint8Array>((resolve, reject) => {
      const timer = setTimeout(() => { this.pendingPng.delete(requestId); reject(new Error('the view did not draw the PNG in time')); }, RASTERIZE_TIMEOUT_MS);
      this.pendingPng.set(requestId, m => {
        clearTimeout(timer);
        this.pendingPng.delete(requestId);
        if (!m.dataUrl) { reject(new Error(m.error ?? 'no picture')); return; }
        resolve(bytesOfBase64(m.dataUrl.slice(m.dataUrl.indexOf(',') + 1)));
      });
      this.post({ type: 'rasterize', requestId, svg, width, height });
    });
  }

  dispose(): void {
    for (const settle of this.pendingPng.values()) settle({ type: 'exportPng', requestId: -1, error: 'the editor was closed' });
    this.pendingPng.clear();
  }
}
