// A crash's register dump (`rax    0x0` … `gs     0x0`): under GOTRACEBACK=crash, after the goroutines
// of the thread that took the signal, and right under `goroutine 0 [idle]:`'s frames in each other
// thread's section. Go prints every register of the architecture in a fixed order that always ends
// with the same one (the runtime's dumpregs): a text whose last line is another register, or a
// register's line cut short right under one, stops inside the dump, where the paste was cut. The
// goroutines above it were printed whole.

/** The register each architecture's dump ends with: 386 and amd64 (every OS), arm and arm64, ppc64, mips, s390x and loong64, riscv64, arm on Windows and Plan 9. */
const LAST_REGISTERS: ReadonlySet<string> = new Set(['gs', 'fault', 'trap', 'hi', 'link', 'pc', 'cpsr', 'psr']);

/** A register's line cut short: its name, or its name and `0x` with some of its digits. */
const REGISTER_CUT_SHORT = /^[a-z][a-z0-9]{0,7}(?:\s+(?:0x?[0-9a-f]*)?)?$/;

export class RegisterBlock {
  /** The line of the register read last, and its name. */
  private line = -1;
  private name = '';

  note(line: number, name: string): void {
    this.line = line;
    this.name = name;
  }

  /**
   * At the text's end (`lastLine` its last line with content; `skippedLast` that line, when it was
   * skipped): the register the text stops after, when it stops inside a register dump; else null.
   */
  cutAfter(lastLine: number, skippedLast: string | null): { after: string; lineCut: boolean } | null {
    if (this.line < 0 || LAST_REGISTERS.has(this.name)) return null;
    if (this.line === lastLine) return { after: this.name, lineCut: false };
    if (this.line === lastLine - 1 && skippedLast !== null && REGISTER_CUT_SHORT.test(skippedLast)) return { after: this.name, lineCut: true };
    return null;
  }
}
