/**
 * Exporting a document by format id: a thin layer over the format registry (formats.ts)
 * for callers that want one result object.
 */
import type { AlignDocument } from '../core/model';
import type { ExportOptions } from './exporters/common';
import { findFormat, writableFormats, type FormatId, type WrittenFile } from './formats';

export type { ExportOptions } from './exporters/common';
export { exportMoses } from './exporters/moses';

/** The formats written (the registry's read-only ones, text and XLIFF, are opened only). */
export type ExportFormat = Exclude<FormatId, 'text' | 'xliff'>;
export const EXPORT_FORMATS: readonly ExportFormat[] = writableFormats().map(
  (f) => f.id as ExportFormat,
);

/** A file beside the main one (moses writes NAME.zh and NAME.en). */
export interface ExportFile {
  /** Appended to the chosen base name, e.g. ".zh". */
  readonly suffix: string;
  readonly data: string | Uint8Array;
}

export interface ExportResult {
  /** The first (for most formats the only) file. */
  readonly data: string | Uint8Array;
  readonly extension: string;
  readonly mime: string;
  /** When the format is several files (Moses, InterText): all of them, `data` being the first. */
  readonly files?: readonly ExportFile[];
}

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

function resultOf(format: ExportFormat, files: readonly WrittenFile[]): ExportResult {
  const spec = findFormat(format)!;
  return {
    data: files[0].data,
    extension: files[0].suffix.replace(/^.*\./, ''),
    mime: spec.mime,
    ...(files.length > 1 ? { files } : {}),
  };
}

function specOf(format: string) {
  const spec = isExportFormat(format) ? findFormat(format) : undefined;
  if (!spec?.write) {
    throw new Error(
      `unknown export format "${String(format)}" (expected ${EXPORT_FORMATS.join(', ')})`,
    );
  }
  return spec;
}

/**
 * Serializes a document in a text format, synchronously. JSON, .align and InterText hold
 * the whole alignment; the others the links the options select (pairs only by default).
 * XLSX and DOCX are binary and built asynchronously: use exportDocumentAsync for them.
 */
export function exportDocument(
  doc: AlignDocument,
  format: ExportFormat,
  options: ExportOptions = {},
  base = 'alignment',
): ExportResult {
  const files = specOf(format).write!(doc, options, base);
  if (files instanceof Promise) {
    throw new Error(`${format.toUpperCase()} is built asynchronously: call exportDocumentAsync`);
  }
  return resultOf(format, files);
}

/** Every format, XLSX and DOCX included (their data is a Uint8Array). Works in browsers and Node. */
export async function exportDocumentAsync(
  doc: AlignDocument,
  format: ExportFormat,
  options: ExportOptions = {},
  base = 'alignment',
): Promise<ExportResult> {
  return resultOf(format, await specOf(format).write!(doc, options, base));
}
