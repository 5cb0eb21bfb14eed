import type { z } from 'zod';
import { findViolation } from '../core/invariants';
import {
  FLAG_KINDS,
  type AlignDocument,
  type Alignment,
  type DocumentMeta,
  type Link,
  type Side,
} from '../core/model';
import { alignmentFileSchema, FILE_FORMAT, type AlignmentFile } from './alignmentSchema';
import { FileFormatError, fileError } from './errors';
import type { IoMessage, IoMessageKey, IoMessageParams } from './messages';
import { findJsonSyntaxProblem } from './jsonSyntax';
import { migrateFile } from './migrations';

export { serializeDocument } from './alignmentWriter';

// ---------------------------------------------------------------- reading

/**
 * Reads an alignment file. Throws FileFormatError with one sentence saying what is
 * wrong and where (which field, which link) when the text is not a sound alignment.
 */
export function parseDocument(text: string): AlignDocument {
  if (text.trim() === '') throw fileError('io.fileEmpty');
  // A BOM some editors add is not JSON, but it is not an error the user made either.
  const raw = parseJson(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw Array.isArray(raw)
      ? fileError('io.notAlignmentList')
      : fileError('io.notAlignmentValue', { value: describeValue(raw) });
  }
  const obj = raw as Record<string, unknown>;
  if (!('format' in obj)) throw fileError('io.notAlignmentNoFormat');
  if (obj.format !== FILE_FORMAT) {
    throw fileError('io.notAlignmentFormat', {
      value: describeValue(obj.format),
      expected: FILE_FORMAT,
    });
  }
  const migrated = migrateFile(obj);
  const result = alignmentFileSchema.safeParse(migrated);
  if (!result.success) throw new FileFormatError(explainIssue(result.error.issues[0], migrated));
  return toDocument(result.data);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    let problem = null;
    try {
      problem = findJsonSyntaxProblem(text);
    } catch {
      // Nested too deeply to scan: fall through to the general message.
    }
    if (!problem) throw fileError('io.notJson');
    if (problem.atEnd) {
      throw fileError('io.jsonTruncated', { line: problem.line });
    }
    throw fileError('io.jsonUnexpected', {
      found: problem.found,
      line: problem.line,
      column: problem.column,
    });
  }
}

function toDocument(file: AlignmentFile): AlignDocument {
  const side = (s: AlignmentFile['source']): Side => ({
    lang: s.lang,
    ...(s.fileName !== undefined ? { fileName: s.fileName } : {}),
    segments: s.segments.map((seg) =>
      seg.importedText === undefined
        ? { id: seg.id, text: seg.text }
        : { id: seg.id, text: seg.text, importedText: seg.importedText },
    ),
  });
  const source = side(file.source);
  const target = side(file.target);
  const links: Link[] = file.links.map((l) => ({
    src: l.src,
    tgt: l.tgt,
    status: l.status,
    confidence: l.confidence,
    ...(l.note !== undefined ? { note: l.note } : {}),
    ...(l.edited ? { edited: true as const } : {}),
    ...(l.dismissed !== undefined && l.dismissed.length > 0
      ? { dismissed: FLAG_KINDS.filter((k) => l.dismissed?.includes(k)) }
      : {}),
  }));
  checkAlignment({ source, target, links });
  return {
    meta: (file.meta ?? {}) as DocumentMeta,
    level: file.level,
    alignment: { source, target, links },
  };
}

/**
 * The loader's checks on a document built in memory (an import): ids non-empty and unique
 * per side, links inside the texts and covering them in order, confidences in [0, 1].
 * Whatever passes here also reopens from its saved JSON.
 */
export function checkAlignment(alignment: Alignment): void {
  const { source, target, links } = alignment;
  checkSides(source, 'source');
  checkSides(target, 'target');
  checkLinkRanges(links, source, target);
  links.forEach((link, i) => {
    if (!(link.confidence >= 0 && link.confidence <= 1))
      throw fileError('io.linkConfidence', { link: i + 1 });
  });
  const violation = findViolation({ source, target, links });
  if (violation) {
    const { kind, side, figures } = violation;
    throw fileError('io.notFit', {
      violation: said(`io.fit.${kind}`, {
        ...figures,
        ...(side ? { role: said(`io.role.${side}`) } : {}),
      }),
    });
  }
}

function said(key: IoMessageKey, params: IoMessageParams = {}): IoMessage {
  return { key, params };
}

function sideName(side: Side): IoMessage {
  return said(`io.lang.${side.lang}`);
}

function checkSides(side: Side, key: 'source' | 'target'): void {
  const seen = new Map<string, number>();
  side.segments.forEach((seg, i) => {
    const role = said(`io.role.${key}`);
    if (seg.id === '')
      throw fileError('io.emptyId', { lang: sideName(side), segment: i + 1, role });
    const first = seen.get(seg.id);
    if (first !== undefined) {
      throw fileError('io.sameId', {
        lang: sideName(side),
        segment: i + 1,
        id: seg.id,
        first: first + 1,
        role,
      });
    }
    seen.set(seg.id, i);
  });
}

function checkLinkRanges(links: readonly Link[], source: Side, target: Side): void {
  links.forEach((link, i) => {
    for (const [key, side] of [
      ['source', source],
      ['target', target],
    ] as const) {
      const indices = key === 'source' ? link.src : link.tgt;
      for (const index of indices) {
        if (index >= side.segments.length) {
          throw fileError('io.linkOutside', {
            link: i + 1,
            role: said(`io.role.${key}`),
            index,
            count: side.segments.length,
            lang: sideName(side),
          });
        }
      }
    }
  });
}

// ---------------------------------------------------------------- explaining schema issues

type Issue = z.core.$ZodIssue;

function explainIssue(issue: Issue, raw: unknown): IoMessage {
  const path = issue.path as readonly PropertyKey[];
  const value = valueAt(raw, path);
  const { at, field } = placeOf(path, raw);
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value'))
    return field ? said('io.fieldMissing', { at, field }) : said('io.itMissing', { at });
  const expected = expectation(issue);
  const shown = describeValue(value);
  return field
    ? said('io.fieldMustBe', { at, field, expected, value: shown })
    : said('io.itMustBe', { at, expected, value: shown });
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function sideLabel(raw: unknown, key: 'source' | 'target'): IoMessage {
  const lang = valueAt(raw, [key, 'lang']);
  return lang === 'zh' || lang === 'en' ? said(`io.lang.${lang}`) : said(`io.role.${key}`);
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('');
}

function placeOf(path: readonly PropertyKey[], raw: unknown): { at: IoMessage; field: string } {
  const [head, second, third, ...rest] = path;
  if (head === 'links' && typeof second === 'number') {
    return { at: said('io.at.link', { link: second + 1 }), field: fieldPath(path.slice(2)) };
  }
  if (
    (head === 'source' || head === 'target') &&
    second === 'segments' &&
    typeof third === 'number'
  ) {
    return {
      at: said('io.at.segment', { side: sideLabel(raw, head), segment: third + 1 }),
      field: fieldPath(rest),
    };
  }
  if (head === 'source' || head === 'target') {
    return {
      at: said(head === 'source' ? 'io.at.sourceSide' : 'io.at.targetSide'),
      field: fieldPath(path.slice(1)),
    };
  }
  if (head === 'meta') return { at: said('io.at.meta'), field: fieldPath(path.slice(1)) };
  return { at: said('io.at.file'), field: fieldPath(path) };
}

const TYPE_KEYS: Readonly<Record<string, IoMessageKey>> = {
  string: 'io.expect.string',
  number: 'io.expect.number',
  int: 'io.expect.int',
  array: 'io.expect.array',
  object: 'io.expect.object',
  boolean: 'io.expect.boolean',
};

/** Literal text (JSON values, zod's own words for rare cases) quoted as it is. */
function literal(detail: string): IoMessage {
  return said('io.detail', { detail });
}

function expectation(issue: Issue): IoMessage {
  switch (issue.code) {
    case 'invalid_type': {
      const key = TYPE_KEYS[issue.expected];
      return key ? said(key) : literal(issue.expected);
    }
    case 'too_small':
      if (issue.origin === 'string') return said('io.expect.nonEmpty');
      if (issue.origin === 'array')
        return said('io.expect.minItems', { min: String(issue.minimum) });
      return said('io.expect.atLeast', { min: String(issue.minimum) });
    case 'too_big':
      return said('io.expect.atMost', { max: String(issue.maximum) });
    case 'invalid_value':
      return issue.values.length === 1
        ? literal(JSON.stringify(issue.values[0]))
        : said('io.expect.oneOf', {
            values: issue.values.map((v) => JSON.stringify(v)).join(', '),
          });
    default:
      return literal(issue.message.replace(/^Invalid input: /, ''));
  }
}

function describeValue(value: unknown): IoMessage {
  if (value === undefined) return said('io.value.nothing');
  if (Array.isArray(value)) return said('io.value.list');
  if (value !== null && typeof value === 'object') return said('io.value.object');
  const json = JSON.stringify(value);
  return literal(json.length > 40 ? `${json.slice(0, 37)}…` : json);
}
