/**
 * The dev corpora's texts for the tests that align real documents (read from ../shared/corpora,
 * never copied into the repository).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { segmentText, type SplitMode } from '../../src/align/segment';

export const CORPORA = resolve(import.meta.dirname, '../../../shared/corpora');

/** Every para-dev document one after another (~1,600 paragraphs a side), cut at `split`. */
export function paraDevTexts(split: SplitMode): { zh: string[]; en: string[] } {
  const dir = join(CORPORA, 'para-dev');
  const zh: string[] = [];
  const en: string[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.zh.txt'))
    .sort()) {
    zh.push(...segmentText(readFileSync(join(dir, f), 'utf8'), 'zh', split));
    en.push(
      ...segmentText(readFileSync(join(dir, f.replace('.zh.', '.en.')), 'utf8'), 'en', split),
    );
  }
  return { zh, en };
}

/** The mac-dev documents one after another, line by line (sentences; much dialogue). */
export function macDevLines(): { zh: string[]; en: string[] } {
  const dir = join(CORPORA, 'mac-dev');
  const zh: string[] = [];
  const en: string[] = [];
  for (const f of readdirSync(join(dir, 'src')).sort()) {
    zh.push(...segmentText(readFileSync(join(dir, 'src', f), 'utf8'), 'zh', 'lines'));
    en.push(...segmentText(readFileSync(join(dir, 'tgt', f), 'utf8'), 'en', 'lines'));
  }
  return { zh, en };
}
