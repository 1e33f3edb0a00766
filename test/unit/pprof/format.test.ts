import assert from 'node:assert/strict';
import { formatBytes, formatCount, formatDuration, formatPercent, formatValue } from '../../../src/core/format';

describe('format', () => {
  it('bytes in binary units', () => {
    assert.equal(formatBytes(0), '0 B');
    assert.equal(formatBytes(1023), '1023 B');
    assert.equal(formatBytes(1536), '1.5 KiB');
    assert.equal(formatBytes(6503537495), '6.06 GiB');
    assert.equal(formatBytes(-4194304), '-4 MiB');
  });
  it('durations from nanoseconds', () => {
    assert.equal(formatDuration(850), '850 ns');
    assert.equal(formatDuration(1200), '1.2 µs');
    assert.equal(formatDuration(12_500_000), '12.5 ms');
    assert.equal(formatDuration(3_250_000_000), '3.25 s');
    assert.equal(formatDuration(125e9), '2 min 5 s');
    assert.equal(formatDuration(3780e9), '1 h 3 min');
  });
  it('counts with thousands separators, values by unit, percentages', () => {
    assert.equal(formatCount(7046), '7,046');
    assert.equal(formatCount(-1234567), '-1,234,567');
    assert.equal(formatValue(2048, 'bytes'), '2 KiB');
    assert.equal(formatValue(1e7, 'nanoseconds'), '10 ms');
    assert.equal(formatValue(60065969, 'count'), '60,065,969');
    assert.equal(formatPercent(1, 3), '33.3%');
    assert.equal(formatPercent(1, 0), '0%');
  });
});
