// Android's logcat in its long format (`adb logcat -v long`, Android Studio's old console) prints
// each record's time, process, thread, level and tag on a line of their own, the message under it:
// `[ 08-05 12:05:18.894  7661: 7661 E/Go       ]`. Such a line is none of the dump's and no break in
// it: the scanner passes over it, and it may stand between a crash line and its goroutine header.

/** The head alone: `[ MM-DD hh:mm:ss.mmm  pid: tid L/Tag ]`, the tag padded with spaces. */
const LOGCAT_HEAD = /^\[ \d\d-\d\d \d\d:\d\d:\d\d\.\d{3} +\d+: *\d+ [VDIWEFA]\/[^\]]*\]$/;

/** Whether the trimmed line is a logcat head. */
export function isLogcatHead(line: string): boolean {
  return line.length < 160 && LOGCAT_HEAD.test(line);
}

/** Whether the trimmed line ends in a logcat head, behind whatever prefix the logger put before it. */
export function endsInLogcatHead(line: string): boolean {
  const at = line.lastIndexOf('[ ');
  return at >= 0 && isLogcatHead(line.slice(at));
}
