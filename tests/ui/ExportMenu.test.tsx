import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSide, type AlignDocument } from '../../src/core/model';
import { serializeDocument } from '../../src/io/alignmentFile';
import { appStore } from '../../src/store/appStore';
import { fileStore } from '../../src/store/fileStore';
import { exportAs } from '../../src/store/saveActions';
import { setLanguage } from '../../src/ui/i18n';
import { recordDownloads, renderApp, textFile, type Download, resetStores } from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

beforeEach(resetStores);

afterEach(() => {
  vi.restoreAllMocks();
});

/** Four links: one confirmed, one English-only (unpaired), one 1-2. */
function diary(): AlignDocument {
  return {
    meta: {},
    level: 'paragraphs',
    alignment: {
      source: makeSide('zh', ['一月：大雪。', '二月：刮风。', '三月：下雨，下了很久。']),
      target: makeSide('en', [
        'January: heavy snow.',
        'February: wind.',
        "(Translator's note: the diary skips a page here.)",
        'March: rain,',
        'and it rained for a long time.',
      ]),
      links: [
        { src: [0], tgt: [0], status: 'confirmed', confidence: 1 },
        { src: [1], tgt: [1], status: 'auto', confidence: 0.8 },
        { src: [], tgt: [2], status: 'auto', confidence: 0.5 },
        { src: [2], tgt: [3, 4], status: 'auto', confidence: 0.6 },
      ],
    },
  };
}

async function openDiary(): Promise<Download[]> {
  const downloads = recordDownloads();
  const grid = await renderApp();
  await userEvent.upload(
    screen.getByLabelText('Open files'),
    textFile('diary.duilian.json', serializeDocument(diary())),
  );
  await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '4'));
  return downloads;
}

async function openExportMenu(): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('button', { name: 'Export' }));
  return screen.getByRole('menu', { name: 'Export format' });
}

function tuCount(tmx: string): number {
  const xml = new DOMParser().parseFromString(tmx, 'application/xml');
  expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
  return xml.getElementsByTagName('tu').length;
}

describe('Export', () => {
  it('offers the formats by name, and the link options (pairs only by default)', async () => {
    await openDiary();
    const menu = await openExportMenu();
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual([
      'TMX',
      'TSV',
      'CSV',
      'XLSX',
      'HTML (two columns)',
      'Word (DOCX)',
      'InterText',
      '.align',
      'Moses (two text files)',
      'JSON',
      'Review report (HTML)',
      'Review report (TSV)',
      'Review report (JSON)',
    ]);
    expect(
      within(menu).getByRole('menuitemcheckbox', { name: 'Confirmed rows only' }),
    ).toHaveAttribute('aria-checked', 'false');
    expect(
      within(menu).getByRole('menuitemcheckbox', { name: 'Include unpaired segments' }),
    ).toHaveAttribute('aria-checked', 'false');
    const guard = within(menu).getByRole('menuitemcheckbox', {
      name: 'Guard spreadsheet formulas',
    });
    expect(guard).toHaveAttribute('aria-checked', 'true');
    // Its tooltip says what the ticked box does (it read "no ' before cells…", the CLI flag's
    // meaning), as the Chinese one does.
    expect(guard).toHaveAttribute('title', expect.stringMatching(/^TSV\/CSV: a ' before cells/));
    expect(guard.title).toContain('untick for the exact text');
    expect(within(menu).getByRole('menuitem', { name: 'TMX' })).toHaveFocus();
  });

  it('says in the description of TSV, CSV and XLSX which columns each writes, as the files have them', async () => {
    const downloads = await openDiary();
    let menu = await openExportMenu();
    // TSV has two columns and CSV five: the menu said neither, so a user who wanted the
    // status and confidence could not tell which to pick.
    expect(within(menu).getByRole('menuitem', { name: 'TSV' })).toHaveAccessibleDescription(
      /^Tab-separated, 2 columns: Chinese, English \(the status, confidence and note are in CSV and XLSX\)/,
    );
    expect(within(menu).getByRole('menuitem', { name: 'CSV' })).toHaveAccessibleDescription(
      /^Comma-separated, 5 columns: Chinese, English, Status, Confidence, Note/,
    );
    expect(within(menu).getByRole('menuitem', { name: 'XLSX' })).toHaveAccessibleDescription(
      /the same 5 columns as CSV/,
    );
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'TSV' }));
    menu = await openExportMenu();
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    const headers = await Promise.all(
      downloads.map(async (d) => (await d.blob.text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0]),
    );
    expect(headers[0].split('\t')).toEqual(['Chinese', 'English']);
    expect(headers[1].split(',')).toEqual([
      '"Chinese"',
      '"English"',
      '"Status"',
      '"Confidence"',
      '"Note"',
    ]);
    act(() => setLanguage('zh'));
    try {
      await userEvent.click(screen.getByRole('button', { name: '导出' }));
      menu = screen.getByRole('menu', { name: '导出格式' });
      expect(within(menu).getByRole('menuitem', { name: 'TSV' })).toHaveAccessibleDescription(
        /^制表符分隔，两列：中文、英文（状态、置信度和备注见 CSV 和 XLSX）/,
      );
      expect(within(menu).getByRole('menuitem', { name: 'CSV' })).toHaveAccessibleDescription(
        /^逗号分隔，五列：中文、英文、状态、置信度、备注/,
      );
    } finally {
      act(() => setLanguage('en'));
    }
  });

  it('exports JSON as Save writes it, the app version and the time of writing included', async () => {
    const downloads = await openDiary();
    await userEvent.click(within(await openExportMenu()).getByRole('menuitem', { name: 'JSON' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads.map((d) => d.name)).toEqual(['diary.json', 'diary.duilian.json']);
    const [exported, saved] = await Promise.all(
      downloads.map(async (d) => JSON.parse(await d.blob.text())),
    );
    // The menu says "same as Save"; the export lacked both.
    expect(exported.meta.appVersion).toBe(saved.meta.appVersion);
    expect(exported.meta.modifiedAt).toEqual(expect.any(String));
    expect({ ...exported, meta: {} }).toEqual({ ...saved, meta: {} });
  });

  it('downloads a TMX named after the document, one <tu> per pair, Chinese and English tagged', async () => {
    const downloads = await openDiary();
    await userEvent.click(within(await openExportMenu()).getByRole('menuitem', { name: 'TMX' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toBe('diary.tmx');
    const tmx = await downloads[0].blob.text();
    // The English-only link is left out: pairs only unless asked.
    expect(tuCount(tmx)).toBe(3);
    expect(tmx).not.toContain("Translator's note");
    expect(tmx).toContain('xml:lang="zh-CN"');
    expect(tmx).toContain('xml:lang="en"');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('includes unpaired segments, or only confirmed links, when asked', async () => {
    const downloads = await openDiary();
    let menu = await openExportMenu();
    await userEvent.click(
      within(menu).getByRole('menuitemcheckbox', { name: 'Include unpaired segments' }),
    );
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'TSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const tsv = await downloads[0].blob.text();
    // Header and the four links.
    expect(tsv.trim().split('\r\n')).toHaveLength(5);
    expect(tsv).toContain("\t(Translator's note: the diary skips a page here.)\r\n");

    menu = await openExportMenu();
    expect(
      within(menu).getByRole('menuitemcheckbox', { name: 'Include unpaired segments' }),
    ).toHaveAttribute('aria-checked', 'true');
    await userEvent.click(
      within(menu).getByRole('menuitemcheckbox', { name: 'Include unpaired segments' }),
    );
    await userEvent.click(
      within(menu).getByRole('menuitemcheckbox', { name: 'Confirmed rows only' }),
    );
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'TMX' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(tuCount(await downloads[1].blob.text())).toBe(1);
  });

  it('says so instead of downloading an empty file when the options leave no link', async () => {
    const downloads = await openDiary();
    act(() => {
      const doc = appStore.getState().doc!;
      const links = doc.alignment.links.map((l) => ({ ...l, status: 'auto' as const }));
      appStore.setState({ doc: { ...doc, alignment: { ...doc.alignment, links } } });
    });
    const menu = await openExportMenu();
    await userEvent.click(
      within(menu).getByRole('menuitemcheckbox', { name: 'Confirmed rows only' }),
    );
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No row is confirmed yet, so "Confirmed rows only" leaves nothing to export.',
    );
    expect(downloads).toHaveLength(0);
  });

  it('writes Moses as two line-aligned files and XLSX as a workbook', async () => {
    const downloads = await openDiary();
    await userEvent.click(
      within(await openExportMenu()).getByRole('menuitem', { name: 'Moses (two text files)' }),
    );
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads.map((d) => d.name)).toEqual(['diary.zh', 'diary.en']);
    expect(screen.getByText('Exported diary.zh and diary.en')).toBeVisible();
    const [zh, en] = await Promise.all(downloads.map((d) => d.blob.text()));
    expect(zh.split('\n')[2]).toBe('三月：下雨，下了很久。');
    expect(en.split('\n')[2]).toBe('March: rain, and it rained for a long time.');

    await userEvent.click(within(await openExportMenu()).getByRole('menuitem', { name: 'XLSX' }));
    await waitFor(() => expect(downloads).toHaveLength(3));
    expect(downloads[2].name).toBe('diary.xlsx');
    const bytes = new Uint8Array(await downloads[2].blob.arrayBuffer());
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
  });

  it('closes on Escape and gives focus back to the Export button', async () => {
    await openDiary();
    await openExportMenu();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'TSV' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export' })).toHaveFocus();
  });
});

describe('a slow export', () => {
  it('says what it is writing before the work starts (Word takes seconds), then what it wrote', async () => {
    const downloads = await openDiary();
    const writing = exportAs('docx');
    expect(fileStore.getState().notice).toBe('Exporting "diary" as Word (4 rows)…');
    expect(await screen.findByText('Exporting "diary" as Word (4 rows)…')).toBeInTheDocument();
    await act(() => writing);
    expect(fileStore.getState().notice).toBe('Exported diary.docx');
    expect(downloads.map((d) => d.name)).toEqual(['diary.docx']);
  });
});
