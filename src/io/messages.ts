/**
 * What the readers and the planner tell the user when a file cannot be opened, as English
 * templates by key. A FileFormatError, a refusal and a warning carry both the English sentence
 * (the CLI prints it) and its key and parameters, so the app can say it in its own language
 * (the keys are part of src/store/messages.ts and of both UI catalogues). `{name}` is a
 * parameter; written so that no count needs a plural form.
 */
export const ioMessages = {
  'io.tooBig': '{name} is {size}; duilian opens files up to {limit}',
  'io.empty': '{name} is empty',
  'io.encoding':
    '{name} is not in a text encoding duilian reads (UTF-8, UTF-16 with BOM, GB18030/GBK, Big5)',
  'io.binary': '{name} looks like a binary file, not text',
  'io.mixedEncodings':
    '{name} mixes two encodings: GB18030 lines among UTF-8 lines (number of such lines: {count}; the first is line {line}); each line was read in its own encoding, check them',
  'io.replaced':
    'Characters of {name} that could not be decoded show as � (number of them: {count}; the first is on line {line}, column {column})',
  'io.declaredUnknown': '{name} declares the encoding "{encoding}", which duilian cannot read',
  'io.declaredWrong': '{name} declares the encoding "{encoding}", but its bytes are not {encoding}',
  'io.noVersion': 'the file has no version field',
  'io.badVersion': "the file's version field must be a whole number ≥ 1, not {value}",
  'io.newerVersion':
    'this file was saved by a newer duilian (file format version {version}; this one reads up to {current}): update duilian to open it',
  'io.olderVersion':
    'file format version {version} is too old for this duilian (it reads {oldest} to {current})',
  'io.fileEmpty': 'the file is empty',
  'io.notAlignmentValue': 'this is not a duilian alignment file (it holds {value}, not an object)',
  'io.notAlignmentList': 'this is not a duilian alignment file (it holds a list, not an object)',
  'io.notAlignmentNoFormat': 'this is not a duilian alignment file (no format field)',
  'io.notAlignmentFormat':
    'this is not a duilian alignment file (format is {value}, expected "{expected}")',
  'io.notJson': 'not JSON: the file cannot be read as JSON',
  'io.jsonTruncated': 'not JSON: unexpected end of file at line {line} — the file looks truncated',
  'io.jsonUnexpected': 'not JSON: unexpected {found} at line {line}, column {column}',
  'io.notTmx': '{name} is not a TMX file (its root element is <{root}>)',
  'io.tmxNoUnits': '{name} holds no translation units (<tu>)',
  'io.tmxNoChinese':
    '{name} has no Chinese (zh) text; it holds {langs}. duilian aligns Chinese with English',
  'io.tmxNotEnglish':
    '{name} pairs Chinese with {langs}, not English; duilian aligns Chinese with English',
  'io.tmxNoEnglish': '{name} has no English (en) text; duilian aligns Chinese with English',
  'io.tmxOthersLeftOut':
    '{name}: segments in {langs} left out (number of them: {count}); duilian keeps the Chinese and the English',
  'io.codesDropped':
    '{name}: inline codes (placeholders and tags of the original document) left out (segments with them: {count})',
  'io.tmxSkipped': '{name}: translation units without text skipped (number of them: {count})',
  'io.crossingMerged':
    '{name}: crossing links merged with a neighbour to keep the order (number of them: {count})',
  'io.unnamedAdded':
    '{name}: segments named by no link added as unpaired (number of them: {count})',
  'io.alignBadLine': '{name}, line {line}: "{text}" is not a link like [0,1]:[2]',
  'io.alignOutside':
    '{name}, line {line}: index {index} is outside the {count} non-empty lines of {file}',
  'io.alignNoLinks': '{name} holds no links',
  'io.tableQuotes': '{name}, row {row}: a quoted cell is not closed (a " is missing)',
  'io.tableColumns':
    '{name} has fewer than two columns: a table of pairs needs a Chinese and an English column',
  'io.tableLanguages':
    '{name} has no header naming its Chinese and English columns, and its first two columns are not one Chinese and one English',
  'io.notXliff': '{name} is not an XLIFF file (its root element is <{root}>)',
  'io.xliffNoUnits':
    '{name} holds no text to align (no trans-unit or segment with a source or target)',
  'io.xliffLanguages': '{name} translates {from} into {to}; duilian aligns Chinese with English',
  'io.tableNoRows': '{name} holds no pairs: every row is empty under the header',
  'io.inTwoLinks.src': '{name}: source segment {segment} is in two links ({first} and {second})',
  'io.inTwoLinks.tgt': '{name}: target segment {segment} is in two links ({first} and {second})',
  'io.itEmptyId':
    '{name}: sentence {sentence} (line {line}) has an empty id, so no link can name it',
  'io.itSameId':
    '{name}: sentences {first} and {second} (lines {firstLine} and {secondLine}) both have the id "{id}" in the same paragraph, so links cannot tell them apart',
  'io.itNoDoc': '{name} does not name its {role} (no {role} attribute on <linkGrp>)',
  'io.itNotGiven': '{name} aligns {doc}, which was not given',
  'io.itNotIntertext': '{name} is not an InterText alignment (no <linkGrp>)',
  'io.itNoTargets': '{name}: link {link} (line {line}) has no xtargets like "1:1;1:1 1:2"',
  'io.itUnknownId': '{name}: link {link} (line {line}) names "{id}", which {doc} does not have',
  'io.notXml': '{name} is not well-formed XML: {detail}',
  'io.xmlTooDeep':
    '{name} nests elements more than {depth} levels deep (line {line}); no TMX or InterText file does',
  'io.noXml': '{name} contains no XML',
  'io.pairEmpty': '{name} is empty: there is no text to align.',
  'io.pairEmptyFirst': 'The first pasted text is empty: there is no text to align.',
  'io.pairEmptySecond': 'The second pasted text is empty: there is no text to align.',
  'io.bothChinese':
    'Both {first} and {second} look Chinese. Open a Chinese original together with its English translation.',
  'io.bothEnglish':
    'Both {first} and {second} look English. Open a Chinese original together with its English translation.',
  'io.lengthsDiffer':
    'The Chinese {zh} ({zhCount} characters) and the English {en} ({enCount} characters) differ too much in length to be a text and its translation. Check that you picked the matching pair of files.',
  'io.besideBothChinese':
    '"{owner}" needs a Chinese and an English text, but "{first}" and "{second}" both look Chinese.',
  'io.besideBothEnglish':
    '"{owner}" needs a Chinese and an English text, but "{first}" and "{second}" both look English.',
  'io.intertextAlone':
    '"{name}" is an InterText alignment: select it together with the two documents it aligns.',
  'io.alignAlone':
    '"{name}" holds only the links: select it together with its two text files (one segment per line), Chinese and English.',
  'io.xmlNeither':
    '"{name}" is XML but neither a TMX file, an XLIFF file nor an InterText alignment. {hint}',
  'io.oneText':
    '"{name}" is one text file; aligning needs two. Select the Chinese and the English file together (hold Ctrl or ⌘), or drop both at once.',
  'io.noIntertext': 'None of these XML files is an InterText alignment (none has a <linkGrp>).',
  'io.noFile': 'No file was given. {hint}',
  'io.cannotTogether': 'duilian cannot open these {count} files together ({names}). {hint}',
  'io.openHint':
    'Open an alignment file saved by duilian (.json), a TMX file, a TSV or CSV of pairs, an XLIFF file, an InterText alignment with its two documents, a .align file with its two texts, or two text files together: the Chinese original and its English translation.',
  'io.cannotKeep': '{name} gives an alignment duilian cannot keep: {reason}',
  'io.inFile': '{name}: {reason}',
  /** Structural problems inside an alignment file (the loader's checks and its schema). */
  'io.lang.zh': 'Chinese',
  'io.lang.en': 'English',
  'io.role.source': 'source',
  'io.role.target': 'target',
  'io.at.link': 'link {link}',
  'io.at.segment': '{side} segment {segment}',
  'io.at.sourceSide': 'the source side',
  'io.at.targetSide': 'the target side',
  'io.at.meta': 'the metadata',
  'io.at.file': 'the file',
  'io.fieldMissing': '{at}: "{field}" is missing',
  'io.itMissing': '{at}: it is missing',
  'io.fieldMustBe': '{at}: "{field}" must be {expected}, not {value}',
  'io.itMustBe': '{at}: it must be {expected}, not {value}',
  'io.expect.string': 'text',
  'io.expect.number': 'a number',
  'io.expect.int': 'a whole number',
  'io.expect.array': 'a list',
  'io.expect.object': 'an object',
  'io.expect.boolean': 'true or false',
  'io.expect.nonEmpty': 'non-empty text',
  'io.expect.minItems': 'a list of at least {min} items',
  'io.expect.atLeast': 'at least {min}',
  'io.expect.atMost': 'at most {max}',
  'io.expect.oneOf': 'one of {values}',
  'io.value.nothing': 'nothing',
  'io.value.list': 'a list',
  'io.value.object': 'an object',
  'io.linkConfidence': 'link {link}: the confidence must be between 0 and 1',
  'io.emptyId': '{lang} segment {segment} has an empty id ({role} side)',
  'io.sameId': '{lang} segment {segment} has the same id "{id}" as segment {first} ({role} side)',
  'io.linkOutside': 'link {link}: {role} index {index} is outside the {count} {lang} segments',
  'io.notFit': 'the links do not fit the texts: {violation}',
  'io.fit.empty': 'link {link} is empty on both sides',
  'io.fit.confidence': 'link {link} has confidence {confidence}, outside [0, 1]',
  'io.fit.outside':
    'link {link} points to {role} segment {index}, but the {role} has {count} segments',
  'io.fit.reused': 'link {link} uses {role} segment {index} again or out of order',
  'io.fit.gap': '{role} segment {index} is not covered before link {link}',
  'io.fit.uncovered': '{role} segments {first}–{last} are not covered by any link',
  /** A detail in the reader's own words (structural problems inside a file). */
  'io.detail': '{detail}',
} as const;

export type IoMessageKey = keyof typeof ioMessages;
/** A parameter may be a message itself (the reason quoted in a wider one). */
export type IoMessageParams = Readonly<Record<string, string | number | IoMessage>>;

export interface IoMessage {
  readonly key: IoMessageKey;
  readonly params: IoMessageParams;
}

/** The English wording of an io message. */
export function formatIoMessage({ key, params }: IoMessage): string {
  return ioMessages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'object' ? formatIoMessage(value) : String(value);
  });
}

/** The same message with every quoted message put in words by `say` (the app's language). */
export function flattenIoMessage(
  { key, params }: IoMessage,
  say: (message: IoMessage) => string,
): { key: IoMessageKey; params: Readonly<Record<string, string | number>> } {
  const flat: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    flat[name] = typeof value === 'object' ? say(value) : value;
  }
  return { key, params: flat };
}
