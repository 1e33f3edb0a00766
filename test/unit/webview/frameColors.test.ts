import * as assert from 'assert';
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

  it('a diff keeps its direction: grown frames red, shrunk ones green, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const [gr, gg] = rgbOf(diffColor(1, 1, theme)), [sr, sg] = rgbOf(diffColor(-1, 1, theme));
      assert.ok(gr > gg && sg > sr, theme);
    }
  });
});
