// Long patterns compiled straight to machine code. V8 runs a pattern first through its regexp
// interpreter (compiling it to bytecode) and compiles it to machine code on its second run; for
// the conduct detectors' long alternations the bytecode costs far more than the machine code
// (73 detector patterns: about 100 ms the usual way, about 12 ms this way, on this project's
// machine). V8 skips the interpreter when the subject is 1,000 characters or more long, so one
// run on such a string, which none of these patterns can match, compiles the machine code at once.
// Only the compiling changes: a pattern matches what it matched, and lastIndex is put back.

// One-byte (as most texts are) and free of letters, digits, spaces and punctuation: a pattern
// made of words fails on it at every position at its first character.
const SUBJECT = '\u0001'.repeat(1000);

/** The pattern, compiled to machine code now rather than interpreted on its first run. */
export function compiledNow<T extends RegExp>(re: T): T {
  const last = re.lastIndex;
  re.lastIndex = 0;
  re.test(SUBJECT);
  re.lastIndex = last;
  return re;
}
