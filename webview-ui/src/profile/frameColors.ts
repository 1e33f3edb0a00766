// Frame colours: hashed by Go package so one package keeps one colour, user code in warm hues,
// the standard library and runtime in cool ones, and lightness from the VS Code theme.

/** The Go package path of a symbol: "k8s.io/x/pkg.(*T).M" → "k8s.io/x/pkg", "runtime.mallocgc" → "runtime". */
export function goPackageOf(name: string): string {
  const slash = name.lastIndexOf('/');
  const dot = name.indexOf('.', slash + 1);
  return dot < 0 ? name : name.slice(0, dot);
}

/**
 * The label drawn on a frame: the symbol without its package's directory, as pprof's web UI
 * does ("k8s.io/apiserver/pkg/registry/generic/registry.(*Store).Delete" → "registry.(*Store).Delete").
 * A '/' inside a receiver or type argument does not count.
 */
export function shortFrameName(name: string): string {
  const bracket = name.search(/[([]/);
  const cut = bracket < 0 ? name.length : bracket;
  return name.slice(name.lastIndexOf('/', cut - 1) + 1);
}

/**
 * shortFrameName for a frame name that may carry its place after the function
 * ("k8s.io/x/pkg.F /src/x/pkg/f.go:12" → "pkg.F /src/x/pkg/f.go:12"): only the function is shortened.
 */
export function shortFrameLabel(name: string, functionName: string): string {
  return name.startsWith(functionName) ? shortFrameName(functionName) + name.slice(functionName.length) : shortFrameName(name);
}

/** Standard library (and runtime): the first path element has no dot, and it is not main. */
export function isStandardLibrary(pkg: string): boolean {
  const first = pkg.split('/')[0];
  return !first.includes('.') && first !== 'main' && !/^0x[0-9a-f]+$/.test(pkg) && pkg !== 'root';
}

/** The kind of VS Code theme drawn in (read by themeKind.ts). */
export type ThemeKind = 'light' | 'dark' | 'high-contrast';

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); }
  return (h >>> 0) / 4294967295;
}


export function frameColor(name: string, theme: ThemeKind): string {
  const pkg = goPackageOf(name);
  const h = hash(pkg);
  const light = theme === 'light' ? 72 : theme === 'high-contrast' ? 30 : 42;
  if (pkg === 'runtime' || pkg.startsWith('runtime/')) return readableFill(205 + h * 20, 18, light, theme);
  if (isStandardLibrary(pkg)) return readableFill(185 + h * 50, 45, light, theme);
  // User and third-party code: reds through yellows.
  return readableFill(Math.round(h * 55), theme === 'light' ? 80 : 65, light, theme);
}

/** WCAG's relative luminance of hsl(h, s%, l%). */
function hslLuminance(h: number, s: number, l: number): number {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const channel = (n: number): number => {
    const k = (n + h / 30) % 12;
    const v = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(8) + 0.0722 * channel(4);
}

// The frames' labels are #1e1e1e in light themes and #f0f0f0 in dark ones (profile.css). They read
// at 4.5:1 on a fill of luminance at least 0.234 (light) or at most 0.155 (dark); a warm hue at the
// dark theme's 42% lightness (yellows, greens) sat between and read at 2.3:1 to 3.3:1.
const LIGHT_FILL_MIN_LUMINANCE = 0.24;
const DARK_FILL_MAX_LUMINANCE = 0.15;

/**
 * Fills already worked out, by theme and hsl: a flame graph asks once per frame drawn, and its frames
 * share a few hundred packages (and a diff's change is rounded to 1 %). Emptied when a profile of
 * very many packages fills it.
 */
const fills = new Map<string, string>();
const MAX_FILLS = 10_000;

/** hsl(h, s%, l%) at the lightness nearest `l` on which the theme's label text reads at 4.5:1. */
export function readableFill(h: number, s: number, l: number, theme: ThemeKind): string {
  const key = `${theme} ${h} ${s} ${l}`;
  const known = fills.get(key);
  if (known !== undefined) return known;
  let light = l;
  if (theme === 'light') while (light < 100 && hslLuminance(h, s, light) < LIGHT_FILL_MIN_LUMINANCE) light++;
  else if (theme === 'dark') while (light > 0 && hslLuminance(h, s, light) > DARK_FILL_MAX_LUMINANCE) light--;
  const fill = `hsl(${h}, ${s}%, ${light}%)`;
  if (fills.size >= MAX_FILLS) fills.clear();
  fills.set(key, fill);
  return fill;
}

/**
 * How much a diff node changed, from -1 (all of it vanished since the base) to +1 (all of it
 * is new): the net change over the larger of before and after. `net` = after − before and
 * `magnitude` = after + before, both summed over the node's samples.
 */
export function relativeChange(net: number, magnitude: number): number {
  const larger = (magnitude + Math.abs(net)) / 2;
  return larger === 0 ? 0 : Math.max(-1, Math.min(1, net / larger));
}

/**
 * A shrunk frame's hue: blue, not pprof's green. To the one man in twelve who tells red from green
 * poorly (deuteranopia, protanopia) pprof's red and green at one lightness are two browns: a 10 %
 * change read 9 to 12 CIELAB units apart, the grey of no change 20 to 30 from either. Red against
 * blue, as Brendan Gregg's differential flame graphs draw them, stays 23 to 56 units apart.
 */
const SHRINK_HUE = 210;

/** Diff mode: red where the frame grew since the base, blue where it shrank, deeper the more it changed. */
export function diffColor(net: number, magnitude: number, theme: ThemeKind): string {
  const change = relativeChange(net, magnitude);
  if (Math.abs(change) < 0.01) return `hsl(0, 0%, ${theme === 'light' ? 82 : 38}%)`;
  // A square root, so a 10% change is already clearly tinted; in steps of 1 % (no eye tells them apart), so the fills repeat.
  const strength = Math.round(Math.sqrt(Math.abs(change)) * 100) / 100;
  const light = theme === 'light' ? 88 - strength * 33 : 26 + strength * 16;
  return change > 0 ? readableFill(0, 45 + strength * 45, light, theme) : readableFill(SHRINK_HUE, 35 + strength * 40, light, theme);
}
