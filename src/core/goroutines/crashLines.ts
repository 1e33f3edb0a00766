// The kinds of line that report a crash (`panic: …`, `fatal error: …`, `SIGQUIT: quit`, …) and
// what each means for finding the problem: whether the first goroutine after it crashed, whether
// it is printed once as a process ends, whether it is a panic a server recovered from. The one
// place these facts live: the line classifier (lineKinds.ts), the prefix learner, the junk gate on
// bytes (prefixedStarts.ts), the culprit (crashCulprit.ts), the dump split and the suspect sentence
// read them from here, so a new kind of crash line is one row.
import type { CrashHeader } from './model';

/**
 * What the junk gate (prefixedStarts.ts) looks for on a line's bytes, so that a line holding this
 * crash line behind a log prefix is never skipped as junk.
 */
export type CrashGateWord =
  /** `<word>: `: the word ends right before the colon. */
  | { readonly beforeColon: string }
  /** `SIG` and more capitals or digits, right before the colon. */
  | { readonly signalBeforeColon: true }
  /** `: <word>`, after a name the gate does not read. */
  | { readonly afterColon: string }
  /** The word anywhere on the line. */
  | { readonly anywhere: string };

export interface CrashLineKind {
  /** Its name, for reading the table. */
  readonly kind: string;
  /** How the trimmed line starts: a regular expression piece (no anchor, no nested quantifier). */
  readonly pattern: string;
  /**
   * The ASCII words every such line starts with, by which junk is told on its bytes before it is
   * decoded (lineKinds.ts); null for a line that starts with a name, then `: ` and its `afterColon` word.
   */
  readonly startWords: string | null;
  /** How the line starts behind a log prefix (prefixLearner.ts), a regular expression piece; null: not looked for there. */
  readonly behindPrefix: string | null;
  /** What the junk gate looks for: null exactly when `behindPrefix` is. */
  readonly gate: CrashGateWord | null;
  /** How the crash's message starts as kept (dumpBoundaries.ts names some anew): a regular expression piece. */
  readonly kept: string;
  /** The first goroutine printed after it is the one that crashed. */
  readonly namesCulprit: boolean;
  /** Printed once, as a process ends: another one after a dump's goroutines starts the next dump (dumpSplit.ts). */
  readonly endsProcess: boolean;
  /** A panic recovered and logged with the stack of its goroutine, which lives on. */
  readonly recoveredPanic: boolean;
}

type Facts = Partial<Pick<CrashLineKind, 'namesCulprit' | 'endsProcess' | 'recoveredPanic'>>;

const NO_FACTS = { namesCulprit: false, endsProcess: false, recoveredPanic: false };

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The words before the first `: `, or the whole words when they hold none. */
function gateFor(words: string): CrashGateWord {
  const colon = words.indexOf(': ');
  return colon > 0 ? { beforeColon: words.slice(0, colon) } : { anywhere: words };
}

/** A line that starts with these words (then `rest`, a regular expression piece), found behind a prefix by the words alone. */
function words(kind: string, start: string, facts: Facts = {}, rest = ''): CrashLineKind {
  const pattern = escapeRegExp(start) + rest;
  return { kind, pattern, startWords: start, behindPrefix: escapeRegExp(start), gate: gateFor(start), kept: pattern, ...NO_FACTS, ...facts };
}

/** A line that starts with a signal's name (`SIGSEGV: `), matched by `pattern`. */
function signal(kind: string, pattern: string, facts: Facts = {}): CrashLineKind {
  return { kind, pattern, startWords: 'SIG', behindPrefix: pattern, gate: { signalBeforeColon: true }, kept: pattern, ...NO_FACTS, ...facts };
}

/**
 * `<name>: <after>`: the name is anyone's (a server's error log), so only the words after it are
 * looked for; a logger may name itself before it (hclog's `[ERROR] http: http: panic serving …`).
 * One name or more: a name holds no `:` or space, so each repetition ends where it must.
 */
function afterName(kind: string, after: string, facts: Facts): CrashLineKind {
  const pattern = String.raw`(?:[\w.-]+: )+` + escapeRegExp(after);
  return { kind, pattern, startWords: null, behindPrefix: pattern, gate: { afterColon: after }, kept: pattern, ...NO_FACTS, ...facts };
}

/** The runtime's first words of a stack overflow, which a paste may keep alone. */
export const STACK_LIMIT = 'runtime: goroutine stack exceeds ';
/** What a stack overflow's message is kept as: named for what it is. */
export const STACK_OVERFLOW = 'stack overflow: ';
/** Go 1.0's words for a fatal error (`throw: all goroutines are asleep - deadlock!`), which Go 1.1 named `fatal error: `. */
export const GO10_THROW = 'throw: ';
/** How a fatal error's message is kept, whichever Go printed it. */
export const FATAL_ERROR = 'fatal error: ';
/** How klog's structured text format starts HandleCrash's record: its message, quoted. */
export const KLOG_OBSERVED_PANIC = '"Observed a panic" ';
/** How gin's recovery line starts; it is kept as `PANIC_RECOVERED` and the value under it. */
export const GIN_RECOVERY = '[Recovery] ';
export const PANIC_RECOVERED = 'panic recovered: ';
/** Vitess' recovery line, kept with the value under it. */
export const UNCAUGHT_PANIC = 'Uncaught panic: ';
/** Signals by which someone asked for the dump (`kill -QUIT`, `abort()`): no goroutine crashed. */
const DUMP_SIGNALS = 'QUIT|ABRT';

export const CRASH_LINE_KINDS: readonly CrashLineKind[] = [
  words('panic', 'panic: ', { namesCulprit: true, endsProcess: true }),
  // `panic: ` and nothing else on the line (trimmed, `panic:`): a value that starts with a line break (Ginkgo's failure), on the lines after.
  { ...words('panic', 'panic:', { namesCulprit: true, endsProcess: true }), pattern: 'panic:$', behindPrefix: null, gate: null, kept: 'panic: ' },
  words('fatal error', 'fatal error: ', { namesCulprit: true, endsProcess: true }),
  // Go 1.0's fatal error, kept as Go 1.1 and later name it. Only at a line's start: behind a prefix, `throw: ` is anyone's word.
  { ...words('go 1.0 throw', GO10_THROW, { namesCulprit: true, endsProcess: true }), behindPrefix: null, gate: null, kept: escapeRegExp(FATAL_ERROR) },
  // GOTRACEBACK=crash prints a signal line again for each thread's section: none ends the process once.
  signal('dump signal', `SIG(?:${DUMP_SIGNALS}): `),
  signal('fault signal', `SIG(?!(?:${DUMP_SIGNALS}):)[A-Z0-9]+: `, { namesCulprit: true }),
  // Only at a line's start: behind a log prefix, `signal 15` is more likely a program's own news than a crash.
  { ...words('signal number', 'signal ', { namesCulprit: true }, String.raw`\d+`), behindPrefix: null, gate: null },
  words('unexpected fault address', 'unexpected fault address ', { namesCulprit: true }),
  // `Exception 0xc0000005 0x0 0x8 0x7ff…`: a Windows exception (runtime/signal_windows.go).
  words('windows exception', 'Exception 0x', { namesCulprit: true }, '[0-9a-f]+ '),
  // `runtime: goroutine stack exceeds 1000000000-byte limit`: a stack overflow, which may be all a paste keeps of the crash.
  { ...words('stack overflow', STACK_LIMIT, { namesCulprit: true, endsProcess: true }), kept: escapeRegExp(STACK_OVERFLOW) },
  // `http: panic serving 10.0.0.1:1234: …` (net/http, or the name of the server's own error log),
  // `Observed a panic: …` (Kubernetes' HandleCrash): a panic recovered and logged with its goroutine's stack.
  afterName('panic serving', 'panic serving ', { namesCulprit: true, recoveredPanic: true }),
  // The same line without its `http: ` (`panic serving 127.0.0.1:32907: …`, as a paste may keep it): only at
  // a line's start and with the client's address, since `panic serving` alone is anyone's words.
  { ...words('panic serving', 'panic serving ', { namesCulprit: true, recoveredPanic: true }, String.raw`\S+: `), behindPrefix: null, gate: null },
  words('observed panic', 'Observed a panic: ', { namesCulprit: true, recoveredPanic: true }),
  // `"Observed a panic" panic="…" stacktrace=<`: the same through klog's structured text format
  // (Kubernetes ≥ 1.31), the message quoted and the value a field; kept as the line above reads
  // (recordPanicField.ts), so it is that kind from then on.
  { ...words('observed panic record', KLOG_OBSERVED_PANIC, { namesCulprit: true, recoveredPanic: true }), kept: 'Observed a panic: ' },
  // `Handler crashed with error …`: beego's recovery logging the panic of a handler, then its
  // callers' `file:line` alone, one a line (locationStack.ts).
  words('handler crashed', 'Handler crashed with error ', { namesCulprit: true, recoveredPanic: true }),
  // `Recovered from panic: …`, `Recovered from panic in HTTP handler […]: …`: recovery middleware
  // (Argo CD, Traefik) logging the panic it caught, then the goroutine's stack.
  words('recovered from panic', 'Recovered from panic', { namesCulprit: true, recoveredPanic: true }, '[: ]'),
  // `Error in Go routine: …`: traefik's safe package logging the panic a goroutine it started
  // recovered, then `Stack: ` and the goroutine's stack in the next record.
  words('error in go routine', 'Error in Go routine: ', { namesCulprit: true, recoveredPanic: true }),
  // Web frameworks' recovery middleware logging the panic it caught, then the stack of
  // `file:line (0x…)` lines (locationStack.ts) or of the goroutine: martini's, macaron's and
  // negroni's `PANIC: <value>`, echo's `[PANIC RECOVER] <value>`.
  words('middleware panic', 'PANIC: ', { namesCulprit: true, recoveredPanic: true }),
  words('echo panic recover', '[PANIC RECOVER] ', { namesCulprit: true, recoveredPanic: true }),
  // Gin's `[Recovery] 2023/03/01 - 10:00:00 panic recovered:` (before 1.4 without the time) and
  // Vitess' `Uncaught panic:`: the value on the lines under it, kept as a panic's is (panicMessage.ts).
  {
    ...words('gin recovery', GIN_RECOVERY, { namesCulprit: true, recoveredPanic: true }, String.raw`(?:\d{4}/\d\d/\d\d - \d\d:\d\d:\d\d )?panic recovered:`),
    kept: escapeRegExp(PANIC_RECOVERED),
  },
  { ...words('uncaught panic', 'Uncaught panic:', { namesCulprit: true, recoveredPanic: true }, '$'), kept: escapeRegExp(UNCAUGHT_PANIC) },
  // Test frameworks that recover a test's panic and report it with the goroutine's stack, the run
  // going on: testify's suite `test panicked: <value>` (behind `go test`'s `suite.go:87: `), and
  // goconvey's error report `Line 112: - <value> `, only at a line's start (its words are anyone's).
  words('test panicked', 'test panicked: ', { namesCulprit: true, recoveredPanic: true }),
  { ...words('goconvey error', 'Line ', { namesCulprit: true, recoveredPanic: true }, String.raw`\d+: - `), behindPrefix: null, gate: null },
  // `fatal: morestack on g0`, `runtime/cgo: pthread_create failed: …`: what the runtime prints right
  // before the signal it dies of (joined to that signal's line): the runtime's own failure, no goroutine's.
  words('runtime fatal', 'fatal: '),
  words('cgo failure', 'runtime/cgo: '),
  // `runtime: program exceeds 10000-thread limit`: the runtime's words right before `fatal error: thread exhaustion`, which say what was exhausted.
  words('thread limit', 'runtime: program exceeds ', { namesCulprit: true, endsProcess: true }, String.raw`\d+-thread limit`),
];

const startsWithAnyOf = (pieces: readonly string[]): RegExp => new RegExp(`^(?:${pieces.join('|')})`);
const keptOf = (has: (row: CrashLineKind) => boolean): RegExp => startsWithAnyOf(CRASH_LINE_KINDS.filter(has).map(row => row.kept));

/** A trimmed line that starts as a crash line of any kind. */
export const CRASH_LINE = startsWithAnyOf(CRASH_LINE_KINDS.map(row => row.pattern));
/** The crash lines looked for behind a log prefix: the alternatives of a regular expression, for the prefix learner's lookahead. */
export const CRASH_LINE_BEHIND_PREFIX = CRASH_LINE_KINDS.flatMap(row => row.behindPrefix ?? []).join('|');
/** The words that crash lines of known start begin with (lineKinds.ts). */
export const CRASH_LINE_START_WORDS: readonly string[] = [...new Set(CRASH_LINE_KINDS.flatMap(row => row.startWords ?? []))];
/** What the junk gate looks for, by where the word sits (`CrashGateWord`). */
export const CRASH_GATE_WORDS: {
  readonly beforeColon: readonly string[];
  readonly signalBeforeColon: boolean;
  readonly afterColon: readonly string[];
  readonly anywhere: readonly string[];
} = {
  beforeColon: CRASH_LINE_KINDS.flatMap(row => row.gate !== null && 'beforeColon' in row.gate ? [row.gate.beforeColon] : []),
  signalBeforeColon: CRASH_LINE_KINDS.some(row => row.gate !== null && 'signalBeforeColon' in row.gate),
  afterColon: [...new Set(CRASH_LINE_KINDS.flatMap(row => row.gate !== null && 'afterColon' in row.gate ? [row.gate.afterColon] : []))],
  anywhere: [...new Set(CRASH_LINE_KINDS.flatMap(row => row.gate !== null && 'anywhere' in row.gate ? [row.gate.anywhere] : []))],
};

/**
 * The crash words that end right before `: ` (`panic`, `fatal error`, a signal's name…), anywhere
 * on a line: a crash line after other text (crashBeforeDump.ts); the junk gate's
 * `holdsCrashWordBeforeColon` finds every line this finds.
 */
export const CRASH_WORD_BEFORE_COLON = new RegExp(
  '(?:' + [
    ...CRASH_GATE_WORDS.beforeColon.map(escapeRegExp),
    ...(CRASH_GATE_WORDS.signalBeforeColon ? ['SIG[A-Z0-9]+'] : []),
  ].join('|') + ')(?=: )', 'g');

const NAMES_CULPRIT = keptOf(row => row.namesCulprit);
const ENDS_PROCESS = keptOf(row => row.endsProcess);
const RECOVERED_PANIC = keptOf(row => row.recoveredPanic);

/** A crash whose first goroutine after it crashed (crashCulprit.ts tells deadlocks and test timeouts apart). */
export function crashNamesCulprit(crash: Pick<CrashHeader, 'message' | 'recovered'>): boolean {
  return crash.recovered === true || NAMES_CULPRIT.test(crash.message);
}

/** A kept crash message printed once as a process ends. */
export function crashEndsProcess(message: string): boolean {
  if (ENDS_PROCESS.test(message)) return true;
  // A chain of crash lines joined into one message (`unexpected fault address 0x… / fatal error: fault`) ends the
  // process when its last line does: Go prints the fatal line last.
  const last = message.lastIndexOf(CHAIN_JOIN);
  return last > 0 && ENDS_PROCESS.test(message.slice(last + CHAIN_JOIN.length));
}

/** How the lines of one crash are joined into its message (dumpBoundaries.ts). */
const CHAIN_JOIN = ' / ';

/** A kept crash message of a panic recovered and logged by a server that lives on (`CrashHeader.recovered`). */
export function isRecoveredPanic(message: string): boolean {
  return RECOVERED_PANIC.test(message);
}

// Go prints the value of a panic recovered and raised again on two lines, joined into one crash
// message (dumpBoundaries.ts); since Go 1.25 once, when it is the same value. A handler that adds
// lines under the value it recovered (`panic(fmt.Sprintf("%v\n…", r))`) passes it on too.
const REPANIC_OF_SAME_VALUE = /^panic: (.*) \[recovered\] \/ panic: \1(?:$|\n)|^panic: .* \[recovered, repanicked\]$/s;

/**
 * A kept crash message of a panic recovered and raised again with the same value (Kubernetes'
 * HandleCrash, a test's tRunner): the deferred handler that raised it again only passed it on.
 */
export function isRepanicOfSameValue(message: string): boolean {
  return REPANIC_OF_SAME_VALUE.test(message);
}

/** The crash lines whose value starts on the next line, as kept (trimmed). */
const VALUE_ON_NEXT_LINES = ['panic:', PANIC_RECOVERED.trimEnd(), UNCAUGHT_PANIC.trimEnd()];

/**
 * A crash message on one line, for a sentence: its first line, or for a value that starts on the
 * next (`panic: ` then Ginkgo's `Your test failed.`) the first line with words, then ` …` when more
 * lines follow.
 */
export function crashHeadline(message: string): string {
  const newline = message.indexOf('\n');
  if (newline < 0) return message;
  const first = message.slice(0, newline);
  const lines = message.slice(newline + 1).split('\n');
  const name = first.trim();
  if (!VALUE_ON_NEXT_LINES.includes(name)) return `${first} …`;
  const words = lines.findIndex(line => line.trim() !== '');
  if (words < 0) return first;
  return `${name} ${lines[words].trim()}${lines.slice(words + 1).some(line => line.trim() !== '') ? ' …' : ''}`;
}
