// Demangling of C++ (Itanium ABI) and legacy Rust symbol names into the "simplified" form
// `go tool pprof` shows by default: its symbolizer runs github.com/ianlancetaylor/demangle with
// NoParams and NoTemplateParams, so `_ZNSt6vectorIiSaIiEE9push_backERKi` reads
// `std::vector::push_back`. Only the name is parsed (its parameters are never printed);
// template arguments are parsed to skip them and to number substitutions, never printed.
//
// A subset: nested and unscoped names, std:: abbreviations and numbered substitutions,
// constructors, destructors, operators (conversions to plain types), ABI tags, anonymous
// namespaces, template arguments of ordinary types and literals, vtable/typeinfo/guard-variable
// names of classes, local names and lambdas (whose enclosing function prints with its
// parameters: "foo::run(std::string const&)::{lambda(int)#2}::operator()") when those are
// plain, pointer, reference or const types, and thunks (likewise printed with the target's
// parameters: "non-virtual thunk to foo::Bar::~Bar()"). Anything else (template expressions,
// decltype, function templates enclosing local names, Rust v0 `_R…`) gives null: the caller
// keeps the name as it is. Each step consumes input and nesting is capped: linear time.

/** pprof's default demangled form of a mangled name, or null when we do not demangle it. */
export function demangleSymbol(name: string): string | null {
  if (name.length > MAX_MANGLED_LENGTH) return null;
  if (name.startsWith('_ZN')) {
    const rust = demangleLegacyRust(name);
    if (rust !== null) return rust;
  }
  if (!name.startsWith('_Z')) return null;
  try {
    return new ItaniumNameParser(name, 2).encoding();
  } catch (e) {
    if (e instanceof NotDemangled) return null;
    throw e;
  }
}

const MAX_MANGLED_LENGTH = 16384;
/**
 * Substitutions repeat earlier names, so a short input can print a name that doubles with
 * every few bytes: past this length we give up (no pprof name is anywhere near it).
 */
const MAX_PRINTED_LENGTH = 8192;
/** Marks a type recorded for substitution numbering whose printed form we do not reproduce. */
const INEXACT = '\u0000';
const MAX_DEPTH = 100;

// ---------------------------------------------------------------------------------------------
// Legacy Rust: _ZN <length-prefixed identifiers> 17h <16 hex digits> E [.suffix]

const rustEscapes: Record<string, string> = { SP: '@', BP: '*', RF: '&', LT: '<', GT: '>', LP: '(', RP: ')' };

function hexDigit(c: string): number {
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  if (c >= 'a' && c <= 'f') return c.charCodeAt(0) - 87;
  return -1;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function demangleLegacyRust(name: string): string | null {
  let rname = name;
  const suffixAt = rname.lastIndexOf('E.');
  if (suffixAt > 0) rname = rname.slice(0, suffixAt + 1);
  if (!rname.endsWith('E') || rname.length <= 23 || rname.slice(rname.length - 20, rname.length - 17) !== '17h') return null;
  let body = rname.slice(3);
  // The hash: 16 hex digits, at least 5 distinct ones (else it is an ordinary C++ name).
  let seen = 0;
  for (let i = body.length - 17; i < body.length - 1; i++) {
    const d = hexDigit(body[i]);
    if (d < 0) return null;
    seen |= 1 << d;
  }
  let distinct = 0;
  for (let bits = seen; bits; bits &= bits - 1) distinct++;
  if (distinct < 5) return null;
  body = body.slice(0, body.length - 20);
  let out = '';
  let pos = 0;
  while (pos < body.length) {
    if (!isDigit(body[pos])) return null;
    let len = 0;
    while (pos < body.length && isDigit(body[pos])) {
      const add = body.charCodeAt(pos) - 48;
      if (len >= Math.floor(0x7fffffff / 10) - add) return null;
      len = len * 10 + add;
      pos++;
    }
    if (body[pos] === '_') { pos++; len--; }
    if (body.length - pos < len) return null;
    let id = body.slice(pos, pos + len);
    pos += len;
    if (out !== '') out += '::';
    if (id.startsWith('_$')) id = id.slice(1);
    out += unescapeRustIdentifier(id);
  }
  return out;
}

function unescapeRustIdentifier(id: string): string {
  let out = '';
  let i = 0;
  while (i < id.length) {
    const c = id[i];
    if (c === '$') {
      if (id.length - i > 2 && id[i + 1] === 'C' && id[i + 2] === '$') { out += ','; i += 3; continue; }
      if (id.length - i > 4 && id[i + 1] === 'u' && id[i + 4] === '$') {
        const d1 = hexDigit(id[i + 2]), d2 = hexDigit(id[i + 3]);
        const code = d1 * 16 + d2;
        if (d1 >= 0 && d2 >= 0 && d1 <= 7 && code >= 32) { out += String.fromCharCode(code); i += 5; continue; }
      } else if (id.length - i > 3 && id[i + 3] === '$') {
        const code = rustEscapes[id.slice(i + 1, i + 3)];
        if (code !== undefined) { out += code; i += 4; continue; }
      }
      // Not an escape: the rest of the identifier as it is.
      return out + id.slice(i);
    }
    if (c === '.' && id[i + 1] === '.') { out += '::'; i += 2; continue; }
    out += c;
    i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Itanium C++

class NotDemangled extends Error {}

const operatorNames: Record<string, string> = {
  aN: '&=', aS: '=', aa: '&&', ad: '&', an: '&', cl: '()', cm: ',', co: '~', dV: '/=', da: 'delete[]',
  de: '*', dl: 'delete', dv: '/', eO: '^=', eo: '^', eq: '==', ge: '>=', gt: '>', ix: '[]', lS: '<<=',
  le: '<=', ls: '<<', lt: '<', mI: '-=', mL: '*=', mi: '-', ml: '*', mm: '--', na: 'new[]', ne: '!=',
  ng: '-', nt: '!', nw: 'new', oR: '|=', oo: '||', or: '|', pL: '+=', pl: '+', pm: '->*', pp: '++',
  ps: '+', pt: '->', rM: '%=', rS: '>>=', rm: '%', rs: '>>', ss: '<=>', aw: 'co_await',
};

/** The std:: abbreviations (S<letter>), as a scope or name. */
const standardSubstitutions: Record<string, { printed: string; last: string }> = {
  t: { printed: 'std', last: 'std' },
  a: { printed: 'std::allocator', last: 'allocator' },
  b: { printed: 'std::basic_string', last: 'basic_string' },
  s: { printed: 'std::string', last: 'string' },
  i: { printed: 'std::istream', last: 'istream' },
  o: { printed: 'std::ostream', last: 'ostream' },
  d: { printed: 'std::iostream', last: 'iostream' },
};

/** Before a constructor or destructor, the abbreviations stand for the class's full name. */
const standardClassNames: Record<string, { printed: string; last: string }> = {
  s: { printed: 'std::basic_string', last: 'basic_string' },
  i: { printed: 'std::basic_istream', last: 'basic_istream' },
  o: { printed: 'std::basic_ostream', last: 'basic_ostream' },
  d: { printed: 'std::basic_iostream', last: 'basic_iostream' },
};

const builtinTypes: Record<string, string> = {
  v: 'void', w: 'wchar_t', b: 'bool', c: 'char', a: 'signed char', h: 'unsigned char', s: 'short',
  t: 'unsigned short', i: 'int', j: 'unsigned int', l: 'long', m: 'unsigned long', x: 'long long',
  y: 'unsigned long long', n: '__int128', o: 'unsigned __int128', f: 'float', d: 'double',
  e: 'long double', g: '__float128', z: '...',
};

const builtinDTypes: Record<string, string> = {
  d: 'decimal64', e: 'decimal128', f: 'decimal32', h: 'half', i: 'char32_t', s: 'char16_t',
  u: 'char8_t', a: 'auto', c: 'decltype(auto)', n: 'decltype(nullptr)',
};

/**
 * A parsed name: how it prints, its last component (a constructor's class name), whether it
 * ends in template arguments, and the cv-qualifiers of a method (" const").
 */
interface NamePart { printed: string; last: string; template?: boolean; qualifiers?: string }

class ItaniumNameParser {
  /** Substitution candidates in order, as printed without template arguments. */
  private readonly subs: string[] = [];
  private depth = 0;
  /**
   * Set while reading types that are printed (parameters of an enclosing function, of a
   * lambda): types whose printing we do not reproduce exactly then fail instead.
   */
  private printingTypes = 0;

  constructor(private readonly s: string, private pos: number) {}

  private fail(): never {
    throw new NotDemangled();
  }

  private peek(offset = 0): string {
    return this.s[this.pos + offset] ?? '';
  }

  private expect(c: string): void {
    if (this.s[this.pos] !== c) this.fail();
    this.pos++;
  }

  private bounded(printed: string): string {
    if (printed.length > MAX_PRINTED_LENGTH) this.fail();
    return printed;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) this.fail();
  }

  encoding(): string {
    const c = this.peek();
    // Without parameters, whatever follows the name (its parameter types, a clone suffix
    // like ".cold") is not read: pprof shows the bare name.
    const printed = c === 'T' || c === 'G' ? this.specialName() : this.name().printed;
    if (printed.includes(INEXACT)) this.fail();
    return printed;
  }

  private specialName(): string {
    const c = this.peek(), c2 = this.peek(1);
    this.pos += 2;
    if (c === 'G' && c2 === 'V') return `guard variable for ${this.name().printed}`;
    if (c === 'T' && (c2 === 'h' || c2 === 'v')) {
      // A thunk: its call offsets, then the target, which prints with its parameters.
      this.number();
      this.expect('_');
      if (c2 === 'v') { this.number(); this.expect('_'); }
      const target = this.name();
      if (target.template || target.qualifiers === '?') this.fail();
      const params = this.printedParameters(true);
      return `${c2 === 'h' ? 'non-virtual' : 'virtual'} thunk to ${target.printed}(${params})${target.qualifiers ?? ''}`;
    }
    if (c === 'T') {
      const prefix = ({ V: 'vtable for ', T: 'VTT for ', I: 'typeinfo for ', S: 'typeinfo name for ' } as Record<string, string>)[c2];
      // Of class types only: other types print in a declarator syntax we do not write.
      const first = this.peek();
      if (prefix !== undefined && (isDigit(first) || first === 'N' || first === 'S')) return prefix + this.name().printed;
    }
    return this.fail();
  }

  private name(): NamePart {
    this.enter();
    try {
      const c = this.peek();
      if (c === 'N') return this.nestedName();
      if (c === 'Z') return this.localName();
      if (c === 'S') {
        let part: NamePart;
        let fromSubstitution = false;
        if (this.peek(1) === 't') {
          this.pos += 2;
          const un = this.unqualifiedName();
          part = { printed: `std::${un.printed}`, last: un.last };
        } else {
          part = this.substitution(false);
          fromSubstitution = true;
        }
        if (this.peek() === 'I') {
          if (!fromSubstitution) this.subs.push(part.printed);
          this.templateArgs();
          return { ...part, template: true };
        }
        return part;
      }
      const part = this.unqualifiedName();
      if (this.peek() === 'I') {
        this.subs.push(part.printed);
        this.templateArgs();
        return { ...part, template: true };
      }
      return part;
    } finally {
      this.depth--;
    }
  }

  private nestedName(): NamePart {
    this.expect('N');
    let qualifiers = '';
    while ('rVK'.includes(this.peek()) && this.peek() !== '') {
      if (this.peek() !== 'K') qualifiers = '?';
      else if (qualifiers === '') qualifiers = ' const';
      this.pos++;
    }
    if (this.peek() === 'R' || this.peek() === 'O') { this.pos++; qualifiers = '?'; }
    let printed: string | null = null;
    let last: string | null = null;
    let template = false;
    for (;;) {
      const c = this.peek();
      if (c === '') this.fail();
      if (c === 'E') {
        if (printed === null) this.fail();
        this.pos++;
        return { printed, last: last ?? printed, template, qualifiers };
      }
      template = c === 'I';
      let next: NamePart | null;
      if (isDigit(c) || (c >= 'a' && c <= 'z') || c === 'U' || c === 'L') {
        next = this.unqualifiedName();
      } else if (c === 'C') {
        this.pos++;
        if (this.peek() === 'I' || last === null || !'12345'.includes(this.peek()) || this.peek() === '') this.fail();
        this.pos++;
        next = this.abiTags({ printed: last, last });
      } else if (c === 'D') {
        if (last === null || !'01245'.includes(this.peek(1)) || this.peek(1) === '') this.fail();
        this.pos += 2;
        next = this.abiTags({ printed: `~${last}`, last: `~${last}` });
      } else if (c === 'S') {
        next = this.substitution(true);
      } else if (c === 'I') {
        if (printed === null) this.fail();
        this.templateArgs();
        next = null; // the template's arguments are not printed: the name stays as it was
      } else if (c === 'M') {
        if (printed === null) this.fail();
        this.pos++;
        continue;
      } else {
        return this.fail();
      }
      if (next !== null) {
        printed = this.bounded(printed === null ? next.printed : `${printed}::${next.printed}`);
        last = next.last;
      }
      if (c !== 'S' && this.peek() !== 'E') this.subs.push(printed!);
    }
  }

  /** Z <function encoding> E <entity> [<discriminator>]: "outer(int)::entity". */
  private localName(): NamePart {
    this.expect('Z');
    const c = this.peek();
    if (c === 'T' || c === 'G') this.fail();
    const outer = this.name();
    let printed = outer.printed;
    if (this.peek() !== 'E') {
      // The enclosing function prints with its parameters; of templates, the first type is
      // the return type and parameters may name template arguments: not in our subset.
      if (outer.template || outer.qualifiers === '?') this.fail();
      printed += `(${this.printedParameters()})${outer.qualifiers ?? ''}`;
    }
    this.expect('E');
    if (this.peek() === 's' || this.peek() === 'd') this.fail();
    const entity = this.name();
    this.discriminator();
    return { printed: this.bounded(`${printed}::${entity.printed}`), last: entity.last, template: entity.template };
  }

  /**
   * Parameter types up to (not including) E, printed "int, char const*"; "v" alone is none.
   * Those of a whole symbol (toEnd) also stop at its end or at a clone suffix ".cold".
   */
  private printedParameters(toEnd = false): string {
    const atEnd = (): boolean => this.peek() === 'E' || (toEnd && (this.peek() === '' || this.peek() === '.'));
    if (this.peek() === 'v') {
      this.pos++;
      if (atEnd()) return '';
      this.pos--;
    }
    const params: string[] = [];
    this.printingTypes++;
    while (!atEnd()) {
      if (this.peek() === '') this.fail();
      params.push(this.type());
    }
    this.printingTypes--;
    return this.bounded(params.join(', '));
  }

  private unqualifiedName(): NamePart {
    const c = this.peek();
    let part: NamePart;
    if (c === 'U' && this.peek(1) === 'l') {
      // A lambda: Ul <parameters> E [<number>] _ is "{lambda(int)#2}".
      this.pos += 2;
      const params = this.printedParameters();
      this.expect('E');
      let index = 1;
      if (isDigit(this.peek())) index = this.number() + 2;
      this.expect('_');
      const printed = `{lambda(${params})#${index}}`;
      part = { printed, last: printed };
    } else if (isDigit(c)) {
      const id = this.sourceName();
      part = { printed: id, last: id };
    } else if (c === 'c' && this.peek(1) === 'v') {
      // A conversion operator to a builtin or named type ("operator bool"); ones to template
      // parameters need the template's arguments: not in our subset.
      this.pos += 2;
      const target = this.peek();
      if (builtinTypes[target] === undefined && !isDigit(target) && target !== 'N') this.fail();
      const printed = `operator ${this.type()}`;
      part = { printed, last: printed };
    } else if (c >= 'a' && c <= 'z') {
      const op = operatorNames[this.s.slice(this.pos, this.pos + 2)];
      if (op === undefined) this.fail();
      this.pos += 2;
      const printed = `operator${/^[a-z]/.test(op) ? ' ' : ''}${op}`;
      part = { printed, last: printed };
    } else if (c === 'L') {
      this.pos++;
      const id = this.sourceName();
      this.discriminator();
      part = { printed: id, last: id };
    } else {
      return this.fail();
    }
    return this.abiTags(part);
  }

  /** B<source-name>…: GCC's ABI tags, printed as "[abi:cxx11]". */
  private abiTags(part: NamePart): NamePart {
    let printed = part.printed;
    while (this.peek() === 'B') {
      this.pos++;
      printed += `[abi:${this.sourceName()}]`;
    }
    return { printed, last: part.last };
  }

  private discriminator(): void {
    if (this.peek() !== '_') return;
    this.pos++;
    if (this.peek() === '_') {
      this.pos++;
      this.number();
      this.expect('_');
    } else {
      this.number();
    }
  }

  private number(): number {
    let neg = false;
    if (this.peek() === 'n') { neg = true; this.pos++; }
    if (!isDigit(this.peek())) this.fail();
    let val = 0;
    while (isDigit(this.peek())) {
      val = val * 10 + (this.s.charCodeAt(this.pos) - 48);
      if (val > 0x7fffffff) this.fail();
      this.pos++;
    }
    return neg ? -val : val;
  }

  private sourceName(): string {
    const len = this.number();
    if (len <= 0 || this.s.length - this.pos < len) this.fail();
    let id = this.s.slice(this.pos, this.pos + len);
    this.pos += len;
    if (id.startsWith('_GLOBAL_') && id.length > 10 && '._$'.includes(id[8]) && id[9] === 'N') id = '(anonymous namespace)';
    return id;
  }

  /** S_, S<seq-id>_ or S<letter>. */
  private substitution(forPrefix: boolean): NamePart {
    this.expect('S');
    const c = this.peek();
    if (c === '_' || isDigit(c) || (c >= 'A' && c <= 'Z')) {
      let id = 0;
      if (c !== '_') {
        let seq = 0;
        while (isDigit(this.peek()) || (this.peek() >= 'A' && this.peek() <= 'Z')) {
          const d = this.peek();
          seq = seq * 36 + (isDigit(d) ? d.charCodeAt(0) - 48 : d.charCodeAt(0) - 55);
          if (seq > 0x7fffffff) this.fail();
          this.pos++;
        }
        id = seq + 1;
      }
      this.expect('_');
      if (id >= this.subs.length) this.fail();
      const printed = this.subs[id];
      // The last component names a constructor or destructor that follows; found only then.
      const ctorOrDtor = this.peek() === 'C' || this.peek() === 'D';
      const scopeEnd = ctorOrDtor ? printed.lastIndexOf('::') : -1;
      return { printed, last: scopeEnd < 0 ? printed : printed.slice(scopeEnd + 2) };
    }
    this.pos++;
    const next = this.peek();
    const table = forPrefix && (next === 'C' || next === 'D') ? { ...standardSubstitutions, ...standardClassNames } : standardSubstitutions;
    const part = table[c];
    if (part === undefined) this.fail();
    if (next === 'B') {
      const tagged = this.abiTags(part);
      this.subs.push(tagged.printed);
      return tagged;
    }
    return part;
  }

  private templateArgs(): void {
    this.enter();
    this.expect('I');
    while (this.peek() !== 'E') {
      if (this.peek() === '') this.fail();
      this.templateArg();
    }
    this.pos++;
    this.depth--;
  }

  private templateArg(): void {
    const c = this.peek();
    if (c === 'L') {
      this.literal();
    } else if (c === 'J') {
      this.pos++;
      while (this.peek() !== 'E') {
        if (this.peek() === '') this.fail();
        this.templateArg();
      }
      this.pos++;
    } else if (c === 'X') {
      this.fail(); // expressions: not in our subset
    } else {
      this.type();
    }
  }

  /** L <type> <value> E, or L _Z <encoding> E. */
  private literal(): void {
    this.expect('L');
    if (this.peek() === '_' && this.peek(1) === 'Z') {
      this.pos += 2;
      this.encodingForLiteral();
    } else {
      this.type();
      while (this.peek() !== 'E') {
        if (!/[0-9a-zA-Z_.]/.test(this.peek())) this.fail();
        this.pos++;
      }
    }
    this.expect('E');
  }

  private encodingForLiteral(): void {
    // An address of an entity: only plain names (no parameters to skip) are in our subset.
    this.name();
    if (this.peek() !== 'E') this.fail();
  }

  /** Parses a type, recording substitution candidates as the ABI numbers them. */
  private type(): string {
    this.enter();
    try {
      const c = this.peek();
      const builtin = builtinTypes[c];
      if (builtin !== undefined) { this.pos++; return builtin; }
      if (c === 'D' && builtinDTypes[this.peek(1)] !== undefined && this.peek(1) !== '') {
        this.pos += 2;
        return builtinDTypes[this.s[this.pos - 1]];
      }
      if (this.printingTypes > 0 && !(c === 'K' || c === 'P' || c === 'R' || c === 'O' || c === 'S' || c === 'N' || isDigit(c))) this.fail();
      let printed: string;
      if (c === 'r' || c === 'V' || c === 'K') {
        let quals = '';
        while ('rVK'.includes(this.peek()) && this.peek() !== '') {
          quals = ({ r: ' restrict', V: ' volatile', K: ' const' } as Record<string, string>)[this.peek()] + quals;
          this.pos++;
        }
        printed = this.type() + quals;
      } else if (c === 'P' || c === 'R' || c === 'O') {
        this.pos++;
        printed = this.type() + ({ P: '*', R: '&', O: '&&' } as Record<string, string>)[c];
      } else if (c === 'C' || c === 'G') {
        this.pos++;
        printed = INEXACT + this.type();
      } else if (c === 'F') {
        this.pos++;
        if (this.peek() === 'Y') this.pos++;
        while (this.peek() !== 'E') {
          if (this.peek() === '') this.fail();
          if ((this.peek() === 'R' || this.peek() === 'O') && this.peek(1) === 'E') { this.pos++; continue; }
          this.type();
        }
        this.pos++;
        printed = `${INEXACT}function`;
      } else if (c === 'A') {
        this.pos++;
        if (isDigit(this.peek())) this.number();
        this.expect('_');
        printed = `${INEXACT}${this.type()}[]`;
      } else if (c === 'M') {
        this.pos++;
        const cls = this.type();
        printed = `${INEXACT}${this.type()} ${cls}::*`;
      } else if (c === 'T') {
        this.templateParam();
        printed = `${INEXACT}T`;
        if (this.peek() === 'I') {
          this.subs.push(printed);
          this.templateArgs();
        }
      } else if (c === 'S' && this.peek(1) !== 't') {
        const sub = this.substitution(false);
        if (this.peek() !== 'I') return sub.printed; // a substitution is not a new candidate
        this.templateArgs();
        printed = sub.printed;
      } else if (c === 'D' && this.peek(1) === 'p') {
        this.pos += 2;
        printed = INEXACT + this.type();
      } else if (isDigit(c) || c === 'N' || c === 'S' || c === 'Z') {
        printed = this.name().printed;
      } else if (c === 'u') {
        this.pos++;
        printed = this.sourceName();
        return printed; // vendor types are not candidates
      } else {
        return this.fail();
      }
      this.subs.push(this.bounded(printed));
      return printed;
    } finally {
      this.depth--;
    }
  }

  /** T_ or T<number>_. */
  private templateParam(): void {
    this.expect('T');
    if (this.peek() === 'L') this.fail();
    while (isDigit(this.peek())) this.pos++;
    this.expect('_');
  }
}
