// A terminal's next prompt glued to the end of the output it followed, the line break between them
// lost in the copy: `…/asm_amd64.s:1721 +0x1> ` as the paste's last line. A location's offset ends
// in a hex digit; a prompt's sign right after it, and nothing but white space after that, is the
// shell's, not the dump's, so the line is read whole without it rather than as cut in its offset;
// but for the `>` that closes a symbol of the runtime's stack words (`<runtime.sigpanic+0x369>`).

/** The signs a shell prompt ends with: `>` (cmd, PowerShell's `PS C:\>`, a continuation), `$`, `#`, `%`. */
const PROMPT_SIGNS = new Set([0x3e, 0x24, 0x23, 0x25]);

const isSpace = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0d;
const isHexDigit = (b: number): boolean => (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66);

/**
 * Where a prompt's sign glued to the location line bytes[start, end) starts (after its ` +0x…`
 * offset), or `end` when the line does not end so.
 */
export function gluedPromptStart(bytes: Uint8Array, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(bytes[e - 1])) e--;
  if (e - start < 5 || !PROMPT_SIGNS.has(bytes[e - 1])) return end;
  const sign = e - 1;
  let i = sign;
  while (i > start && isHexDigit(bytes[i - 1])) i--;
  const isOffset = i < sign && i - start >= 3 && bytes[i - 1] === 0x78 /* x */ && bytes[i - 2] === 0x30 /* 0 */ && bytes[i - 3] === 0x2b /* + */;
  return isOffset && !closesSymbol(bytes, start, i - 3) ? sign : end;
}

/**
 * The word ending at bytes[plus] (its `+0x…` offset after it) opens with `<`: a symbol the runtime
 * names in the stack's words it prints (`0x… <runtime.sigpanic+0x369>`, stackWordsRow.ts), whose `>` closes it.
 */
function closesSymbol(bytes: Uint8Array, start: number, plus: number): boolean {
  let i = plus;
  while (i > start && !isSpace(bytes[i - 1]) && bytes[i - 1] !== 0x3c /* < */) i--;
  return i > start && bytes[i - 1] === 0x3c;
}
