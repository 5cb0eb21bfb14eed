/**
 * The review report in three formats, shared by `duilian check` and the app's "Export report".
 * Pure: text in, text out.
 * - json: a contract: `{"links": [{"zh": [...], "en": [...], "confidence", "flags": [{kind, message}]}]}`
 *   with every link in order;
 * - tsv: one row per flag (row, kind, Chinese, English, message), with a header; the export's
 *   TSV dialect (UTF-8 with BOM, `"` quoted), each flag on one line;
 * - html: self-contained (inline CSS, no scripts or external assets), each flagged pair side by
 *   side with the differing numbers and names marked; prints well.
 */
import type { Alignment, Link } from '../core/model';
import {
  englishTemplates,
  renderFlagTexts,
  type FlagMessageKey,
  type FlagTemplates,
} from './messages';
import { FLAG_KINDS, type Flag, type FlagKind } from './types';

export const REPORT_FORMATS = ['json', 'tsv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

export interface ReportInput {
  readonly alignment: Alignment;
  /** Flags per link, in link order (LinkChecks.flags). */
  readonly flags: readonly (readonly Flag[])[];
  /** A title for the HTML report, e.g. the document's name. */
  readonly title?: string;
  /**
   * The HTML report's words and flag messages in another language (the app passes its
   * interface language's catalogue); English by default. JSON and TSV stay English.
   */
  readonly templates?: FlagTemplates;
  /** The language of `templates`, for <html lang> (default "en"). */
  readonly lang?: string;
}

function sideText(alignment: Alignment, link: Link, side: 'src' | 'tgt'): string {
  const segments = side === 'src' ? alignment.source.segments : alignment.target.segments;
  return link[side].map((i) => segments[i].text).join(side === 'src' ? '' : ' ');
}

export function reportJson({ alignment, flags }: ReportInput): string {
  const links = alignment.links.map((link, k) => ({
    zh: link.src,
    en: link.tgt,
    // Three decimals, as `align --jsonl`, the exports and a saved file write it: the report of
    // two texts and of their saved alignment then agree.
    confidence: Math.round(link.confidence * 1000) / 1000,
    flags: (flags[k] ?? []).map((f) => ({ kind: f.kind, message: f.message })),
  }));
  return `${JSON.stringify({ links })}\n`;
}

/**
 * A cell of a TSV line: tabs and line breaks become spaces, so each flag stays one line; a
 * cell holding a `"` is quoted with its quotes doubled, as in the export's TSV dialect (Python's
 * `excel-tab`): Excel, LibreOffice, pandas and Python's csv take a cell starting with `"` for a
 * quoted one, and read `"I have 4 apples," he said` as `I have 4 apples, he said`.
 */
function tsvCell(text: string): string {
  const cell = text.replace(/[\t\r\n]+/g, ' ').trim();
  return cell.includes('"') ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function reportTsv({ alignment, flags }: ReportInput): string {
  const lines = ['row\tkind\tchinese\tenglish\tmessage'];
  alignment.links.forEach((link, k) => {
    for (const f of flags[k] ?? []) {
      lines.push(
        [
          String(k + 1),
          f.kind,
          tsvCell(sideText(alignment, link, 'src')),
          tsvCell(sideText(alignment, link, 'tgt')),
          tsvCell(f.message),
        ].join('\t'),
      );
    }
  });
  // UTF-8 with a BOM, as the TSV export: so Excel reads the Chinese.
  return `\uFEFF${lines.join('\n')}\n`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

/** The text, escaped, with every occurrence of the given words wrapped in <mark>. */
export function highlight(text: string, words: readonly string[]): string {
  const wanted = [...new Set(words.filter((w) => w.trim() !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  if (wanted.length === 0) return escapeHtml(text);
  const marks: [number, number][] = [];
  for (const w of wanted) {
    let at = text.indexOf(w);
    while (at >= 0) {
      const end = at + w.length;
      if (!marks.some(([s, e]) => at < e && end > s)) marks.push([at, end]);
      at = text.indexOf(w, end);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [s, e] of marks) {
    out += `${escapeHtml(text.slice(pos, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    pos = e;
  }
  return out + escapeHtml(text.slice(pos));
}

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.4rem;margin:0 0 .25rem}
.summary{color:#555;margin:0 0 1rem}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:0 0 1.5rem}
.counts li{border:1px solid #ccc;border-radius:1rem;padding:.1rem .7rem}
.pair{border:1px solid #ddd;border-radius:6px;margin:0 0 1rem;padding:.6rem .8rem;break-inside:avoid;page-break-inside:avoid}
.pair h2{font-size:.95rem;margin:0 0 .4rem;color:#444}
.flags{margin:0 0 .5rem;padding-left:1.2rem}
.kind{font-weight:600}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.cols div{white-space:pre-wrap;overflow-wrap:anywhere}
.cols div:empty::before{content:var(--empty);color:#888;font-style:italic}
[lang=zh]{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif}
mark{background:#ffe08a;color:inherit;padding:0 .1em;border-radius:2px}
@media print{body{margin:0;max-width:none;font-size:10.5pt}.pair{border-color:#999}mark{background:none;border-bottom:2px solid #000;font-weight:700}}
`;

export function reportHtml({
  alignment,
  flags,
  title,
  templates = englishTemplates,
  lang = 'en',
}: ReportInput): string {
  const say = (key: FlagMessageKey, params: Readonly<Record<string, string | number>> = {}) =>
    fill(templates(key), params);
  const kindLabel = (kind: FlagKind) => say(`flag.${kind}`);
  const messageOf = (f: Flag) =>
    f.texts && f.texts.length > 0 ? renderFlagTexts(f.texts, templates) : f.message;
  const heading = title
    ? say('checks.report.titleNamed', { name: title })
    : say('checks.report.title');
  const counts = new Map<FlagKind, number>();
  let flaggedLinks = 0;
  const pairs: string[] = [];
  alignment.links.forEach((link, k) => {
    const fs = flags[k] ?? [];
    if (fs.length === 0) return;
    flaggedLinks++;
    for (const f of fs) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
    const zhWords = fs.flatMap((f) => f.zh ?? []);
    const enWords = fs.flatMap((f) => f.en ?? []);
    pairs.push(
      `<section class="pair"><h2>${escapeHtml(say('checks.report.row', { row: k + 1, confidence: link.confidence.toFixed(2) }))}</h2>` +
        `<ul class="flags">${fs
          .map(
            (f) =>
              `<li>${labelled(say('flag.text.labelled', { kind: KIND_SLOT, message: messageOf(f) }), kindLabel(f.kind))}</li>`,
          )
          .join('')}</ul>` +
        `<div class="cols"><div lang="zh">${highlight(sideText(alignment, link, 'src'), zhWords)}</div>` +
        `<div lang="en">${highlight(sideText(alignment, link, 'tgt'), enWords)}</div></div></section>`,
    );
  });
  const countItems = FLAG_KINDS.filter((kind) => counts.has(kind))
    .map(
      (kind) =>
        `<li>${escapeHtml(say('checks.report.count', { kind: kindLabel(kind), count: String(counts.get(kind)) }))}</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title>
<style>:root{--empty:${cssString(say('checks.report.empty'))}}${CSS}</style>
</head>
<body>
<h1>${escapeHtml(heading)}</h1>
<p class="summary">${escapeHtml(say('checks.report.summary', { flagged: flaggedLinks, total: alignment.links.length }))}</p>
<ul class="counts">${countItems}</ul>
${pairs.length > 0 ? pairs.join('\n') : `<p>${escapeHtml(say('checks.report.none'))}</p>`}
</body>
</html>
`;
}

/** Stands for the kind's name in "{kind}: {message}" until it is wrapped in its <span>. */
const KIND_SLOT = '\u0000';

/** The escaped line with the kind's name in bold where the template put it. */
function labelled(line: string, kind: string): string {
  return escapeHtml(line).replace(KIND_SLOT, `<span class="kind">${escapeHtml(kind)}</span>`);
}

/** A CSS string literal of the text (quotes, backslashes and "<" escaped). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

export function writeReport(format: ReportFormat, input: ReportInput): string {
  return format === 'json'
    ? reportJson(input)
    : format === 'tsv'
      ? reportTsv(input)
      : reportHtml(input);
}
