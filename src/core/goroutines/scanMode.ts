// The goroutine scanner's states (`ScanMode`) and their transitions, written down in this one place
// as panicparse's stack/context.go writes down its own: which section of a dump the line being read
// belongs to, what each line does in it, and which state comes next. scanner.ts is the machine; a
// transition named here is made where the `who` column says.
//
// The stack lines other than a call and its `file:line` are rows of stackLineKinds.ts, read alike by
// the byte path and the text path in every state that reads a stack (goroutine, ancestor,
// runtimeStack, headless); a row whose effect is a transition names it below.
//
// Every state but `race` (whose lines raceReportReader.ts reads, all but a goroutine header) also takes:
//  - a goroutine header `goroutine N [state]:` → goroutine (the section before it is complete);
//  - a line of a kind the line-kind table names (lineKinds.ts: crash lines, `runtime stack:`,
//    `WARNING: DATA RACE`, a debug=1 record's header, register dumps, fences, Delve's and goleak's
//    lines…) → that row's transition;
//  - a blank line, fence or separator → outside (lineSpacing.ts says when a blank line is only the
//    spacing of a double-spaced paste; stackBlankLines.ts holds one inside a stack until the next line tells);
//  - any other line → skipped and reported (warningLog.ts); right under a header it puts the header in
//    doubt (doubtfulHeader.ts), and it ends a headless stack.
// Before any state sees a line, the prefix learner (prefixLearner.ts) strips the dump's prefix.
//
// | state        | line                                          | next state   | what it does                                   | who                      |
// |--------------|-----------------------------------------------|--------------|------------------------------------------------|--------------------------|
// | outside      | `goroutine N [state]:`                        | goroutine    | begins a goroutine                             | scanner `beginGoroutine` |
// | outside      | `goroutine profile: total N`                  | outside      | begins a debug=1 profile                       | scanner `startHeader`    |
// | outside      | `N @ 0x…` (record header)                     | record       | begins a debug=1 record                        | lineKinds `record header`|
// | outside      | crash line (`panic:`, `fatal error:`, …)      | outside      | notes the crash (joined to one just before)    | lineKinds `crash header` |
// | outside      | crash line after other text (skipped)         | outside      | held: the crash if a header soon follows       | heldCrashLines.ts        |
// | outside      | `file:line` lines alone under a crash line    | outside      | a stack of locations, held in headlessStacks.ts| headlessStacks.ts        |
// | outside      | `runtime stack:`                              | runtimeStack | begins the crashing thread's system stack      | lineKinds `runtime stack`|
// | outside      | `WARNING: DATA RACE`, or an access section    | race         | begins a race detector report                  | lineKinds `race start`   |
// | outside      | a call within 8 lines of a crash header       | goroutine    | Windows: the crashed stack has no header       | headlessStacks.ts        |
// | outside      | call, then an indented `file:line`            | headless     | a stack whose header is not in the text        | headlessStacks.ts        |
// | outside      | goleak's `[Goroutine N in state S, …`         | goroutine    | held until the next line: Go's header or none  | goleakGoroutines.ts      |
// | any          | Delve's goroutine, thread, frame or stop line | delve        | begins a goroutine or stack of Delve's         | delveStacks.ts           |
// | goroutine    | call line                                     | goroutine    | the call waits for its `file:line`             | scanner `stackLine`      |
// | goroutine    | `created by …` (`… in goroutine N`)           | goroutine    | the creator waits for its `file:line`; past the stack's own, passed over | stackLineKinds `created by` |
// | goroutine    | `file:line +0x…` after a call                 | goroutine    | adds the frame                                 | pendingCall.ts           |
// | goroutine    | `...additional frames elided...`              | goroutine    | marks the stack elided                         | stackLineKinds `frames elided` |
// | goroutine    | `goroutine running on other thread; stack unavailable` | goroutine | marks the stack unavailable          | stackLineKinds `stack unavailable` |
// | goroutine    | `[originating from goroutine N]:`             | ancestor     | an ancestor's stack follows                    | stackLineKinds `ancestor section` |
// | goroutine    | a call after the stack's `created by`         | outside      | another goroutine's stack, its header lost: held as a headless start | scanner `stackAfterCreator` |
// | goroutine    | a line of no stack right under the header     | goroutine    | the header in doubt: the next line keeps or drops it | doubtfulHeader.ts  |
// | goroutine    | blank, under gccgo's signal frames or a call  | goroutine    | held: a nameless frame or the `file:line` may follow | stackBlankLines.ts |
// | goroutine    | a body byte for byte the last one's           | outside      | replayed whole (the byte path)                 | bodyReplay.ts            |
// | ancestor     | call, `file:line`, `created by`               | ancestor     | adds to the ancestor's stack                   | scanner `stackLine`      |
// | runtimeStack | call, `file:line`                             | runtimeStack | adds to the system stack                       | scanner `stackLine`      |
// | headless     | call, `file:line`, `created by`               | headless     | adds to it                                     | scanner `stackLine`      |
// | headless     | any other line, or a line after `created by`  | outside      | the stack ends                                 | scanner `handleLine`     |
// | record       | `#\t0x… func+0x… file:line`, `# labels:`      | record       | adds a frame or the labels                     | debug1Profiles.ts        |
// | race         | access or creator section, call, `file:line`, blank | race   | see the rows of raceLineRows.ts                | raceLineRows.ts          |
// | race         | `==================`, a goroutine header      | outside / goroutine | the report's accesses become goroutines | scanner `endRace`        |
// | delve        | numbered frame, its `at file:line`, `Labels:`, `(truncated)` | delve | adds to the stack of Delve's         | delveStacks.ts           |
// | delve        | `(dlv) …`, `Total: N`, `[N goroutines]`, a group's name | outside | the stack of Delve's ends              | delveOutput.ts           |
// | any          | the text's end                                | —            | what the last lines left open tells the cut    | cutAtEnd.ts              |
//
// A header behind a new prefix stays unconfirmed until the next line carries a prefix too: a note
// quoting a header is taken back (→ outside). In every state, a line a wrap or a pager cut goes on
// with the call above it (wrappedLines.ts).

/** Which section of a dump the line being read belongs to (the table above). */
export type ScanMode =
  /** Between sections: no stack is open. */
  | 'outside'
  /** A goroutine's stack, after its header (Go's, goleak's, or the crash's Go printed without one). */
  | 'goroutine'
  /** An ancestor's stack, after `[originating from goroutine N]:` (GODEBUG=tracebackancestors). */
  | 'ancestor'
  /** The crashing thread's system stack, after `runtime stack:`. */
  | 'runtimeStack'
  /** A stack whose goroutine header is not in the text (headlessStacks.ts). */
  | 'headless'
  /** A debug=1 profile's record, after its `N @ 0x…` line (debug1Profiles.ts). */
  | 'record'
  /** A race detector report, up to its closing rule (raceReportReader.ts). */
  | 'race'
  /** A goroutine or stack of Delve's (delveStacks.ts). */
  | 'delve';
