import * as assert from 'assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffColor, frameColor, type ThemeKind } from '../../../webview-ui/src/profile/frameColors';

/** sRGB channels (0..1) of a CSS `hsl(h, s%, l%)`, by the CSS Color 4 formula. */
function rgbOf(css: string): [number, number, number] {
  const m = /^hsl\(([\d.]+), ([\d.]+)%, ([\d.]+)%\)$/.exec(css);
  assert.ok(m, css);
  const [h, s, l] = [Number(m[1]), Number(m[2]) / 100, Number(m[3]) / 100];
  const f = (n: number): number => { const k = (n + h / 30) % 12; return l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1)); };
  return [f(0), f(8), f(4)];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (v: number): number => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Machado, Oliveira and Fernandes (2009): linear sRGB as a dichromat sees it, severity 1. */
const COLOUR_BLIND: Record<string, number[][]> = {
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
};

/** CIELAB (D65) of an hsl() fill as seen through `matrix`. */
function seenBy(matrix: number[][], css: string): [number, number, number] {
  const lin = rgbOf(css).map(v => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const [r, g, b] = matrix.map(row => Math.max(0, Math.min(1, row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])));
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047), y = f(0.2126 * r + 0.7152 * g + 0.0722 * b), z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

const deltaE = (a: number[], b: number[]): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** The frames' label colours (profile.css): #1e1e1e on light themes, #f0f0f0 on dark ones. */
const LABEL: Record<'light' | 'dark', [number, number, number]> = { light: [0x1e / 255, 0x1e / 255, 0x1e / 255], dark: [0xf0 / 255, 0xf0 / 255, 0xf0 / 255] };

/** Go symbols from several packages: user code (warm hues), the standard library and the runtime (cool ones). */
const NAMES = [
  'main.main', 'main.(*store).deleteCollection.func1', 'k8s.io/apiserver/pkg/registry/generic/registry.(*Store).DeleteCollection',
  'github.com/prometheus/prometheus/tsdb.(*Head).Appender', 'github.com/prometheus/prometheus/scrape.(*scrapeLoop).append',
  'go.etcd.io/etcd/client/v3.(*kv).Get', 'google.golang.org/grpc.(*Server).Serve', 'net/http.(*conn).serve', 'bufio.NewWriterSize',
  'encoding/json.Unmarshal', 'compress/flate.NewWriter', 'runtime.mallocgc', 'runtime/pprof.Do', 'sync.(*Mutex).Lock',
  ...Array.from({ length: 200 }, (_, i) => `example.com/svc/pkg${i}.Handler`),
];

describe('frame colours: the flame graph labels read on every fill', () => {
  for (const theme of ['light', 'dark'] as const satisfies readonly ThemeKind[]) {
    it(`every package colour reads at 4.5:1 under the ${theme} theme's label`, () => {
      const low = NAMES.map(n => ({ n, fill: frameColor(n, theme) })).map(x => ({ ...x, ratio: contrast(rgbOf(x.fill), LABEL[theme]) })).filter(x => x.ratio < 4.5);
      assert.deepStrictEqual(low, []);
    });

    it(`every diff colour, grown or shrunk by 1 % to all of it, reads at 4.5:1 under the ${theme} theme's label`, () => {
      const low: { change: number; fill: string; ratio: number }[] = [];
      for (let change = -1; change <= 1.0001; change += 0.01) {
        const fill = diffColor(change, 1, theme);
        const ratio = contrast(rgbOf(fill), LABEL[theme]);
        if (ratio < 4.5) low.push({ change, fill, ratio });
      }
      assert.deepStrictEqual(low, []);
    });
  }

  it('keeps the hue and the theme lightness where the label already reads (a light theme\'s pastel fills stay as they were)', () => {
    assert.strictEqual(frameColor('main.main', 'light'), 'hsl(50, 80%, 72%)');
    assert.match(frameColor('runtime.mallocgc', 'dark'), /^hsl\([\d.]+, 18%, 42%\)$/);
  });

  it('a diff keeps its direction: grown frames red, shrunk ones blue, in every theme', () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const [gr, gg, gb] = rgbOf(diffColor(1, 1, theme)), [sr, , sb] = rgbOf(diffColor(-1, 1, theme));
      assert.ok(gr > gg && gr > gb && sb > sr, theme);
    }
  });

  it('growth and shrink stay apart to eyes that tell red from green poorly (deuteranopia, protanopia), as far as either is from no change', () => {
    const close: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      for (let change = 0.05; change <= 1.0001; change += 0.05) {
        const grew = diffColor(change, 1, theme), shrank = diffColor(-change, 1, theme), same = diffColor(0, 1, theme);
        for (const [kind, matrix] of Object.entries(COLOUR_BLIND)) {
          const apart = deltaE(seenBy(matrix, grew), seenBy(matrix, shrank));
          const fromSame = Math.min(deltaE(seenBy(matrix, grew), seenBy(matrix, same)), deltaE(seenBy(matrix, shrank), seenBy(matrix, same)));
          if (apart < 20 || apart < fromSame) close.push(`${theme} ${kind} ${change.toFixed(2)}: ${grew} and ${shrank} ${apart.toFixed(1)} apart, ${fromSame.toFixed(1)} from unchanged`);
        }
      }
    }
    assert.deepStrictEqual(close, []);
  });

  it('the diff legend\'s swatches are the colours of a frame wholly new and wholly gone', () => {
    const css = readFileSync(join(__dirname, '../../../webview-ui/src/profile/profile.css'), 'utf8');
    const swatch = (selector: string): string | undefined => new RegExp(`(?:^|, )${selector.replace(/[.]/g, '\\.')}[ ,][^{]*\\{ background: (hsl\\([^)]*\\)); \\}`, 'm').exec(css)?.[1];
    assert.deepStrictEqual(
      [swatch('.gpe-swatch-grew'), swatch('.gpe-swatch-shrank'), swatch('body.vscode-dark .gpe-swatch-grew'), swatch('body.vscode-dark .gpe-swatch-shrank')],
      [diffColor(1, 1, 'light'), diffColor(-1, 1, 'light'), diffColor(1, 1, 'dark'), diffColor(-1, 1, 'dark')]);
  });
});
