// The scanner's states (scanner.ts' head is their table): which section of a dump the line being
// read belongs to.

export type ScanMode = 'outside' | 'goroutine' | 'ancestor' | 'runtimeStack' | 'headless' | 'record' | 'race' | 'delve';
