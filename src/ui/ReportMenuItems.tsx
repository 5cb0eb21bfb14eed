import type { ReportFormat } from '../checks/report';
import { exportReport } from '../store/reportActions';
import { useT, type MessageKey } from './i18n';

const ITEMS: readonly { format: ReportFormat; label: MessageKey; hint: MessageKey }[] = [
  { format: 'html', label: 'report.html', hint: 'report.htmlHint' },
  { format: 'tsv', label: 'report.tsv', hint: 'report.tsvHint' },
  { format: 'json', label: 'report.json', hint: 'report.jsonHint' },
];

/** The Export menu's review-report entries: the flags of the document, as `duilian check` writes them. */
export function ReportMenuItems({ onChosen }: { onChosen: () => void }) {
  const t = useT();
  return (
    <>
      <div role="separator" className="menu-separator" />
      {ITEMS.map((item) => (
        <button
          key={item.format}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="menu-item"
          title={t(item.hint)}
          onClick={() => {
            onChosen();
            void exportReport(item.format);
          }}
        >
          {t(item.label)}
        </button>
      ))}
    </>
  );
}
