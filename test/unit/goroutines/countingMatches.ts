// Counting the regular expression matches a reading makes: the tests that bound them per junk line.

/** Regular expression matches `run` makes (every test, exec, match, replace and split goes through `exec`). */
export function countingMatches<T>(run: () => T): { result: T; matches: number } {
  const exec = RegExp.prototype.exec;
  let matches = 0;
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    matches++;
    return exec.call(this, text);
  };
  try {
    return { result: run(), matches };
  } finally {
    RegExp.prototype.exec = exec;
  }
}
