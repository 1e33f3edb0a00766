// Human-readable numbers for views and code lenses. Pure: no locale from the host, so the
// output is the same in the extension, the CLI and tests.

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

// The profile editor's table writes values pprof-style: no space before the unit, two decimals
// under 10, one under 100 ("1.00MiB", "51.7MiB", "86.0%"). The Markdown export says what that
// table says; webview-ui/src/profile/units.ts draws it (a webview imports nothing from core) and a
// unit test keeps the two the same.
const TABLE_BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

function tableDigits(n: number): string {
  const abs = Math.abs(n);
  return abs >= 100 ? n.toFixed(0) : abs >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** A value in a pprof unit as the profile editor's table shows it ("1.01MiB", "12.5ms", "1,234"). */
export function formatTableValue(value: number, unit: string): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  switch (unit) {
    case 'bytes': {
      let v = abs, i = 0;
      while (v >= 1024 && i < TABLE_BYTE_UNITS.length - 1) { v /= 1024; i++; }
      return sign + (i === 0 ? String(v) : tableDigits(v)) + TABLE_BYTE_UNITS[i];
    }
    case 'nanoseconds': {
      if (abs >= 1e9) return sign + tableDigits(abs / 1e9) + 's';
      if (abs >= 1e6) return sign + tableDigits(abs / 1e6) + 'ms';
      if (abs >= 1e3) return sign + tableDigits(abs / 1e3) + 'µs';
      return sign + abs + 'ns';
    }
    case 'microseconds': return formatTableValue(value * 1e3, 'nanoseconds');
    case 'milliseconds': return formatTableValue(value * 1e6, 'nanoseconds');
    case 'seconds': return formatTableValue(value * 1e9, 'nanoseconds');
    default: return sign + formatCount(abs);
  }
}

/** part/whole as the profile editor's table shows it ("86.0%", "1.94%"). */
export function formatTablePercent(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const p = (100 * part) / whole;
  return `${Math.abs(p) >= 10 ? p.toFixed(1) : p.toFixed(2)}%`;
}

function short(v: number): string {
  return trimZeros(v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2));
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

// C0 and C1 controls (tab and line breaks aside) and the bidirectional overrides: text quoted from a
// file (binary input, a hostile dump) must not move a terminal's cursor, recolour it or reorder
// what is shown.
// eslint-disable-next-line no-control-regex -- finding control characters is this expression's job
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with control characters replaced by U+FFFD, as text decoders show undecodable bytes. */
export function withVisibleControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '\ufffd');
}
