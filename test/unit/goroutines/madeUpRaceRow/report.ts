/** A race report whose calls a tracer printed with bracketed arguments (main.ts' made-up row), in every state a call is read in (right under a header, under a frame, under a call). */
export const madeUpRaceReport = [
  '==================',
  'WARNING: DATA RACE',
  'Read at 0x00c0000180d8 by goroutine 7:',
  '  main.record[0xc000010000 0x1]',
  '      /app/main.go:18 +0x4c',
  '  main.worker[0xc000010040]',
  '      /app/main.go:25 +0x44',
  '',
  'Previous write at 0x00c0000180d8 by main goroutine:',
  '  main.flush()',
  '  main.record[0xc000010000 0x2]',
  '      /app/main.go:19 +0x50',
  '  main.main()',
  '      /app/main.go:40 +0x1d',
  '',
  'Goroutine 7 (running) created at:',
  '  main.main()',
  '      /app/main.go:37 +0x88',
  '==================',
  '',
].join('\n');

/** The lines of the made-up kind in the report. */
export const MADE_UP_LINES = 3;
