/** The review report (src/checks/report.ts) of the open document, as a download. */
import { writeReport, type ReportFormat } from '../checks/report';
import { reportError } from './actions';
import { message, reasonOf } from './messages';
import { appStore } from './appStore';
import { completeChecks } from './checksStore';
import { fileStore } from './fileStore';
import { downloadFile } from './saveActions';

const MIME: Record<ReportFormat, string> = {
  html: 'text/html;charset=utf-8',
  tsv: 'text/tab-separated-values;charset=utf-8',
  json: 'application/json',
};

/** Downloads NAME.report.html / .tsv / .json: the same report `duilian check` writes. */
export function exportReport(format: ReportFormat): void {
  const doc = appStore.getState().doc;
  if (!doc) {
    reportError(message('store.noDocToReport'));
    return;
  }
  const name = fileStore.getState().name;
  try {
    const text = writeReport(format, {
      alignment: doc.alignment,
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
