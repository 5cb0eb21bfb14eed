/** The review report (src/checks/report.ts) of the open document, as a download. */
import { writeReport, type ReportFormat } from '../checks/report';
import { reportError } from './actions';
import { message, reasonOf } from './messages';
import { appStore } from './appStore';
import { checksFor, checksStore, completeChecks } from './checksStore';
import { fileStore } from './fileStore';
import { downloadFile } from './saveActions';

const MIME: Record<ReportFormat, string> = {
  html: 'text/html;charset=utf-8',
  tsv: 'text/tab-separated-values;charset=utf-8',
  json: 'application/json',
};

/**
 * Downloads NAME.report.html / .tsv / .json: the same report `duilian check` writes. The report
 * needs every flag: on a long document whose checks are still running in idle slices, it waits
 * for them (the page stays usable, the notice says how many rows are left) instead of finishing
 * them in one task that would freeze the page for seconds. Resolves when the file is written
 * (or the wait ended because the document was closed).
 */
export async function exportReport(format: ReportFormat): Promise<void> {
  const doc = appStore.getState().doc;
  if (!doc) {
    reportError(message('store.noDocToReport'));
    return;
  }
  const pending = checksFor(doc).pending;
  if (pending > 0) {
    fileStore.setState({ notice: message('store.reportWaits', { count: pending }) });
    await checksDone();
  }
  writeReportOf(format);
}

/** Resolves once the open document's checks are all done (or no document is open). */
function checksDone(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      const { doc } = appStore.getState();
      const checks = checksStore.getState().checks;
      return !doc || (checks?.alignment === doc.alignment && checks.pending === 0);
    };
    if (done()) return resolve();
    const stop = [checksStore.subscribe(() => finish()), appStore.subscribe(() => finish())];
    function finish() {
      if (!done()) return;
      for (const unsubscribe of stop) unsubscribe();
      resolve();
    }
  });
}

function writeReportOf(format: ReportFormat): void {
  const doc = appStore.getState().doc;
  if (!doc) return;
  const name = fileStore.getState().name;
  try {
    const text = writeReport(format, {
      alignment: doc.alignment,
      // Every flag is there by now (the slices are done): this only reads them.
      flags: completeChecks(doc).flags,
      title: name,
      // The HTML report speaks the interface language (JSON and TSV stay English).
      templates: (key) => message(key),
      lang: message('checks.report.lang'),
    });
    const fileName = `${name}.report.${format}`;
    downloadFile(fileName, text, MIME[format]);
    fileStore.setState({ notice: message('store.exported', { names: fileName }) });
  } catch (error) {
    reportError(message('store.couldNotReport', { reason: reasonOf(error) }));
  }
}
