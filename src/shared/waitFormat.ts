// How long goroutines have waited, in the words every view uses (the goroutine table, the code
// lenses, the incident report's facts, the ranking's sentences, the CLI's text), so one group never
// reads "0–2 min" in one place and "up to 2 min" in another, nor "429 min" in one and "7 h 9 min"
// in another. Go's own words ("429 minutes") stay in the dump's headers, where a search finds them,
// and JSON outputs keep the number of minutes.

/**
 * "1,666" or "5.5", as Intl's en-US format prints minutes (three fraction digits at most), without
 * Intl: the CLI imports this, and Intl's first use pages in ICU's data (~5 MB, ~25 ms of a cold start).
 */
function grouped(n: number): string {
  const rounded = Math.round(Math.abs(n) * 1000) / 1000;
  const [whole, fraction] = String(rounded).split('.');
  const sign = n < 0 && rounded !== 0 ? '-' : '';
  return sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
}

/** From this many minutes a wait reads in hours: "7 h 9 min" is read faster than "429 min". */
export const WAIT_HOURS_FROM_MINUTES = 120;

/** One wait: "45 min", "2 h", "7 h 9 min", "1,666 h 40 min"; a median's half minute rounded. */
export function formatWaitDuration(minutes: number): string {
  if (minutes < WAIT_HOURS_FROM_MINUTES) return `${grouped(minutes)} min`;
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60), rest = whole % 60;
  return rest === 0 ? `${grouped(hours)} h` : `${grouped(hours)} h ${rest} min`;
}

/**
 * "5 min", "261–429 min" under two hours, "4 h 21 min – 7 h 9 min" past them, or "up to 2 min"
 * when the shortest is 0: Go prints no minutes under one, so a 0 is "less than a minute", not a
 * wait that started at 0.
 */
export function formatWaitMinutes(min: number, max: number): string {
  if (max >= WAIT_HOURS_FROM_MINUTES) {
    if (min === max) return formatWaitDuration(max);
    return min === 0 ? `up to ${formatWaitDuration(max)}` : `${formatWaitDuration(min)} – ${formatWaitDuration(max)}`;
  }
  if (min === max) return `${grouped(max)} min`;
  return min === 0 ? `up to ${grouped(max)} min` : `${grouped(min)}–${grouped(max)} min`;
}

/**
 * The wait in a sentence: "for 1 minute", "for up to 2 minutes", "for 30–90 minutes"; past two
 * hours the table's words, "for 4 h 21 min – 7 h 9 min", so a sentence and the row under it agree.
 */
export function waitSentencePhrase(min: number, max: number): string {
  if (max >= WAIT_HOURS_FROM_MINUTES) return `for ${formatWaitMinutes(min, max)}`;
  if (min === max) return `for ${grouped(max)} ${max === 1 ? 'minute' : 'minutes'}`;
  return min === 0 ? `for up to ${grouped(max)} minutes` : `for ${grouped(min)}–${grouped(max)} minutes`;
}

/** Go's own words for the wait, "261–429 minutes" or "1 minute": what a search of the dump finds (a tooltip, the CLI beside the hours). */
export function goWaitMinutes(min: number, max: number): string {
  if (min === 0 && max > 0) return `up to ${grouped(max)} minutes`;
  if (min === max) return `${grouped(max)} ${max === 1 ? 'minute' : 'minutes'}`;
  return `${grouped(min)}–${grouped(max)} minutes`;
}
