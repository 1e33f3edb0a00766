// Go's fmt of a time.Time and a time.Duration, as pprof's -raw prints a profile's time and
// duration: `time.Unix(0, ns).String()` in the local zone, `%.4v` of the duration.

/** Go's Time.String(): "2006-01-02 15:04:05.999999999 -0700 MST", nanoseconds without trailing zeros, in the local zone. */
export function goTimeString(nanos: number, exact?: bigint): string {
  const ns = exact ?? BigInt(Math.trunc(nanos));
  // Whole seconds, rounded down, and the nanoseconds past them (a time before 1970 too).
  let seconds = ns / 1_000_000_000n, fraction = ns % 1_000_000_000n;
  if (fraction < 0n) { fraction += 1_000_000_000n; seconds -= 1n; }
  const d = new Date(Number(seconds) * 1000);
  const two = (n: number): string => String(n).padStart(2, '0');
  const offsetMinutes = -d.getTimezoneOffset();
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${two(Math.trunc(Math.abs(offsetMinutes) / 60))}${two(Math.abs(offsetMinutes) % 60)}`;
  const zone = zoneAbbreviation(d);
  // Go names a zone without an abbreviation by its offset ("+0530"); Intl says "GMT+5:30".
  const zoneName = /^GMT[+-]/.test(zone) ? offset : zone === 'GMT' && offsetMinutes === 0 && isUtcZone() ? 'UTC' : zone;
  const digits = fraction === 0n ? '' : '.' + fraction.toString().padStart(9, '0').replace(/0+$/, '');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}${digits} ${offset} ${zoneName}`;
}

/** The local zone's short name at that time as Intl gives it ("UTC", "CET", "GMT+5:30"). */
export function zoneAbbreviation(d: Date): string {
  return new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d).find(p => p.type === 'timeZoneName')?.value ?? 'UTC';
}

function isUtcZone(): boolean {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone === 'UTC' || zone === 'Etc/UTC';
}

/** Go's time.Duration.String(): "1h2m3.5s", "1.5ms", "0s". */
export function goDurationString(nanos: number): string {
  if (nanos === 0) return '0s';
  const negative = nanos < 0;
  const u = Math.abs(Math.trunc(nanos));
  let text: string;
  if (u < 1e9) {
    // Under a second: one unit, its fraction without trailing zeros.
    const [unit, scale] = u < 1e3 ? ['ns', 1] : u < 1e6 ? ['µs', 1e3] : ['ms', 1e6];
    text = fractionText(u, scale) + unit;
  } else {
    const hours = Math.floor(u / 3.6e12), minutes = Math.floor((u % 3.6e12) / 6e10);
    const seconds = fractionText(u % 6e10, 1e9) + 's';
    text = hours > 0 ? `${hours}h${minutes}m${seconds}` : minutes > 0 ? `${minutes}m${seconds}` : seconds;
  }
  return negative ? '-' + text : text;
}

function fractionText(value: number, scale: number): string {
  const whole = Math.floor(value / scale), rest = value - whole * scale;
  if (rest === 0) return String(whole);
  const width = String(scale).length - 1;
  return `${whole}.${String(rest).padStart(width, '0').replace(/0+$/, '')}`;
}

/** fmt's `%.Nv` of a Stringer: its text cut to N characters. */
export function goPrecision(text: string, n: number): string {
  return [...text].slice(0, n).join('');
}
