import type { AlignDocument } from '../core/model';
import { serializeDocument } from './alignmentFile';
import { exportAlign } from './exporters/align';
import type { ExportOptions } from './exporters/common';
import { exportCsv } from './exporters/csv';
import { exportMoses } from './exporters/moses';
import { exportTmx } from './exporters/tmx';
import { exportTsv } from './exporters/tsv';
import { exportXlsx } from './exporters/xlsx';

export type { ExportOptions } from './exporters/common';
export { exportMoses } from './exporters/moses';

export const EXPORT_FORMATS = ['json', 'align', 'tsv', 'csv', 'tmx', 'xlsx', 'moses'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file beside the main one (moses writes two: NAME.zh and NAME.en). */
export interface ExportFile {
  /** Appended to the chosen base name, e.g. ".zh". */
  readonly suffix: string;
  readonly data: string;
}

export interface ExportResult {
  readonly data: string | Uint8Array;
  readonly extension: string;
  readonly mime: string;
  /** When the format is several files (moses): all of them, `data` being the first. */
  readonly files?: readonly ExportFile[];
}

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

/**
 * Serializes a document in a text export format. JSON is the whole document (the
 * options do not apply); the others hold the links the options select.
 * XLSX is binary and built asynchronously: use exportDocumentAsync for it.
 */
export function exportDocument(
  doc: AlignDocument,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportResult {
  switch (format) {
    case 'json':
      return { data: serializeDocument(doc), extension: 'json', mime: 'application/json' };
    case 'align':
      return { data: exportAlign(doc, options), extension: 'align', mime: 'text/plain' };
    case 'tsv':
      return { data: exportTsv(doc, options), extension: 'tsv', mime: 'text/tab-separated-values' };
    case 'csv':
      return { data: exportCsv(doc, options), extension: 'csv', mime: 'text/csv' };
    case 'tmx':
      return { data: exportTmx(doc, options), extension: 'tmx', mime: 'application/x-tmx+xml' };
    case 'moses': {
      const { zh, en } = exportMoses(doc, options);
      return {
        data: zh,
        extension: 'zh',
        mime: 'text/plain',
        files: [
          { suffix: '.zh', data: zh },
          { suffix: '.en', data: en },
        ],
      };
    }
    case 'xlsx':
      throw new Error('XLSX is built asynchronously: call exportDocumentAsync');
    default:
      throw new Error(
        `unknown export format "${String(format)}" (expected ${EXPORT_FORMATS.join(', ')})`,
      );
  }
}

/** Every format, XLSX included (its data is a Uint8Array). Works in browsers and Node. */
export async function exportDocumentAsync(
  doc: AlignDocument,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<ExportResult> {
  if (format === 'xlsx') {
    return {
      data: await exportXlsx(doc, options),
      extension: 'xlsx',
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
  }
  return exportDocument(doc, format, options);
}
