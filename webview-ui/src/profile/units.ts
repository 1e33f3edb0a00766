// Numbers in human units for the sample type's unit: bytes as KiB/MiB/GiB, nanoseconds as
// µs/ms/s, counts with thousands separators; the same module writes the Markdown export's values.
import { formatTablePercent, formatTableValue } from '../../../src/shared/tableFormat';

export const formatValue = formatTableValue;
export const formatPercent = formatTablePercent;

/** A signed change, e.g. "+1.2MiB". */
export function formatDelta(delta: number, unit: string): string {
  return (delta > 0 ? '+' : '') + formatValue(delta, unit);
}
