// Race reports in the shapes the fixtures lack, made by hand from Go's lines: a double-spaced paste
// (every line break doubled), access lines a terminal broke after their `by`, a blank line under a
// header followed by another, a stack not restored under a call.
const RULE = '==================';

const section = (header: string, ...frames: string[]): string[] => [header, ...frames.flatMap(f => [`  ${f}()`, `      /app/${f.replace(/\W/g, '_')}.go:12 +0x1d`])];

export const craftedRaceReports: readonly string[] = [
  // Double-spaced: a blank line between any two lines, three between sections.
  [RULE, 'WARNING: DATA RACE', ...section('Read at 0x00c0000180d8 by goroutine 7:', 'main.read', 'main.worker'), '', '',
    ...section('Previous write at 0x00c0000180d8 by main goroutine:', 'main.write'), '', '',
    ...section('Goroutine 7 (running) created at:', 'main.main'), RULE, ''].join('\n\n'),
  // Access lines broken after their `by`, one under a call waiting for its `file:line`, one over a blank line.
  [RULE, 'WARNING: DATA RACE', 'Write at 0x00c0000180d8 by goroutine', '25:', '  main.write()', '      /app/main.go:12 +0x1d', '',
    'Previous read at 0x00c0000180d8 by', '', 'main goroutine:', '  main.read()', 'Read at 0x00c0000180e0 by main', '  main.f()',
    '      /app/main.go:14 +0x1d', '', 'Goroutine 25 (running) created at:', '  main.main()', '      /app/main.go:30 +0x44', RULE, ''].join('\n'),
  // A blank line under a header, then another; a stack not restored under a header and under a call; text that is none of the report's.
  [RULE, 'WARNING: DATA RACE', 'Read at 0x00c0000180d8 by goroutine 7:', '', '', '  main.read()', '      /app/main.go:12 +0x1d',
    'Previous write at 0x00c0000180d8 by goroutine 8:', '  [failed to restore the stack]', '  main.write()', '  [failed to restore the stack]',
    'some words', '', 'Goroutine 8 (finished) created at:', '  main.main()', '      /app/main.go:30 +0x44', RULE, ''].join('\n'),
  // Headers right under headers, broken ones under a header and a frame, blank lines under a header past its first line and under a call.
  [RULE, 'WARNING: DATA RACE', 'Read at 0x00c0000180d8 by goroutine 7:', 'Goroutine 9 (running) created at:', 'Write at 0x00c0000180d8 by goroutine 8:',
    'Read at 0x00c0000180e0 by goroutine', '9:', 'Write at 0x00c0000180e0 by', 'goroutine 10:', '  main.write()', '      /app/main.go:12 +0x1d',
    'Read at 0x00c0000180f0 by main', 'goroutine:', '  main.read()', '      /app/main.go:14 +0x1d', '  [failed to restore the stack]', '',
    'Read at 0x00c000018100 by goroutine 11:', 'some words', '', 'Read at 0x00c000018108 by goroutine 12:', '  main.read()', '', RULE, ''].join('\n'),
  // Double-spaced again, with words between sections, a section under a call cut by its blank lines and a broken access line over blank lines.
  [RULE, 'WARNING: DATA RACE', ...section('Read at 0x00c0000180d8 by goroutine 7:', 'main.read'), '', '', 'some words', '', '',
    'Previous write at 0x00c0000180d8 by goroutine 8:', '  main.write()', '', '', 'Write at 0x00c0000180e0 by', '', '', 'goroutine 9:',
    '  main.f()', '      /app/main.go:14 +0x1d', 'Read at 0x00c000018100 by goroutine 11:', '', '', RULE, ''].join('\n\n'),
];
