import type { AlignDocument } from '../core/model';
import { useAppState } from '../store/appStore';
import { useFileState, sameDocument } from '../store/fileStore';
import { AutosaveState } from './FileMenu';
import { useT, type MessageKey } from './i18n';
import { Legend } from './Legend';

const LEVEL_KEYS: Readonly<Record<string, MessageKey>> = {
  paragraphs: 'status.level.paragraphs',
  sentences: 'status.level.sentences',
  lines: 'status.level.lines',
};

/** The segmentation level (contract 1: AlignDocument.level), paragraphs for older documents. */
function levelOf(doc: AlignDocument): string {
  return (doc as { readonly level?: string }).level ?? 'paragraphs';
}

/** The selected rows, as the status bar says them. */
function SelectionState({ total }: { total: number }) {
  const t = useT();
  const link = useAppState((s) => s.selectedLink);
  const anchor = useAppState((s) => s.selectionAnchor);
  if (total === 0) return null;
  if (anchor === null || anchor === link) {
    return <span>{t('status.row', { row: link + 1, total })}</span>;
  }
  const first = Math.min(anchor, link) + 1;
  const last = Math.max(anchor, link) + 1;
  return <span>{t('status.rows', { first, last, n: last - first + 1 })}</span>;
}

/**
 * Like VS Code's status bar: which document, at what level, how far reviewed, where the
 * selection is and whether the work is safe.
 */
export function StatusBar({ name }: { name: string }) {
  const t = useT();
  const doc = useAppState((s) => s.doc);
  const savedDoc = useFileState((s) => s.savedDoc);
  if (!doc) {
    return (
      <footer className="app-footer">
        <span />
        <AutosaveState />
      </footer>
    );
  }
  const alignment = doc.alignment;
  const links = alignment.links;
  const confirmed = links.filter((l) => l.status === 'confirmed').length;
  const unpaired = links.filter((l) => l.src.length === 0 || l.tgt.length === 0).length;
  const dirty = !sameDocument(doc, savedDoc);
  const level = LEVEL_KEYS[levelOf(doc)];
  return (
    <footer className="app-footer" aria-label={t('status.label')}>
      <span className="status-doc" title={name}>
        {name}
        {dirty ? (
          <span
            className="unsaved-dot"
            title={t('status.unsaved')}
            aria-label={t('status.unsaved')}
          >
            •
          </span>
        ) : null}
      </span>
      {level ? <span className="status-level">{t(level)}</span> : null}
      <span className="status-counts">
        {t(links.length === 1 ? 'status.link' : 'status.links', { n: links.length })} ·{' '}
        {t('status.segments', {
          zh: alignment.source.segments.length,
          en: alignment.target.segments.length,
        })}{' '}
        · {t('status.unpaired', { n: unpaired })} ·{' '}
        {t('status.confirmed', { confirmed, total: links.length })}
      </span>
      <SelectionState total={links.length} />
      <AutosaveState />
      <Legend />
    </footer>
  );
}
