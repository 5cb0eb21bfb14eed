/**
 * What the checks say, as message keys and parameters, and the English templates. A flag
 * carries its words as `texts` (keys + params) beside its English `message`, so the app can
 * say them in the interface language (src/ui/i18n spreads these templates into its English
 * catalogue and translates every key in zh.ts) while the CLI's and the report's `message`
 * stays English text. Pure: no React, no DOM.
 *
 * Templates fill `{name}` from the params. A list param is shown with the catalogue's own
 * separators ("“a”, “b” and 2 more" / "“a”、“b”等另外 2 项"); a message of several parts is
 * joined and ended by `flag.text.parts` / `flag.text.end`, so each language punctuates its own.
 */

export const flagMessages = {
  // Kind names (badges, panel, report).
  'flag.low-confidence': 'Low confidence',
  'flag.unpaired': 'Unpaired',
  'flag.omission': 'Omission',
  'flag.numbers': 'Numbers differ',
  'flag.names': 'Names differ',
  'flag.untranslated': 'Untranslated',
  // How the parts of a message are put together.
  'flag.text.end': '{text}.',
  'flag.text.parts': '; ',
  'flag.text.listSeparator': ', ',
  'flag.text.listMore': '{list} and {count} more',
  'flag.text.quoted': '“{text}”',
  'flag.text.labelled': '{kind}: {message}',
  // low-confidence
  'flag.msg.lowConfidence': 'The aligner is unsure of this pairing (confidence {confidence})',
  // low-confidence: a boundary between two doubted links in the wrong place (boundary.ts)
  'flag.msg.boundary.next.long':
    'This English is long for its Chinese and the next row’s short: the boundary between the two rows may be in the wrong place',
  'flag.msg.boundary.next.short':
    'This English is short for its Chinese and the next row’s long: the boundary between the two rows may be in the wrong place',
  'flag.msg.boundary.previous.long':
    'This English is long for its Chinese and the previous row’s short: the boundary between the two rows may be in the wrong place',
  'flag.msg.boundary.previous.short':
    'This English is short for its Chinese and the previous row’s long: the boundary between the two rows may be in the wrong place',
  'flag.msg.boundary.next.words':
    '{count} words of this row or the next are translated only in the other’s English: the boundary between the two rows may be in the wrong place',
  'flag.msg.boundary.previous.words':
    '{count} words of this row or the previous one are translated only in the other’s English: the boundary between the two rows may be in the wrong place',
  // unpaired: one or several segments, at each level
  'flag.msg.unpaired.zh.paragraph': 'This Chinese paragraph has no English counterpart',
  'flag.msg.unpaired.zh.paragraphs': 'These Chinese paragraphs have no English counterpart',
  'flag.msg.unpaired.zh.sentence': 'This Chinese sentence has no English counterpart',
  'flag.msg.unpaired.zh.sentences': 'These Chinese sentences have no English counterpart',
  'flag.msg.unpaired.zh.line': 'This Chinese line has no English counterpart',
  'flag.msg.unpaired.zh.lines': 'These Chinese lines have no English counterpart',
  'flag.msg.unpaired.en.paragraph': 'This English paragraph has no Chinese counterpart',
  'flag.msg.unpaired.en.paragraphs': 'These English paragraphs have no Chinese counterpart',
  'flag.msg.unpaired.en.sentence': 'This English sentence has no Chinese counterpart',
  'flag.msg.unpaired.en.sentences': 'These English sentences have no Chinese counterpart',
  'flag.msg.unpaired.en.line': 'This English line has no Chinese counterpart',
  'flag.msg.unpaired.en.lines': 'These English lines have no Chinese counterpart',
  // omission
  'flag.msg.omission.zhSentence': 'A Chinese sentence has no English counterpart: “{text}”',
  'flag.msg.omission.zhPart': 'Part of a Chinese sentence has no English counterpart: “{text}”',
  'flag.msg.omission.enSentence': 'An English sentence has no Chinese counterpart: “{text}”',
  'flag.msg.omission.enSentences':
    '{count} English sentences have no Chinese counterpart, from “{text}”',
  'flag.msg.omission.longer':
    'The English is much longer than usual for this much Chinese (about {share}% of the usual length): something may be added',
  // numbers
  'flag.msg.numbers.differ': 'The Chinese has {zh}, the English {en}',
  'flag.msg.numbers.zhOnly': '{zh} in Chinese is not in the English',
  'flag.msg.numbers.enOnly': '{en} in English is not in the Chinese',
  // names
  'flag.msg.names.zh.one': '{names} in the Chinese has no counterpart in the English',
  'flag.msg.names.zh.many': '{names} in the Chinese have no counterpart in the English',
  'flag.msg.names.en.one': '{names} in the English has no counterpart in the Chinese',
  'flag.msg.names.en.many': '{names} in the English have no counterpart in the Chinese',
  // untranslated
  'flag.msg.untranslated.same': 'The same text stands on both sides: it may be untranslated',
  'flag.msg.untranslated.chinese': 'Chinese text in the English column: “{text}”',
  // The HTML report (its words, in the language of whoever exports it).
  'checks.report.lang': 'en',
  'checks.report.title': 'Review report',
  'checks.report.titleNamed': 'Review report: {name}',
  'checks.report.row': 'Row {row} · confidence {confidence}',
  'checks.report.summary': '{flagged} of {total} rows flagged.',
  'checks.report.none': 'No flags: nothing to review.',
  'checks.report.empty': '(nothing)',
  'checks.report.count': '{kind}: {count}',
} as const;

export type FlagMessageKey = keyof typeof flagMessages;

/** A list shown in the message: all of it, or the first `max` and "and N more". */
export interface FlagList {
  readonly items: readonly string[];
  /** Each item in quotation marks (names, words); numbers are shown bare. */
  readonly quoted?: boolean;
  readonly max?: number;
}

export type FlagParam = string | number | FlagList;
export type FlagParams = Readonly<Record<string, FlagParam>>;

/** One part of a flag's message: a key of the catalogue and what fills its placeholders. */
export interface FlagText {
  readonly key: FlagMessageKey;
  readonly params?: FlagParams;
}

/** A catalogue look-up: the template of a key in some language. */
export type FlagTemplates = (key: FlagMessageKey) => string;

export const englishTemplates: FlagTemplates = (key) => flagMessages[key];

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

function showList(list: FlagList, templates: FlagTemplates): string {
  const max = list.max ?? list.items.length;
  const shown = list.items
    .slice(0, max)
    .map((s) => (list.quoted ? fill(templates('flag.text.quoted'), { text: s }) : s))
    .join(templates('flag.text.listSeparator'));
  return list.items.length > max
    ? fill(templates('flag.text.listMore'), { list: shown, count: list.items.length - max })
    : shown;
}

/** One part in words. */
export function renderFlagText(
  text: FlagText,
  templates: FlagTemplates = englishTemplates,
): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.params ?? {}))
    params[name] = typeof value === 'object' ? showList(value, templates) : value;
  return fill(templates(text.key), params);
}

/** A sentence's stop, then perhaps closing quotation marks or brackets, at the end. */
const SENTENCE_END = /[.!?。！？][”’"')）»」』]*$/u;

/** A whole message: its parts joined and ended in the language of `templates`. */
export function renderFlagTexts(
  texts: readonly FlagText[],
  templates: FlagTemplates = englishTemplates,
): string {
  const body = texts.map((x) => renderFlagText(x, templates)).join(templates('flag.text.parts'));
  // A message that ends on a quoted sentence has its stop inside the quotation marks already:
  // not "…was unfair.”." (nor "…。”。").
  if (SENTENCE_END.test(body)) return body;
  return fill(templates('flag.text.end'), { text: body });
}
