// Go rounds an exact tie to even (%.2f of 1.125 is "1.12", %.2g of 0.625 is "0.62"), JavaScript away
// from zero; the formatters find a tie in the double's exact digits. Those digits cost microseconds
// a number, so they are made only for a number near a tie: these pin that the shortcut changes no
// output, against the exact digits made for every number.
import assert from 'node:assert/strict';
import { goFixed, percentage } from '../../../src/core/pprof/measurement';

/** Go's %.<digits>f from the exact digits alone. */
function exactFixed(v: number, digits: number): string {
  const text = v.toFixed(digits);
  if (!Number.isFinite(v) || Math.abs(v) >= 1e21) return text;
  const exact = Math.abs(v).toFixed(100);
  const point = exact.indexOf('.');
  if (!/^50*$/.test(exact.slice(point + 1 + digits))) return text;
  const down = exact.slice(0, digits === 0 ? point : point + 1 + digits);
  const even = Number(down[down.length - 1]) % 2 === 0 ? down : text.replace('-', '');
  return v < 0 ? `-${even}` : even;
}

/** Go's %5.2g of a ratio, from the exact digits alone (the percentage below 1 %). */
function exactG2(value: number): string {
  let ratio = value;
  const [mantissa, exponent] = Math.abs(value).toExponential(99).split('e');
  const sig = mantissa.replace('.', '');
  if (/^50*$/.test(sig.slice(2)) && Number(sig[1]) % 2 === 0) ratio = Number(`${sig.slice(0, 2)}e${Number(exponent) - 1}`);
  const exp = Math.floor(Math.log10(Math.abs(Number(ratio.toPrecision(2)))));
  if (exp < -4) {
    const [m, e] = ratio.toExponential(1).split('e');
    const n = Number(e);
    return `${m.replace(/\.?0+$/, '')}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  const text = ratio.toPrecision(2);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function exactPercentage(value: number, total: number): string {
  const ratio = total !== 0 ? Math.abs(value / total) * 100 : 0;
  if (ratio >= 99.95 && ratio <= 100.05) return '  100%';
  if (ratio >= 1) return `${exactFixed(ratio, 2).padStart(5)}%`;
  return `${(ratio === 0 ? '0' : exactG2(ratio)).padStart(5)}%`;
}

/** Numbers of every magnitude: random ones, exact binary ties at each digit, and their neighbours. */
function numbers(): number[] {
  const out: number[] = [];
  let seed = 12345;
  const random = (): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
  for (let e = -12; e <= 18; e++) for (let i = 0; i < 100; i++) out.push(random() * 10 ** e, -random() * 10 ** e);
  for (let k = 0; k < 1000; k++) for (const d of [1, 2, 3, 4, 8, 16, 32, 64, 128, 256, 1024]) {
    const tie = (k + 0.5) / d;
    out.push(tie, -tie, tie / 100, tie * 1e6, tie / 1e5);
  }
  for (const v of [...out.slice(-2000)]) out.push(v * (1 + 2 ** -52), v * (1 - 2 ** -52));
  return out.concat([0, -0, 1e21, 2 ** 53 + 2, 2 ** 30 + 0.5, 2 ** 40 + 0.5, 0.005, 0.015, 0.125, 1.125, 99.945]);
}

describe('Go\'s ties to even, found without the exact digits of every number', () => {
  const all = numbers();

  it(`goFixed at 0, 1, 2 and 3 digits is the exact digits' answer for ${all.length.toLocaleString('en-US')} numbers`, () => {
    for (const digits of [0, 1, 2, 3]) for (const v of all) assert.equal(goFixed(v, digits), exactFixed(v, digits), `${v} at ${digits}`);
  });

  it('percentage (2 digits at or past 1 %, 2 significant below) is the exact digits\' answer', () => {
    for (const v of all) for (const total of [1, 7, 3.2e15]) assert.equal(percentage(v, total), exactPercentage(v, total), `${v} of ${total}`);
  });
});
