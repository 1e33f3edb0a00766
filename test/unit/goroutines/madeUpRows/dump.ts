/** A dump holding a line of each made-up row (main.ts): a call, its `file:line` with ` sp=`, frames hidden. */
export const madeUpDump = [
  'goroutine 1 [running]:',
  'main.worker[0xc000010000 0x1]',
  '\t/app/main.go:12 sp=0xc000051f70',
  '--- 3 frames hidden ---',
  'main.main()',
  '\t/app/main.go:30 +0x1d',
  '',
  'goroutine 2 [chan receive]:',
  'main.worker[0xc000010040 0x2]',
  '\t/app/main.go:14 sp=0xc000051f78',
  'created by main.main in goroutine 1',
  '\t/app/main.go:28 +0x4a',
  '',
].join('\n');
