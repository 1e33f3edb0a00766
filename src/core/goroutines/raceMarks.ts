// The lines that open and close a race detector report: read by the line classifier (lineKinds.ts)
// and by the reader of a report flattened onto one line (flattenedRace.ts).
export const RACE_START = 'WARNING: DATA RACE';
export const RACE_RULE = '==================';
