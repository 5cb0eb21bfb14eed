import { FileFormatError } from './errors';

// Characters XML 1.0 allows: tab, LF, CR, and the ranges below; lone surrogates are not.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// eslint-disable-next-line no-control-regex -- controls are what it looks for
const MAYBE_NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Removes the characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/FFFF). */
export function stripNonXmlChars(text: string): string {
  // The Unicode-aware pass is slow on big texts: only run it when a suspect unit is there.
  return MAYBE_NOT_XML_CHAR.test(text) ? text.replace(NOT_XML_CHAR, '') : text;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
};

/**
 * Escapes text for element content or a quoted attribute. CR is written as a character
 * reference because XML readers turn a literal CR (or CRLF) into LF.
 */
export function escapeXml(text: string): string {
  return stripNonXmlChars(text).replace(/[&<>"'\r]/g, (c) => XML_ESCAPES[c]);
}

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  readonly line: number;
}
export type XmlNode = XmlElement | string;

interface OpenElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  line: number;
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const cp =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ATTR = /\s*([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/**
 * A small, tolerant XML reader for the simple formats we import (TMX, InterText):
 * elements, attributes, text, CDATA; comments, processing instructions and DOCTYPE are
 * skipped; unknown entities are kept as written. Works the same in Node and browsers.
 * Throws FileFormatError naming `label` and the line when the markup is broken.
 */
export function parseXml(text: string, label: string): XmlElement {
  const broken = (why: string): never => {
    throw new FileFormatError(`${label} is not well-formed XML: ${why}`);
  };
  let line = 1;
  let pos = 0;
  let nextNewline = text.indexOf('\n');
  const advanceTo = (next: number) => {
    while (nextNewline !== -1 && nextNewline < next) {
      line++;
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    pos = next;
  };
  const root: OpenElement = { name: '#document', attrs: {}, children: [], line: 1 };
  const stack: OpenElement[] = [root];
  const top = () => stack[stack.length - 1];

  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt === -1 ? text.length : lt;
    if (textEnd > pos) {
      const chunk = text.slice(pos, textEnd);
      if (stack.length > 1) top().children.push(decodeEntities(chunk));
      else if (chunk.trim() !== '') broken(`text outside the root element at line ${line}`);
      advanceTo(textEnd);
      continue;
    }
    if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos + 4);
      if (end === -1) broken(`a comment at line ${line} never ends — the file looks truncated`);
      advanceTo(end + 3);
    } else if (text.startsWith('<![CDATA[', pos)) {
      const end = text.indexOf(']]>', pos + 9);
      if (end === -1)
        broken(`a CDATA section at line ${line} never ends — the file looks truncated`);
      top().children.push(text.slice(pos + 9, end));
      advanceTo(end + 3);
    } else if (text.startsWith('<?', pos)) {
      const end = text.indexOf('?>', pos + 2);
      if (end === -1) broken(`a processing instruction at line ${line} never ends`);
      advanceTo(end + 2);
    } else if (text.startsWith('<!', pos)) {
      // DOCTYPE, possibly with an internal subset in brackets.
      let depth = 0;
      let i = pos + 2;
      for (; i < text.length; i++) {
        if (text[i] === '[') depth++;
        else if (text[i] === ']') depth--;
        else if (text[i] === '>' && depth <= 0) break;
      }
      if (i >= text.length) broken(`a declaration at line ${line} never ends`);
      advanceTo(i + 1);
    } else if (text[pos + 1] === '/') {
      NAME.lastIndex = pos + 2;
      const m = NAME.exec(text);
      if (!m) broken(`a broken closing tag at line ${line}`);
      const name = m![0];
      const end = text.indexOf('>', NAME.lastIndex);
      if (end === -1) broken(`the file ends inside </${name}> — it looks truncated`);
      if (stack.length === 1) broken(`</${name}> at line ${line} closes nothing`);
      const open = stack.pop()!;
      if (open.name !== name)
        broken(`</${name}> at line ${line} closes <${open.name}> from line ${open.line}`);
      top().children.push(open);
      advanceTo(end + 1);
    } else {
      NAME.lastIndex = pos + 1;
      const m = NAME.exec(text);
      if (!m) broken(`a "<" at line ${line} that starts no tag (write it as &lt;)`);
      const el: OpenElement = { name: m![0], attrs: {}, children: [], line };
      let i = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = i;
        const a = ATTR.exec(text);
        if (!a) break;
        el.attrs[a[1]] = decodeEntities(a[2] ?? a[3]);
        i = ATTR.lastIndex;
      }
      while (i < text.length && /\s/.test(text[i])) i++;
      if (i >= text.length) broken(`the file ends inside <${el.name}> — it looks truncated`);
      if (text.startsWith('/>', i)) {
        if (stack.length === 1 && root.children.some((c) => typeof c !== 'string')) {
          broken(`a second root element <${el.name}> at line ${line}`);
        }
        top().children.push(el);
        advanceTo(i + 2);
      } else if (text[i] === '>') {
        if (stack.length === 1 && root.children.some((c) => typeof c !== 'string')) {
          broken(`a second root element <${el.name}> at line ${line}`);
        }
        stack.push(el);
        advanceTo(i + 1);
      } else if (text.indexOf('>', i) === -1) {
        broken(`the file ends inside <${el.name}> — it looks truncated`);
      } else {
        broken(`a malformed attribute in <${el.name}> at line ${line}`);
      }
    }
  }
  if (stack.length > 1) {
    const open = top();
    broken(
      `the file ends before <${open.name}> from line ${open.line} is closed — it looks truncated`,
    );
  }
  const element = root.children.find((c): c is OpenElement => typeof c !== 'string');
  if (!element) throw new FileFormatError(`${label} contains no XML`);
  return element;
}

/** The child elements named `name` (any namespace prefix ignored when `name` has none). */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

/** All descendants named `name`, in document order. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The text inside an element, leaving out the elements named in `skip` (e.g. TMX codes). */
export function textContent(el: XmlElement, skip: ReadonlySet<string> = new Set()): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') out += c;
    else if (!skip.has(c.name)) out += textContent(c, skip);
  }
  return out;
}
