// Human-readable numbers for views and code lenses. Pure: no locale from the host, so the
// output is the same in the extension, the CLI and tests.
import { HIDDEN_CHARACTER_CLASSES } from '../shared/visibleText';

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** 1536 → "1.5 KiB", 0 → "0 B"; negative values keep their sign (diffs). */
export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : '';
  let v = Math.abs(bytes);
  let u = 0;
  while (v >= 1024 && u < BYTE_UNITS.length - 1) { v /= 1024; u++; }
  return `${sign}${u === 0 ? String(Math.round(v)) : trimZeros(v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2))} ${BYTE_UNITS[u]}`;
}

/** Nanoseconds → "850 ns", "1.2 µs", "12.5 ms", "3.25 s", "2 min 5 s", "1 h 3 min". */
export function formatDuration(nanos: number): string {
  const sign = nanos < 0 ? '-' : '';
  const v = Math.abs(nanos);
  if (v < 1e3) return `${sign}${Math.round(v)} ns`;
  if (v < 1e6) return `${sign}${short(v / 1e3)} µs`;
  if (v < 1e9) return `${sign}${short(v / 1e6)} ms`;
  const seconds = v / 1e9;
  if (seconds < 60) return `${sign}${short(seconds)} s`;
  const totalSeconds = Math.round(seconds);
  if (totalSeconds < 3600) return `${sign}${Math.floor(totalSeconds / 60)} min ${totalSeconds % 60} s`;
  return `${sign}${Math.floor(totalSeconds / 3600)} h ${Math.floor((totalSeconds % 3600) / 60)} min`;
}

/** 1234567 → "1,234,567" (integers; fractions are rounded). */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Formats a value in a pprof unit ("bytes", "nanoseconds", "count", …). */
export function formatValue(value: number, unit: string): string {
  switch (unit) {
    case 'bytes': return formatBytes(value);
    case 'nanoseconds': return formatDuration(value);
    case 'microseconds': return formatDuration(value * 1e3);
    case 'milliseconds': return formatDuration(value * 1e6);
    case 'seconds': return formatDuration(value * 1e9);
    default: return formatCount(value);
  }
}

/** part/whole as "12.3%" ("0%" when whole is 0). */
export function formatPercent(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const p = (part / whole) * 100;
  return `${trimZeros(p.toFixed(Math.abs(p) >= 10 ? 1 : 2))}%`;
}

function short(v: number): string {
  return trimZeros(v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2));
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

// C0 and C1 controls (tab and line feed aside) and the bidirectional controls (the table of
// src/shared/visibleText.ts): text quoted from a file (binary input, a hostile dump) must not move
// a terminal's cursor, recolour it or reorder what is shown. A carriage return too: the CLI's text
// ends its lines with a line feed alone, so a CR came from a name, and it would send the cursor back
// to overwrite the row's numbers with the rest of that name. Characters of no width are printed
// as pprof prints them.
const INVISIBLE_CONTROLS = new RegExp(`[[${HIDDEN_CHARACTER_CLASSES.control}${HIDDEN_CHARACTER_CLASSES.bidi}]--[\\t\\n]]`, 'gv');

/** `text` with control characters (carriage returns included) replaced by U+FFFD, as text decoders show undecodable bytes. */
export function withVisibleControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '\ufffd');
}
