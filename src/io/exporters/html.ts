import type { AlignDocument } from '../../core/model';
import { selectLinks, type ExportOptions } from './common';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Paragraph breaks inside a cell's text stay visible. */
function cellHtml(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

const STYLE = `
body{font:16px/1.6 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#111}
h1{font-size:1.4rem}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border-top:1px solid #ccc;padding:.5rem .75rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
th{border-top:0;font-size:.85rem;color:#555}
th.n,td.n{width:3rem}
td.n{color:#888;font-size:.8rem}
td.note{color:#555;font-size:.85rem}
tr{break-inside:avoid}
@media print{body{margin:0;max-width:none;font-size:11pt}thead{display:table-header-group}}
`.trim();

/**
 * A self-contained bilingual page: one table row per link, Chinese left, English right,
 * the note below; no script, no external resource, so it opens and prints anywhere. The
 * number column's width is set on its header cell too: a fixed table layout takes the widths
 * from the first row, which gave the row numbers a third of the page. Headed by the document's
 * title, else by `name` (the file name it is exported under), else "Alignment".
 */
export function exportHtml(doc: AlignDocument, options?: ExportOptions, name?: string): string {
  // The CLI's batch names its files by path: the heading takes the last part.
  const fileName = name?.split(/[/\\]/).pop();
  const title =
    [doc.meta.title?.zh, doc.meta.title?.en].filter(Boolean).join(' · ') || fileName || 'Alignment';
  const rows = selectLinks(doc, options).map((row) => {
    const note = row.link.note
      ? `\n<tr><td></td><td class="note" colspan="2">${cellHtml(row.link.note)}</td></tr>`
      : '';
    return `<tr><td class="n">${row.number}</td><td lang="zh">${cellHtml(row.zh)}</td><td lang="en">${cellHtml(row.en)}</td></tr>${note}`;
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    '<table>',
    '<thead><tr><th class="n">#</th><th lang="zh">中文</th><th>English</th></tr></thead>',
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
