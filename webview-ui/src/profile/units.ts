// Numbers in human units for the sample type's unit: bytes as KiB/MiB/GiB, nanoseconds as
// µs/ms/s, counts with thousands separators.
// The Markdown export writes the same (src/core/format.ts formatTableValue, formatTablePercent: a
// webview imports nothing from core); test/unit/report/topExportFormat.test.ts keeps them equal.

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

function trimmed(n: number): string {
  const abs = Math.abs(n);
  return abs >= 100 ? n.toFixed(0) : abs >= 10 ? n.toFixed(1) : n.toFixed(2);
}

export function formatValue(value: number, unit: string): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  switch (unit) {
    case 'bytes': {
      let v = abs, i = 0;
      while (v >= 1024 && i < BYTE_UNITS.length - 1) { v /= 1024; i++; }
      return sign + (i === 0 ? String(v) : trimmed(v)) + BYTE_UNITS[i];
    }
    case 'nanoseconds': {
      if (abs >= 1e9) return sign + trimmed(abs / 1e9) + 's';
      if (abs >= 1e6) return sign + trimmed(abs / 1e6) + 'ms';
      if (abs >= 1e3) return sign + trimmed(abs / 1e3) + 'µs';
      return sign + abs + 'ns';
    }
    case 'microseconds': return formatValue(value * 1e3, 'nanoseconds');
    case 'milliseconds': return formatValue(value * 1e6, 'nanoseconds');
    case 'seconds': return formatValue(value * 1e9, 'nanoseconds');
    default: return sign + Math.round(abs).toLocaleString('en-US');
  }
}

export function formatPercent(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const p = (100 * part) / whole;
  return `${Math.abs(p) >= 10 ? p.toFixed(1) : p.toFixed(2)}%`;
}

/** A signed change, e.g. "+1.2MiB". */
export function formatDelta(delta: number, unit: string): string {
  return (delta > 0 ? '+' : '') + formatValue(delta, unit);
}
