// Values as the profile editor's table shows them, pprof-style: no space before the unit, two
// decimals under 10, one under 100 ("1.00MiB", "51.7MiB", "12.5ms", "86.0%"). One module for the
// webview that draws the table and the core's Markdown export that must say the same.

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

function tableDigits(n: number): string {
  const abs = Math.abs(n);
  return abs >= 100 ? n.toFixed(0) : abs >= 10 ? n.toFixed(1) : n.toFixed(2);
}

function groupedCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A value in a pprof unit as the table shows it ("1.01MiB", "12.5ms", "1,234"). */
export function formatTableValue(value: number, unit: string): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  switch (unit) {
    case 'bytes': {
      let v = abs, i = 0;
      while (v >= 1024 && i < BYTE_UNITS.length - 1) { v /= 1024; i++; }
      return sign + (i === 0 ? String(v) : tableDigits(v)) + BYTE_UNITS[i];
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
    default: return sign + groupedCount(abs);
  }
}

/** part/whole as the table shows it ("86.0%", "1.94%"). */
export function formatTablePercent(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const p = (100 * part) / whole;
  return `${Math.abs(p) >= 10 ? p.toFixed(1) : p.toFixed(2)}%`;
}
