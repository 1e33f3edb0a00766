// A made-up variant of a `file:line` line, ` sp=0x…` alone after the location, added to the table
// before any parser is loaded: byteLineParsers.ts reads the rows' marks when it loads.
import { LOCATION_ENDS, type LocationEndRow } from '../../../../src/core/goroutines/locationEnds';

(LOCATION_ENDS as LocationEndRow[]).push({
  kind: 'stack pointer',
  example: '/app/main.go:12 sp=0xc000051f70',
  mark: ' sp=',
  onText: () => true,
  onBytes: () => true,
});
