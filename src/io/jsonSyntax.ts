/** Where and why a text is not JSON, said the same way in every browser and in Node. */
export interface JsonSyntaxProblem {
  readonly line: number;
  readonly column: number;
  /** The text ended in the middle of a value: the file is probably truncated. */
  readonly atEnd: boolean;
  /** What was found where something else was expected. */
  readonly found: string;
}

class Stop {
  constructor(readonly offset: number) {}
}

/**
 * Scans `text` as JSON and returns the first syntax problem, or null when it is valid.
 * Only called after JSON.parse has failed, to explain the failure precisely.
 */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  let pos = 0;
  const fail = (): never => {
    throw new Stop(pos);
  };
  const skipSpace = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos])) pos++;
  };
  const expect = (ch: string) => {
    skipSpace();
    if (text[pos] !== ch) fail();
    pos++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[pos] !== ch) fail();
      pos++;
    }
  };
  const string = () => {
    pos++; // opening quote
    for (;;) {
      if (pos >= text.length) fail();
      const ch = text[pos];
      if (ch === '"') {
        pos++;
        return;
      }
      if (ch < ' ') fail();
      if (ch === '\\') {
        pos++;
        const esc = text[pos];
        if (esc === 'u') {
          pos++;
          for (let k = 0; k < 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[pos] ?? '')) fail();
            pos++;
          }
          continue;
        }
        if (esc === undefined || !'"\\/bfnrt'.includes(esc)) fail();
      }
      pos++;
    }
  };
  const digits = () => {
    const start = pos;
    while (/[0-9]/.test(text[pos] ?? '')) pos++;
    if (pos === start) fail();
  };
  const number = () => {
    if (text[pos] === '-') pos++;
    if (text[pos] === '0') pos++;
    else digits();
    if (text[pos] === '.') {
      pos++;
      digits();
    }
    if (text[pos] === 'e' || text[pos] === 'E') {
      pos++;
      if (text[pos] === '+' || text[pos] === '-') pos++;
      digits();
    }
  };
  const value = (): void => {
    skipSpace();
    const ch = text[pos];
    if (ch === '{') {
      pos++;
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[pos] !== '"') fail();
        string();
        expect(':');
        value();
        skipSpace();
        if (text[pos] === ',') pos++;
        else if (text[pos] === '}') {
          pos++;
          return;
        } else fail();
      }
    }
    if (ch === '[') {
      pos++;
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return;
      }
      for (;;) {
        value();
        skipSpace();
        if (text[pos] === ',') pos++;
        else if (text[pos] === ']') {
          pos++;
          return;
        } else fail();
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail();
  };

  try {
    value();
    skipSpace();
    if (pos < text.length) fail();
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return describeAt(text, error.offset);
  }
}

function describeAt(text: string, offset: number): JsonSyntaxProblem {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  const atEnd = offset >= text.length;
  const cp = atEnd ? undefined : text.codePointAt(offset);
  const found = cp === undefined ? 'end of file' : describeChar(cp);
  return { line, column: offset - lineStart + 1, atEnd, found };
}

function describeChar(cp: number): string {
  if (cp < 0x20 || cp === 0x7f)
    return `control character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${String.fromCodePoint(cp)}"`;
}
