// The Export menu of the profile editor: the current view's picture (SVG, PNG), the top table
// (CSV, Markdown) and the filtered (and diffed) profile (.pb.gz). The host asks where to save and
// computes the files from core/report; for PNG it sends the SVG back to be drawn on a canvas here.
import type { ExportFormat, ExportView } from '../../../src/shared/protocol';
import { el } from '../common/dom';
import type { ContextMenu } from './contextMenu';

/** What to export from: which picture, from the view the user is looking at. */
export interface ExportSource {
  /** 'drawn' with its SVG for a view the webview drew itself (the graph), undefined for none. */
  picture(): { view: ExportView; label: string; svg?: string } | undefined;
  run(format: ExportFormat, view: ExportView, svg?: string): void;
}

export function exportButton(menu: ContextMenu, source: ExportSource): HTMLButtonElement {
  const b = el('button', 'gpe-button gpe-export', 'Export ▾');
  b.type = 'button';
  b.title = 'Save this view: its picture, the top table, or the filtered profile for go tool pprof';
  b.setAttribute('aria-haspopup', 'menu');
  b.addEventListener('click', () => {
    const picture = source.picture();
    const items = [];
    if (picture) {
      items.push({ label: `${picture.label} as SVG`, run: () => source.run('svg', picture.view, picture.svg) });
      items.push({ label: `${picture.label} as PNG`, run: () => source.run('png', picture.view, picture.svg) });
    }
    items.push(
      { label: 'Top table as CSV', run: () => source.run('csv', 'flame') },
      { label: 'Top table as Markdown', run: () => source.run('md', 'flame') },
      { label: 'Profile as .pb.gz (filtered, for go tool pprof)', run: () => source.run('pb.gz', 'flame') },
    );
    const r = b.getBoundingClientRect();
    menu.open('Export', items, r.left, r.bottom);
  });
  return b;
}

/**
 * The PNG of an SVG document as a data: URL, drawn at twice its size (crisp on high-DPI
 * screens, capped to what a canvas holds). The SVG is loaded as an image from a data: URL
 * (the CSP allows data: images), so nothing in it runs.
 */
export async function svgToPng(svg: string, width: number, height: number): Promise<string> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const w = width || img.naturalWidth || 1200, h = height || img.naturalHeight || 800;
  const scale = Math.min(2, 16000 / Math.max(w, h));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(w * scale));
  canvas.height = Math.max(1, Math.round(h * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, w, h);
  return canvas.toDataURL('image/png');
}

/** An SVG element the page drew, as a standalone document (XML namespace, its computed size and paint). */
export function serializeSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // The page styles the drawing with the theme's CSS (variables, classes); the file has no
  // stylesheet, so the computed paint of each element goes inline.
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((from, i) => {
    const style = getComputedStyle(from);
    const to = copies[i] as SVGElement;
    for (const prop of ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight']) {
      const value = style.getPropertyValue(prop);
      if (value) to.style.setProperty(prop, value);
    }
  });
  const numeric = (v: string | null) => v !== null && /^\d+(\.\d+)?$/.test(v);
  // A drawing sized by its pane (100%): the file gets the size it is shown at. A view that pans
  // and zooms (the graph) gives its whole, unpanned picture through its own exportSvg instead.
  if (!numeric(svg.getAttribute('width')) || !numeric(svg.getAttribute('height'))) {
    const box = svg.getBoundingClientRect();
    copy.setAttribute('width', String(Math.max(1, Math.round(box.width))));
    copy.setAttribute('height', String(Math.max(1, Math.round(box.height))));
  }
  return new XMLSerializer().serializeToString(copy);
}
