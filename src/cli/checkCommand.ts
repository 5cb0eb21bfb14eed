/** `duilian check ZH EN | ALIGNMENT.json [--split …] [--format json|tsv|html] [-o FILE]`. */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { alignTexts } from '../align/alignTexts';
import { loadNodeDictionary } from '../align/nodeDictionary';
import { isSplitMode, SPLIT_MODES, type SplitMode } from '../align/segment';
import { checkLinks, documentProfile } from '../checks';
import { isReportFormat, REPORT_FORMATS, writeReport, type ReportFormat } from '../checks/report';
import type { AlignDocument } from '../core/model';
import { checkTextPair } from '../io/textPair';
import { eachArg } from './eachArg';
import { CliError, cannotWrite } from './errors';
import { planInputs, readInput, readPlanned } from './readInputs';

interface CheckArgs {
  readonly files: readonly string[];
  readonly split: SplitMode;
  readonly format: ReportFormat;
  readonly out?: string;
  readonly dictionary: boolean;
}

export function parseCheckArgs(args: readonly string[]): CheckArgs {
  const files: string[] = [];
  let split: SplitMode = 'paragraphs';
  let format: ReportFormat = 'json';
  let out: string | undefined;
  let dictionary = true;
  eachArg(args, ({ flag, arg, take }) => {
    if (flag === '--split') {
      const v = take();
      if (!isSplitMode(v))
        throw new CliError(`unknown split "${v}" (expected ${SPLIT_MODES.join(', ')})`, 2);
      split = v;
    } else if (flag === '--format' || flag === '-f') {
      const v = take();
      if (!isReportFormat(v))
        throw new CliError(`unknown format "${v}" (expected ${REPORT_FORMATS.join(', ')})`, 2);
      format = v;
    } else if (flag === '-o' || flag === '--output') {
      out = take();
    } else if (flag === '--no-dictionary') {
      dictionary = false;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(`unknown option "${arg}"`, 2);
    } else {
      files.push(arg);
    }
  });
  if (files.length < 1 || files.length > 2)
    throw new CliError('check needs two text files (ZH EN) or one alignment file (.json)', 2);
  return { files, split, format, out, dictionary };
}

export async function runCheck(args: readonly string[]): Promise<void> {
  const parsed = parseCheckArgs(args);
  const dictionary = parsed.dictionary ? loadNodeDictionary() : undefined;
  let doc: AlignDocument;
  if (parsed.files.length === 1) {
    // An alignment JSON, or anything `convert` reads as one document (e.g. a TMX).
    const plan = planInputs(parsed.files);
    if (plan.kind === 'texts')
      throw new CliError('check needs two text files (ZH EN) or one alignment file (.json)', 2);
    doc = readPlanned(plan).doc;
  } else {
    // The same check as align: two texts of one language or an empty one are refused.
    const pair = checkTextPair(readInput(parsed.files[0]), readInput(parsed.files[1]));
    if (!pair.ok) throw new CliError(pair.message);
    doc = alignTexts(
      { text: pair.zh.text, fileName: pair.zh.name },
      { text: pair.en.text, fileName: pair.en.name },
      {},
      { split: parsed.split, dictionary },
    );
  }
  const { flags } = checkLinks(doc.alignment, {
    dictionary,
    level: doc.level,
    profile: documentProfile(doc.alignment, dictionary),
  });
  const title =
    doc.meta.title?.en ?? doc.meta.title?.zh ?? parsed.files.map((f) => basename(f)).join(' + ');
  const data = writeReport(parsed.format, { alignment: doc.alignment, flags, title });
  if (parsed.out) {
    try {
      writeFileSync(parsed.out, data);
    } catch (error) {
      throw new CliError(cannotWrite(parsed.out, error));
    }
  } else {
    process.stdout.write(data);
  }
}
