import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSide, type Alignment } from '../../src/core/model';
import { setDocument } from '../../src/store/actions';
import { appStore } from '../../src/store/appStore';
import { resetReviewView } from '../../src/store/reviewStore';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { setChecksDictionaryLoader } from '../../src/store/checksStore';
import { App } from '../../src/ui/App';
import { setLanguage } from '../../src/ui/i18n';
import { docOf } from '../core/operations/fixtures';
import { recordDownloads, resetStores } from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

beforeEach(() => {
  resetStores();
  resetReviewView();
});
afterEach(() => setLanguage('en'));

/** Five rows: a changed year in row 2, an English paragraph without Chinese in row 4. */
function reviewed(): Alignment {
  const zh = [
    '春天来了，山上的桃花一夜之间全都开了。',
    '这一对话机制始于1990年，至今已走过二十一年。',
    '村里的孩子们每天早上沿着小河走去学校，一路上唱着歌。',
    '到了傍晚，炊烟从家家户户的屋顶上升起来。',
  ];
  const en = [
    'Spring has come, and overnight the peach blossoms on the hill have all opened.',
    'This dialogue began in 1992 and has continued for 21 years.',
    'Every morning the village children walk to school along the little river, singing all the way.',
    'Sharing is caring!',
    'In the evening, kitchen smoke rises from the roofs of every house.',
  ];
  const link = (src: number[], tgt: number[]) =>
    ({ src, tgt, status: 'auto', confidence: 0.97 }) as const;
  return {
    source: makeSide('zh', zh),
    target: makeSide('en', en),
    links: [link([0], [0]), link([1], [1]), link([2], [2]), link([], [3]), link([3], [4])],
  };
}

async function renderDoc() {
  render(<App />);
  const grid = await screen.findByRole('grid');
  await waitFor(() => expect(appStore.getState().status).toBe('ready'));
  act(() => setDocument(docOf(reviewed())));
  await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '5'));
  return grid;
}

const rowAt = (grid: HTMLElement, index: number) =>
  within(grid)
    .getAllByRole('row')
    .find((r) => r.getAttribute('aria-rowindex') === String(index + 1));

const selected = () => appStore.getState().selectedLink;

describe('review flags in the grid', () => {
  it('walks flagged rows with n / Shift+N, each with badges that say the message, numbers marked', async () => {
    const grid = await renderDoc();
    await userEvent.keyboard('n');
    expect(selected()).toBe(1);
    const year = rowAt(grid, 1)!;
    expect(
      within(year).getByRole('img', {
        name: 'Numbers differ: The Chinese has 1990, the English 1992.',
      }),
    ).toHaveAttribute('title', expect.stringMatching(/1990.*1992/));
    expect(within(year).getByText('1992', { selector: 'mark.flag-hit' })).toBeInTheDocument();
    expect(within(year).getByText('1990', { selector: 'mark.flag-hit' })).toBeInTheDocument();
    await userEvent.keyboard('n');
    expect(selected()).toBe(3);
    expect(within(rowAt(grid, 3)!).getByRole('img', { name: /^Unpaired: / })).toBeInTheDocument();
    await userEvent.keyboard('N');
    expect(selected()).toBe(1);
    // Rows without flags carry no badge.
    expect(within(rowAt(grid, 0)!).queryAllByRole('img')).toHaveLength(0);
  });

  it('filters the grid to flagged rows with a visible "filter on" state, and clears it', async () => {
    const grid = await renderDoc();
    await userEvent.click(screen.getByRole('radio', { name: /^Flagged/ }));
    expect(screen.getByRole('radio', { name: /^Flagged/ })).toHaveAttribute('aria-checked', 'true');
    // Row 1 stays because it is the selected one; rows 2 and 4 are the flagged ones.
    await waitFor(() =>
      expect(
        within(grid)
          .getAllByRole('row')
          .map((r) => r.getAttribute('aria-rowindex')),
      ).toEqual(['1', '2', '4']),
    );
    expect(grid).toHaveAttribute('aria-rowcount', '5');
    expect(screen.getByText(/2 of 5 rows shown/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show all rows' }));
    await waitFor(() => expect(within(grid).getAllByRole('row')).toHaveLength(5));
    await userEvent.click(screen.getByRole('radio', { name: /^Unpaired/ }));
    await userEvent.keyboard('{Shift>}F{/Shift}');
    expect(screen.getByRole('radio', { name: /^All/ })).toHaveAttribute('aria-checked', 'true');
  });

  it('lists the flags by kind in a panel whose entries jump to their row', async () => {
    await renderDoc();
    await userEvent.keyboard('f');
    const panel = screen.getByRole('complementary', { name: 'Flags' });
    const numbers = within(panel).getByRole('region', { name: 'Numbers differ' });
    expect(numbers).toHaveTextContent(/Numbers differ\s*1/);
    expect(within(panel).getByRole('region', { name: 'Unpaired' })).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: /^Row 4/ }));
    expect(selected()).toBe(3);
    await userEvent.keyboard('f');
    expect(screen.queryByRole('complementary', { name: 'Flags' })).not.toBeInTheDocument();
  });

  it('dismisses a flag with "This is fine" as one undoable step', async () => {
    const grid = await renderDoc();
    await userEvent.keyboard('n');
    const details = within(rowAt(grid, 1)!).getByRole('list', { name: 'Flags of row 2' });
    await userEvent.click(within(details).getByRole('button', { name: 'This is fine' }));
    expect(appStore.getState().doc!.alignment.links[1].dismissed).toEqual(['numbers']);
    expect(within(rowAt(grid, 1)!).queryByRole('img', { name: /Numbers differ/ })).toBeNull();
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(
      within(rowAt(grid, 1)!).getByRole('img', { name: /Numbers differ/ }),
    ).toBeInTheDocument();
  });

  it('shows flagged and unpaired rows in the overview strip', async () => {
    await renderDoc();
    const strip = screen.getByRole('navigation', { name: 'Document overview' });
    const blocks = within(strip).getAllByRole('button');
    expect(blocks.map((b) => b.getAttribute('aria-label'))).toEqual([
      expect.not.stringMatching(/flagged|unpaired/),
      expect.stringMatching(/, flagged$/),
      expect.not.stringMatching(/flagged|unpaired/),
      expect.stringMatching(/, flagged, unpaired$/),
      expect.not.stringMatching(/flagged|unpaired/),
    ]);
  });

  it('exports the review report from the Export menu, one line per flag', async () => {
    const downloads = recordDownloads();
    await renderDoc();
    await userEvent.click(screen.getByRole('button', { name: /^Export/ }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Review report (TSV)' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0].name).toMatch(/\.report\.tsv$/);
    const parsed = Papa.parse<string[]>((await downloads[0].blob.text()).trim(), {
      delimiter: '\t',
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(['row', 'kind', 'chinese', 'english', 'message']);
    const kinds = parsed.data.slice(1).map((r) => [r[0], r[1]]);
    expect(kinds).toContainEqual(['2', 'numbers']);
    expect(kinds).toContainEqual(['4', 'unpaired']);
  });

  it('says the flags in Chinese in the Chinese interface: badges, details, panel and HTML report', async () => {
    setLanguage('zh');
    const downloads = recordDownloads();
    const grid = await renderDoc();
    await userEvent.keyboard('n');
    expect(selected()).toBe(1);
    const year = rowAt(grid, 1)!;
    expect(within(year).getByRole('img', { name: /^数字不符：/ })).toHaveAttribute(
      'title',
      '数字不符：中文为 1990，英文为 1992。',
    );
    expect(within(year).getByRole('list', { name: /2/ })).toHaveTextContent(
      '中文为 1990，英文为 1992。',
    );
    await userEvent.keyboard('n');
    expect(
      within(rowAt(grid, 3)!).getByRole('img', { name: '未配对：这个英文段落没有中文对应。' }),
    ).toBeInTheDocument();
    await userEvent.keyboard('f');
    const panel = screen.getByRole('complementary', { name: /./ });
    const unpaired = within(panel).getByRole('region', { name: '未配对' });
    expect(unpaired).toHaveTextContent('这个英文段落没有中文对应。');
    expect(unpaired).not.toHaveTextContent(/counterpart/);
    // The HTML report exported from the app speaks the interface language too.
    await userEvent.click(screen.getByRole('button', { name: /^导出/ }));
    await userEvent.click(screen.getByRole('menuitem', { name: /^审校报告（HTML）/ }));
    const html = await downloads.at(-1)!.blob.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('中文为 1990，英文为 1992。');
    expect(html).not.toContain('Chinese has');
    expect(html).not.toContain('数字不符：数字不符');
  });

  it('checks with the dictionary once the page has it, as the CLI does', async () => {
    let give: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (give = resolve));
    setChecksDictionaryLoader(() => ready.then(() => loadNodeDictionary()));
    const wto = (): Alignment => ({
      source: makeSide('zh', ['他后来去了银行工作。', '春天来了。']),
      target: makeSide('en', ['Later he went to work at the WTO.', 'Spring has come.']),
      links: [
        { src: [0], tgt: [0], status: 'auto', confidence: 0.97 },
        { src: [1], tgt: [1], status: 'auto', confidence: 0.97 },
      ],
    });
    render(<App />);
    const grid = await screen.findByRole('grid');
    await waitFor(() => expect(appStore.getState().status).toBe('ready'));
    act(() => setDocument(docOf(wto())));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
    // Without the dictionary nothing says whether the Chinese translates an abbreviation.
    expect(within(rowAt(grid, 0)!).queryAllByRole('img')).toHaveLength(0);
    act(() => give());
    expect(
      await within(rowAt(grid, 0)!).findByRole(
        'img',
        {
          name: 'Names differ: “WTO” in the English has no counterpart in the Chinese.',
          // Reading the dictionary file takes a while on a busy machine.
        },
        { timeout: 15000 },
      ),
    ).toBeInTheDocument();
    expect(within(rowAt(grid, 1)!).queryAllByRole('img')).toHaveLength(0);
  });
});
