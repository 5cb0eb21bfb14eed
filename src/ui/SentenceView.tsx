import type { Alignment, Link } from '../core/model';
import { cachedSentenceView } from '../store/sentencePairs';
import { GRID_COLUMNS } from './gridColumns';
import { useT } from './i18n';
import './review.css';

function Sentences({ list, lang }: { list: readonly string[]; lang: 'zh' | 'en' }) {
  return (
    <div role="cell" lang={lang} className={`sentence-side cell-${lang}`}>
      {list.map((s, i) => (
        <span key={i} className="sentence">
          {s}
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
 */
export function SentenceView({
  alignment,
  link,
  index,
}: {
  alignment: Alignment;
  link: Link;
  index: number;
}) {
  const t = useT();
  const view = cachedSentenceView(alignment, link);
  const summary = `${t('sentences.summary', { zh: view.zhCount, en: view.enCount })} · ${
    view.unpaired > 0 ? t('sentences.unpaired', { count: view.unpaired }) : t('sentences.allPaired')
  }`;
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
          <span role="cell">{summary}</span>
        </div>
        {view.pairs.map((pair, k) => {
          const unpaired = pair.zh.length === 0 || pair.en.length === 0;
          return (
            <div
              key={k}
              role="row"
              className={`sentence-row${unpaired ? ' sentence-unpaired' : ''}`}
              aria-label={unpaired ? t('sentences.lone') : undefined}
            >
              {pair.zh.length > 0 ? <Sentences list={pair.zh} lang="zh" /> : <Missing lang="zh" />}
              {pair.en.length > 0 ? <Sentences list={pair.en} lang="en" /> : <Missing lang="en" />}
            </div>
          );
        })}
      </div>
    </div>
  );
}
