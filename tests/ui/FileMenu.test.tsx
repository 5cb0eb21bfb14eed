import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSide, type AlignDocument } from '../../src/core/model';
import { parseDocument, serializeDocument } from '../../src/io/alignmentFile';
import { MAX_FILE_BYTES } from '../../src/io/decode';
import { appStore } from '../../src/store/appStore';
import { dispatchCommand } from '../../src/store/commandActions';
import { fileStore } from '../../src/store/fileStore';
import { setLanguage } from '../../src/ui/i18n';
import {
  EN_TEXT,
  encodeLegacy,
  recordDownloads,
  renderApp,
  rowTexts,
  textFile,
  utf16leWithBom,
  ZH_TEXT,
  installInProcessWorker,
  resetStores,
} from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

/** Columns of rowTexts: the Chinese cell, then the English one. */
const ZH = 0;
const EN = 1;

beforeAll(() => {
  installInProcessWorker();
});

beforeEach(resetStores);

afterEach(() => {
  vi.restoreAllMocks();
});

/** A small document of our own, as a saved alignment file. */
function savedDocument(): AlignDocument {
  const source = makeSide('zh', ['一月：大雪。', '二月：刮风。', '三月：下雨，下了很久。']);
  const target = makeSide('en', [
    'January: heavy snow.',
    'February: wind.',
    'March: rain,',
    'and it rained for a long time.',
  ]);
  return {
    level: 'paragraphs',
    meta: { title: { en: 'Weather diary', zh: '天气日记' } },
    alignment: {
      source,
      target,
      links: [
        { src: [0], tgt: [0], status: 'confirmed', confidence: 1 },
        { src: [1], tgt: [1], status: 'auto', confidence: 0.8 },
        { src: [2], tgt: [2, 3], status: 'auto', confidence: 0.6 },
      ],
    },
  };
}

function openInput() {
  return screen.getByLabelText('Open files');
}

describe('Open… with an alignment file', () => {
  it('shows the saved alignment, links as saved', async () => {
    const grid = await renderApp();
    await userEvent.upload(
      openInput(),
      textFile('diary.duilian.json', serializeDocument(savedDocument()), 'application/json'),
    );
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '3'));
    const rows = rowTexts(grid);
    expect(rows[0][ZH]).toContain('一月：大雪。');
    expect(rows[0][EN]).toContain('January: heavy snow.');
    expect(rows[2][EN]).toContain('March: rain,');
    expect(rows[2][EN]).toContain('and it rained for a long time.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a truncated file with an alert and keeps the open document', async () => {
    const grid = await renderApp();
    const before = appStore.getState().doc;
    const rowCount = grid.getAttribute('aria-rowcount');
    const json = serializeDocument(savedDocument());
    await userEvent.upload(
      openInput(),
      textFile('broken.json', json.slice(0, json.length / 2), 'application/json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json');
    expect(alert).toHaveTextContent(/truncated/);
    expect(alert).toHaveTextContent(/Open an alignment file saved by duilian/);
    expect(appStore.getState().doc).toBe(before);
    expect(grid).toHaveAttribute('aria-rowcount', rowCount);
    expect(within(grid).getAllByRole('row')[0]).toHaveTextContent('中美人权对话');
  });

  it('refuses JSON that is not an alignment, saying why', async () => {
    const grid = await renderApp();
    const before = appStore.getState().doc;
    await userEvent.upload(
      openInput(),
      textFile('package.json', '{"name": "something else"}', 'application/json'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/not a duilian alignment file/);
    expect(appStore.getState().doc).toBe(before);
    expect(within(grid).getAllByRole('row')[0]).toHaveTextContent('中美人权对话');
  });

  it('refuses an empty file and a binary file', async () => {
    await renderApp();
    const before = appStore.getState().doc;
    await userEvent.upload(openInput(), textFile('empty.json', ''));
    expect(await screen.findByRole('alert')).toHaveTextContent(/"empty.json" is empty/);
    await userEvent.upload(openInput(), [
      textFile('a.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])),
      textFile('b.txt', EN_TEXT),
    ]);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(/"a.txt" looks like a binary file/),
    );
    expect(appStore.getState().doc).toBe(before);
  });

  it('refuses a file over the size limit before reading it, stating the limit', async () => {
    await renderApp();
    const before = appStore.getState().doc;
    const big = textFile('huge.txt', ZH_TEXT);
    Object.defineProperty(big, 'size', { value: MAX_FILE_BYTES + 1 });
    const read = vi.spyOn(big, 'arrayBuffer');
    await userEvent.upload(openInput(), [big, textFile('en.txt', EN_TEXT)]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/"huge.txt" is 50.0 MB; duilian opens files up to 50.0 MB/);
    expect(alert).toHaveTextContent(/Split the text/);
    expect(read).not.toHaveBeenCalled();
    expect(appStore.getState().doc).toBe(before);
  });
});

describe('Open… with two text files', () => {
  it('aligns them, Chinese left, whichever order they come in', async () => {
    const grid = await renderApp();
    await userEvent.upload(openInput(), [
      textFile('story.en.txt', EN_TEXT),
      textFile('story.zh.txt', ZH_TEXT),
    ]);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '4'));
    const rows = rowTexts(grid);
    expect(rows[0][ZH]).toContain('春天来了');
    expect(rows[0][EN]).toContain('Spring has come');
    expect(rows[3][ZH]).toContain('炊烟');
    expect(rows[3][EN]).toContain('kitchen smoke');
    expect(fileStore.getState().name).toBe('story');
  });

  it('gives the rows the keyboard once the texts are open, so n and f work without a click', async () => {
    const grid = await renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Open…' }));
    await userEvent.upload(openInput(), [
      textFile('story.zh.txt', ZH_TEXT),
      textFile('story.en.txt', EN_TEXT),
    ]);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '4'));
    await waitFor(() => expect(grid).toHaveFocus());
  });

  it('announces the keys of Open…, Save and Save as… as their tooltips show them', async () => {
    await renderApp();
    expect(screen.getByRole('button', { name: 'Open…' })).toHaveAttribute(
      'aria-keyshortcuts',
      'Control+O Meta+O',
    );
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute(
      'aria-keyshortcuts',
      'Control+S Meta+S',
    );
    expect(screen.getByRole('button', { name: 'Save as…' })).toHaveAttribute(
      'aria-keyshortcuts',
      'Control+Shift+S Meta+Shift+S',
    );
  });

  it('reads GB18030 Chinese and UTF-16 English', async () => {
    const grid = await renderApp();
    await userEvent.upload(openInput(), [
      textFile('zh-gb.txt', encodeLegacy(ZH_TEXT, 'gb18030')),
      textFile('en-16.txt', utf16leWithBom(EN_TEXT)),
    ]);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '4'));
    expect(rowTexts(grid)[1][ZH]).toContain('村里的孩子们每天早上沿着小河走去学校');
    expect(rowTexts(grid)[1][EN]).toContain('village children');
  });

  it('reads Big5 Chinese', async () => {
    const grid = await renderApp();
    const traditional = '春天來了，山上的桃花一夜之間全都開了。\n\n老師常說，讀書要慢。';
    await userEvent.upload(openInput(), [
      textFile('zh-big5.txt', encodeLegacy(traditional, 'big5')),
      textFile(
        'en.txt',
        'Spring has come, and the peach blossoms have opened.\n\nThe teacher says: read slowly.',
      ),
    ]);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
    expect(rowTexts(grid)[0][ZH]).toContain('春天來了');
  });

  it('refuses two texts in the same language, and a single text file, keeping the document', async () => {
    await renderApp();
    const before = appStore.getState().doc;
    await userEvent.upload(openInput(), [textFile('a.txt', EN_TEXT), textFile('b.txt', EN_TEXT)]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Both "a.txt" and "b.txt" look English\. Open a Chinese original together with its English translation/,
    );
    await userEvent.upload(openInput(), [textFile('zh.txt', ZH_TEXT)]);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/aligning needs two/));
    await userEvent.upload(openInput(), [
      textFile('notes.docx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 8, 0])),
    ]);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        /"notes.docx" looks like a binary file, not text/,
      ),
    );
    expect(appStore.getState().doc).toBe(before);
  });

  it('refuses texts whose lengths cannot be an original and its translation', async () => {
    await renderApp();
    const before = appStore.getState().doc;
    const longEnglish = Array.from({ length: 60 }, () => EN_TEXT).join('\n\n');
    await userEvent.upload(openInput(), [
      textFile('chapter1.zh.txt', ZH_TEXT.split('\n\n')[0]),
      textFile('whole-book.en.txt', longEnglish),
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /The Chinese "chapter1.zh.txt" \(19 characters\) and the English "whole-book.en.txt" \(.+ characters\) differ too much in length.*matching pair of files/,
    );
    expect(appStore.getState().doc).toBe(before);
  });
});

describe('Open… with other alignment formats', () => {
  it('imports a TMX translation memory, one row per unit', async () => {
    const grid = await renderApp();
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="zh-CN" segtype="paragraph" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="zh-CN"><seg>一月：大雪。</seg></tuv><tuv xml:lang="en"><seg>January: heavy snow.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>二月：刮风。</seg></tuv><tuv xml:lang="en"><seg>February: wind.</seg></tuv></tu>
</body></tmx>`;
    await userEvent.upload(openInput(), textFile('weather.tmx', tmx, 'application/xml'));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
    expect(rowTexts(grid)[1]).toEqual(['二月：刮风。', 'February: wind.']);
    expect(fileStore.getState().name).toBe('weather');
  });

  it('opens a .align file together with its two one-segment-a-line texts', async () => {
    const grid = await renderApp();
    // Vecalign-style names: the texts need not end in .txt; the order of the files does not matter.
    await userEvent.upload(openInput(), [
      textFile('gold.en', 'January: heavy snow.\nFebruary:\nwind.\n'),
      textFile('gold.align', '[0]:[0]\n[1]:[1,2]\n'),
      textFile('gold.zh', '一月：大雪。\n二月：刮风。\n'),
    ]);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
    expect(rowTexts(grid)[1][ZH]).toBe('二月：刮风。');
    expect(rowTexts(grid)[1][EN]).toContain('February:');
    expect(rowTexts(grid)[1][EN]).toContain('wind.');
  });

  it('opens a CSV of pairs, as duilian’s own export or a spreadsheet writes it, one row per line', async () => {
    const grid = await renderApp();
    const csv =
      '\uFEFF"Chinese","English","Status","Confidence","Note"\r\n' +
      '"一月：大雪。","January: heavy snow.","confirmed","1",""\r\n' +
      '"二月：刮风。","February, wind.","auto","0.42","check"\r\n';
    await userEvent.upload(openInput(), textFile('weather.csv', csv, 'text/csv'));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
    expect(rowTexts(grid)[1]).toEqual(['二月：刮风。', 'February, wind.']);
    expect(appStore.getState().doc!.alignment.links.map((l) => l.status)).toEqual([
      'confirmed',
      'auto',
    ]);
    expect(fileStore.getState().name).toBe('weather');
  });

  it('opens a CAT tool’s XLIFF, one row per segment, Chinese left', async () => {
    const grid = await renderApp();
    const xlf = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-CN">
<file id="f"><unit id="1"><segment><source>January: heavy snow.</source><target>一月：大雪。</target></segment>
<segment><source>February: wind.</source><target>二月：刮风。</target></segment></unit></file></xliff>`;
    await userEvent.upload(openInput(), textFile('weather.xlf', xlf, 'application/xliff+xml'));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
    expect(rowTexts(grid)[1]).toEqual(['二月：刮风。', 'February: wind.']);
    expect(fileStore.getState().name).toBe('weather');
  });

  it('says in Chinese what an import left out, each change once and in Chinese punctuation', async () => {
    setLanguage('zh');
    try {
      await renderApp();
      const tmx = `<tmx version="1.4"><header srclang="zh-CN" segtype="sentence"/><body>
<tu><tuv xml:lang="zh-CN"><seg>共有<ph x="1">{0}</ph>个文件。</seg></tuv><tuv xml:lang="en"><seg>There are files.</seg></tuv>
<tuv xml:lang="fr"><seg>Il y a des fichiers.</seg></tuv></tu></body></tmx>`;
      const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
      await userEvent.upload(input, textFile('m.tmx', tmx, 'application/xml'));
      const notice = await screen.findByText((text) => text.startsWith('已打开“m.tmx”'));
      expect(notice.textContent).toBe(
        '已打开“m.tmx”，但有改动：m.tmx：已略去 fr 片段（共 1 个）；对联只保留中文和英文；' +
          'm.tmx：已略去行内代码（原文档的占位符和标记；含代码的片段共 1 个）。请检查这些行。',
      );
      // The import succeeded: a notice to check those rows, not a red error.
      expect(notice.closest('[role="status"]')).toHaveClass('warning-notice');
      expect(screen.queryByRole('alert')).toBeNull();
    } finally {
      setLanguage('en');
    }
  });

  it('refuses a TMX without translation units, keeping the document', async () => {
    await renderApp();
    const before = appStore.getState().doc;
    await userEvent.upload(
      openInput(),
      textFile('empty.tmx', '<tmx version="1.4"><header/><body></body></tmx>'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Could not import: .*no translation units/,
    );
    expect(appStore.getState().doc).toBe(before);
  });
});

describe('Paste texts…', () => {
  it('gives focus back to its button when closed with Escape or Cancel, and About to its own', async () => {
    await renderApp();
    const pasteButton = screen.getByRole('button', { name: 'Paste texts…' });
    await userEvent.click(pasteButton);
    let dialog = screen.getByRole('dialog', { name: 'Paste texts to align' });
    await userEvent.click(within(dialog).getByRole('textbox', { name: /Chinese original/ }));
    // Escape: the browser fires "cancel" on the modal dialog.
    act(() => {
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(pasteButton).toHaveFocus();

    await userEvent.click(pasteButton);
    dialog = screen.getByRole('dialog', { name: 'Paste texts to align' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(pasteButton).toHaveFocus();

    const about = screen.getByRole('button', { name: 'About' });
    await userEvent.click(about);
    dialog = screen.getByRole('dialog', { name: /About/ });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(about).toHaveFocus();
  });

  it('aligns the two pasted texts', async () => {
    const grid = await renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Paste texts…' }));
    const dialog = screen.getByRole('dialog', { name: 'Paste texts to align' });
    await userEvent.click(within(dialog).getByRole('textbox', { name: /Chinese original/ }));
    await userEvent.paste(ZH_TEXT);
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'English translation' }));
    await userEvent.paste(EN_TEXT);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Align' }));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '4'));
    expect(rowTexts(grid)[2][EN]).toContain('read slowly');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('aligns by sentences when asked', async () => {
    const grid = await renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Paste texts…' }));
    const dialog = screen.getByRole('dialog', { name: 'Paste texts to align' });
    await userEvent.click(within(dialog).getByRole('textbox', { name: /Chinese original/ }));
    await userEvent.paste('春天来了。桃花开了。');
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'English translation' }));
    await userEvent.paste('Spring has come. The peach blossoms have opened.');
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Align by' }),
      'Sentences',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Align' }));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
    expect(rowTexts(grid)[1]).toEqual(['桃花开了。', 'The peach blossoms have opened.']);
  });

  it('keeps the pasted texts in the dialog when they cannot be a pair', async () => {
    await renderApp();
    const before = appStore.getState().doc;
    await userEvent.click(screen.getByRole('button', { name: 'Paste texts…' }));
    const dialog = screen.getByRole('dialog', { name: 'Paste texts to align' });
    await userEvent.click(within(dialog).getByRole('textbox', { name: /Chinese original/ }));
    await userEvent.paste(EN_TEXT);
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'English translation' }));
    await userEvent.paste(EN_TEXT);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Align' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      /Both the first pasted text and the second pasted text look English/,
    );
    expect(within(dialog).getByRole('textbox', { name: /Chinese original/ })).toHaveValue(EN_TEXT);
    expect(appStore.getState().doc).toBe(before);
  });

  it('asks for the missing text instead of aligning half a pair', async () => {
    await renderApp();
    const before = appStore.getState().doc;
    await userEvent.click(screen.getByRole('button', { name: 'Paste texts…' }));
    const dialog = screen.getByRole('dialog', { name: 'Paste texts to align' });
    await userEvent.click(within(dialog).getByRole('textbox', { name: /Chinese original/ }));
    await userEvent.paste(ZH_TEXT);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Align' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Paste the English translation too.',
    );
    expect(appStore.getState().doc).toBe(before);
  });
});

describe('Save after Open… with the File System Access API', () => {
  it('writes back to the alignment file that was opened', async () => {
    const written: string[] = [];
    const file = textFile('diary.duilian.json', serializeDocument(savedDocument()));
    const handle = {
      name: 'diary.duilian.json',
      getFile: async () => file,
      createWritable: async () => ({
        write: async (text: string) => void written.push(text),
        close: async () => undefined,
      }),
    };
    const savePicker = vi.fn();
    const w = window as unknown as Record<string, unknown>;
    w.showOpenFilePicker = vi.fn(async () => [handle]);
    w.showSaveFilePicker = savePicker;
    try {
      const grid = await renderApp();
      await userEvent.click(screen.getByRole('button', { name: 'Open…' }));
      await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '3'));
      act(() => void dispatchCommand('merge-next'));
      await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
      await userEvent.keyboard('{Control>}s{/Control}');
      await waitFor(() => expect(written).toHaveLength(1));
      expect(savePicker).not.toHaveBeenCalled();
      expect(parseDocument(written[0]).alignment.links).toHaveLength(2);
    } finally {
      delete w.showOpenFilePicker;
      delete w.showSaveFilePicker;
    }
  });
});

describe('Save', () => {
  it('downloads NAME.duilian.json that reopens as the same alignment', async () => {
    const downloads = recordDownloads();
    const grid = await renderApp();
    await userEvent.upload(openInput(), [
      textFile('story.zh.txt', ZH_TEXT),
      textFile('story.en.txt', EN_TEXT),
    ]);
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '4'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(downloads.map((d) => d.name)).toEqual(['story.duilian.json']);
    const reopened = parseDocument(await downloads[0].blob.text());
    expect(reopened.alignment).toEqual(appStore.getState().doc!.alignment);
    expect(reopened.meta.appVersion).toBeTruthy();
    expect(await screen.findByText(/Saved story.duilian.json to your downloads/)).toBeVisible();
  });

  it('writes to the file chosen the first time when saving again (File System Access API)', async () => {
    const written: string[] = [];
    const handle = {
      name: 'mine.duilian.json',
      createWritable: async () => ({
        write: async (text: string) => void written.push(text),
        close: async () => undefined,
      }),
    };
    const picker = vi.fn(async () => handle);
    (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker = picker;
    try {
      await renderApp();
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(written).toHaveLength(1));
      await userEvent.keyboard('{Control>}s{/Control}');
      await waitFor(() => expect(written).toHaveLength(2));
      expect(picker).toHaveBeenCalledTimes(1);
      expect(picker).toHaveBeenCalledWith(
        expect.objectContaining({ suggestedName: expect.stringMatching(/\.duilian\.json$/) }),
      );
      expect(parseDocument(written[1]).alignment).toEqual(appStore.getState().doc!.alignment);
      await userEvent.click(screen.getByRole('button', { name: 'Save as…' }));
      await waitFor(() => expect(written).toHaveLength(3));
      expect(picker).toHaveBeenCalledTimes(2);
    } finally {
      delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    }
  });
});
