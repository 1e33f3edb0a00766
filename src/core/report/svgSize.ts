// The width and height its root <svg> tag gives a picture, read from that tag alone: the picture
// may come from a webview (a drawn view to save as PNG), so nothing here may scan it more than once.

export interface SvgSize {
  readonly width: number;
  readonly height: number;
}

const WIDTH = /\swidth="(\d+(?:\.\d+)?)"/;
const HEIGHT = /\sheight="(\d+(?:\.\d+)?)"/;

/** The root tag's width and height in pixels, or 0 × 0 when it has no such attributes (or no tag). */
export function svgSize(svg: string): SvgSize {
  const start = svg.indexOf('<svg');
  const end = start < 0 ? -1 : svg.indexOf('>', start);
  if (end < 0) return { width: 0, height: 0 };
  const tag = svg.slice(start, end);
  const width = WIDTH.exec(tag), height = HEIGHT.exec(tag);
  return width && height ? { width: Number(width[1]), height: Number(height[1]) } : { width: 0, height: 0 };
}
