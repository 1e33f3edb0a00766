// pprof's graph colours (dotColor): a node's or edge's share of the total from -1 (green: a
// diff's loss) through 0 (grey) to 1 (red: the heaviest, or a diff's growth). Backgrounds are
// pale in a light theme, as pprof's, and dark in a dark theme so the theme's text stays readable.

function hex(v: number): string {
  return Math.max(0, Math.min(255, Math.trunc(v * 255))).toString(16).padStart(2, '0');
}

export function shareColor(score: number, background: boolean, dark: boolean): string {
  // How far colours move away from grey, so small shares are still told apart.
  const shift = 0.7;
  let saturation = background ? (dark ? 0.5 : 0.1) : 1.0;
  const value = background ? (dark ? 0.3 : 0.93) : (dark ? 0.85 : 0.7);
  score = Math.max(-1, Math.min(1, Number.isFinite(score) ? score : 0));
  // Near zero: grey rather than yellow.
  if (Math.abs(score) < 0.2) saturation *= Math.abs(score) / 0.2;
  if (score > 0) score = score ** (1 - shift);
  if (score < 0) score = -((-score) ** (1 - shift));
  let r: number, g: number;
  if (score < 0) { g = value; r = value * (1 + saturation * score); } else { r = value; g = value * (1 - saturation * score); }
  const b = value * (1 - saturation);
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}
