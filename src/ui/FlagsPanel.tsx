import { useMemo } from 'react';
import { FLAG_KINDS, forEachFlags, type Flag, type FlagKind } from '../checks';
import { useAppState } from '../store/appStore';
import { useChecksPending, useFlagChunks } from '../store/checksStore';
import { focusGrid } from './AlignmentGrid';
import { dispatchCommand } from '../store/commandActions';
import { toggleFlagsPanel, useReviewState } from '../store/reviewStore';
import { FLAG_LOOK, flagMessage } from './flagKinds';
import { useLanguage, useT } from './i18n';
import { isPhoneWidth } from './phoneWidth';
import './review.css';

interface Entry {
  readonly link: number;
  readonly flag: Flag;
}

const HTML_LOCALE = { en: 'en-US', zh: 'zh-CN' } as const;

/** Shown per group before "and N more": a long document can have thousands. */
const MAX_ENTRIES = 200;

/**
 * The flags of the document grouped by kind, with counts; an entry jumps to its row. Beside the
 * rows on a wide screen; over them at phone width (workspace.css), closing when an entry is chosen.
 */
export function FlagsPanel() {
  const t = useT();
  const language = useLanguage();
  const open = useReviewState((s) => s.panelOpen);
  const alignment = useAppState((s) => s.doc?.alignment ?? null);
  const selected = useAppState((s) => s.selectedLink);
  const pending = useChecksPending();
  const flags = useFlagChunks(alignment);
  const groups = useMemo(() => {
    const byKind = new Map<FlagKind, Entry[]>(FLAG_KINDS.map((k) => [k, []]));
    if (flags)
      forEachFlags(flags, (list, link) => {
        for (const flag of list) byKind.get(flag.kind)!.push({ link, flag });
      });
    return FLAG_KINDS.map((kind) => ({ kind, entries: byKind.get(kind)! }));
  }, [flags]);
  if (!open || !alignment) return null;
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  return (
    <aside className="flags-panel" aria-label={t('review.flags')}>
      <header className="flags-panel-head">
        <h2>
          {t('review.flags')} <span className="filter-count">{total}</span>
        </h2>
        <button
          type="button"
          aria-label={t('review.closeFlags')}
          onClick={() => toggleFlagsPanel(false)}
        >
          ×
        </button>
      </header>
      {pending > 0 ? (
        <p className="flags-checking">
          {pending === 1
            ? t('review.checkingOne')
            : t('review.checking', { count: pending.toLocaleString(HTML_LOCALE[language]) })}
        </p>
      ) : total === 0 ? (
        <p className="flags-empty">{t('review.nothingFlagged')}</p>
      ) : null}
      {groups
        .filter((g) => g.entries.length > 0)
        .map((g) => (
          <section key={g.kind} className="flags-group" aria-label={t(FLAG_LOOK[g.kind].name)}>
            <h3>
              <span className={`flag-badge flag-${g.kind}`} aria-hidden="true">
                {FLAG_LOOK[g.kind].symbol}
              </span>
              {t(FLAG_LOOK[g.kind].name)} <span className="filter-count">{g.entries.length}</span>
            </h3>
            <ul>
              {g.entries.slice(0, MAX_ENTRIES).map((e) => (
                <li key={e.link}>
                  <button
                    type="button"
                    className="flags-entry"
                    aria-current={e.link === selected ? 'true' : undefined}
                    onClick={() => {
                      dispatchCommand('select-link', { link: e.link }, { quiet: true });
                      // At phone width the list covers the rows: it closes to show the row.
                      if (isPhoneWidth()) toggleFlagsPanel(false);
                      focusGrid();
                    }}
                  >
                    <span className="flags-row">{t('review.row', { row: e.link + 1 })}</span>{' '}
                    {flagMessage(e.flag, language)}
                  </button>
                </li>
              ))}
            </ul>
            {g.entries.length > MAX_ENTRIES ? (
              <p className="flags-more">
                {t('review.more', { count: g.entries.length - MAX_ENTRIES })}
              </p>
            ) : null}
          </section>
        ))}
      <ul className="flags-legend" aria-label={t('review.legend')}>
        {FLAG_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`flag-badge flag-${kind}`} aria-hidden="true">
              {FLAG_LOOK[kind].symbol}
            </span>
            {t(FLAG_LOOK[kind].name)}
          </li>
        ))}
      </ul>
    </aside>
  );
}
