import type { AlignDocument } from '../../core/model';
import { stripNonXmlChars } from '../xml';
import { selectLinks, type ExportOptions } from './common';

/**
 * A Word document with a two-column table, Chinese left, English right, header row repeated
 * on every page: how editors review a translation in Word. The docx library is loaded on
 * first use so the app's bundle does not carry it.
 */
export async function exportDocx(doc: AlignDocument, options?: ExportOptions): Promise<Uint8Array> {
  const {
    Document,
    Packer,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
    HeadingLevel,
  } = await import('docx');
  // A cell's text may hold line breaks: one paragraph per line, none lost.
  const paragraphs = (text: string, bold = false) =>
    stripNonXmlChars(text)
      .split(/\r\n|\r|\n/)
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }));
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: paragraphs(text, bold),
      width: { size: 50, type: WidthType.PERCENTAGE },
    });
  const header = new TableRow({
    tableHeader: true,
    children: [cell('中文', true), cell('English', true)],
  });
  const rows = selectLinks(doc, options).map(
    (row) => new TableRow({ cantSplit: false, children: [cell(row.zh), cell(row.en)] }),
  );
  const title = [doc.meta.title?.zh, doc.meta.title?.en].filter(Boolean).join(' · ');
  const document = new Document({
    creator: 'duilian',
    title: title || 'Alignment',
    sections: [
      {
        children: [
          ...(title
            ? [new Paragraph({ text: stripNonXmlChars(title), heading: HeadingLevel.HEADING_1 })]
            : []),
          new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
