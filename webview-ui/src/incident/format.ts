// Number, size and time formatting for the incident view (raw values from the core's model).
const grouping = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return grouping.format(n);
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** 553 MiB, 1.2 GiB, 640 KiB: three significant digits at most, as the core's sentences print sizes. */
export function formatBytes(bytes: number): string {
  let v = Math.abs(bytes);
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) { v /= 1024; u++; }
  const digits = u === 0 ? String(Math.round(v)) : v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return `${bytes < 0 ? '-' : ''}${digits} ${UNITS[u]}`;
}

/** A heap value in its sample type's unit: bytes for *_space, a count for *_objects. */
export function formatSampleValue(sampleType: string, value: number): string {
  return /objects|count/.test(sampleType) ? formatCount(value) : formatBytes(value);
}

/** As the core's sentences say it: 95%, <1%, 100% from 99.5%. */
export function formatPercent(fraction: number): string {
  if (fraction >= 0.995) return '100%';
  if (fraction >= 0.01) return `${Math.round(fraction * 100)}%`;
  return fraction > 0 ? '<1%' : '0%';
}

export function formatTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
