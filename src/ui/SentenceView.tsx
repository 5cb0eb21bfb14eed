import type { Flag } from '../checks';
import { clausesOf } from '../checks/omission';
import type { Alignment, Link } from '../core/model';
import { cachedSentenceView } from '../store/sentencePairs';
import { FlagMarkedText } from './FlagMarks';
import { GRID_COLUMNS } from './gridColumns';
import { useT } from './i18n';
import './review.css';

/** What the row's omission flags name, per side: the clauses and sentences without a counterpart. */
export function omissionMarks(flags: readonly Flag[]): { zh: string[]; en: string[] } {
  const zh = new Set<string>();
  const en = new Set<string>();
  for (const f of flags) {
    if (f.kind !== 'omission') continue;
    // A run of clauses may cross a sentence's end: each clause lies in one sentence.
    for (const run of f.zh ?? []) for (const c of clausesOf(run)) if (c.trim()) zh.add(c.trim());
    for (const s of f.en ?? []) if (s.trim()) en.add(s.trim());
  }
  return { zh: [...zh], en: [...en] };
}

function marks(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}

function Sentences({
  list,
  lang,
  words,
}: {
  list: readonly string[];
  lang: 'zh' | 'en';
  words: readonly string[];
}) {
  return (
    <div role="cell" lang={lang} className={`sentence-side cell-${lang}`}>
      {list.map((s, i) => (
        <span key={i} className="sentence">
          {marks(s, words) ? <FlagMarkedText text={s} words={words} /> : s}
        </span>
      ))}
    </div>
  );
}

/** Where a sentence has no counterpart: the gap the sentence view exists to show. */
function Missing({ lang }: { lang: 'zh' | 'en' }) {
  const t = useT();
  return (
    <div role="cell" className="sentence-side sentence-missing">
      {lang === 'zh' ? t('sentences.noZh') : t('sentences.noEn')}
    </div>
  );
}

/**
 * A paragraph pair opened into its sentences, aligned side by side; a sentence without a
 * counterpart gets a row of its own, marked. Computed for this pair only, once per link.
 * The row's omission flag may name a clause (or a sentence absorbed into a 2-1 pair) whose
 * sentence the sentence aligner did pair: it is marked in its sentence, that sentence pair is
 * marked, and the summary says so, rather than "all paired" alone.
 */
export function SentenceView({
  alignment,
  link,
  index,
  flags = [],
}: {
  alignment: Alignment;
  link: Link;
  index: number;
  flags?: readonly Flag[];
}) {
  const t = useT();
  const view = cachedSentenceView(alignment, link);
  const words = omissionMarks(flags);
  // Sentences the flag names a part of, inside pairs the view shows as paired (a lone
  // sentence is already counted as without a counterpart).
  let zhMarked = 0;
  let enMarked = 0;
  for (const pair of view.pairs) {
    if (pair.zh.length === 0 || pair.en.length === 0) continue;
    zhMarked += pair.zh.filter((s) => marks(s, words.zh)).length;
    enMarked += pair.en.filter((s) => marks(s, words.en)).length;
  }
  const parts = [
    t('sentences.summary', { zh: view.zhCount, en: view.enCount }),
    view.unpaired > 0
      ? t('sentences.unpaired', { count: view.unpaired })
      : t('sentences.allPaired'),
  ];
  if (zhMarked > 0)
    parts.push(
      zhMarked === 1
        ? t('sentences.markedZh.one')
        : t('sentences.markedZh.many', { count: zhMarked }),
    );
  if (enMarked > 0)
    parts.push(
      enMarked === 1
        ? t('sentences.markedEn.one')
        : t('sentences.markedEn.many', { count: enMarked }),
    );
  return (
    <div
      role="gridcell"
      aria-colindex={GRID_COLUMNS.src}
      aria-colspan={2}
      className="sentence-cell"
    >
      <div
        role="table"
        aria-label={t('sentences.of', { row: index + 1 })}
        className="sentence-table"
      >
        <div role="row" className="sentence-summary">
          <span role="cell">{parts.join(' · ')}</span>
        </div>
        {view.pairs.map((pair, k) => {
          const unpaired = pair.zh.length === 0 || pair.en.length === 0;
          const zhPart = !unpaired && pair.zh.some((s) => marks(s, words.zh));
          const enPart = !unpaired && pair.en.some((s) => marks(s, words.en));
          const label = unpaired
            ? t('sentences.lone')
            : zhPart
              ? t('sentences.partZh')
              : enPart
                ? t('sentences.partEn')
                : undefined;
          return (
            <div
              key={k}
              role="row"
              className={`sentence-row${unpaired ? ' sentence-unpaired' : ''}${zhPart ? ' sentence-part-zh' : ''}${enPart ? ' sentence-part-en' : ''}`}
              aria-label={label}
            >
              {pair.zh.length > 0 ? (
                <Sentences list={pair.zh} lang="zh" words={words.zh} />
              ) : (
                <Missing lang="zh" />
              )}
              {pair.en.length > 0 ? (
                <Sentences list={pair.en} lang="en" words={words.en} />
              ) : (
                <Missing lang="en" />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
