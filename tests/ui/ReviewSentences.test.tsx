import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSide, type Alignment } from '../../src/core/model';
import { setDocument } from '../../src/store/actions';
import { appStore } from '../../src/store/appStore';
import { resetReviewView } from '../../src/store/reviewStore';
import { setOpenSplit } from '../../src/store/openOptions';
import { App } from '../../src/ui/App';
import { docOf } from '../core/operations/fixtures';
import { setLanguage } from '../../src/ui/i18n';
import { alignmentOfPairs } from '../checks/fixtures';
import { STORY } from '../checks/paragraphs';
import { resetStores, textFile } from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

beforeEach(() => {
  resetStores();
  resetReviewView();
  setOpenSplit('paragraphs');
});

/** Three paragraph pairs; the English of the second lost its first sentence. */
function damaged(): Alignment {
  const zh = [
    '春天来了，山上的桃花一夜之间全都开了。',
    '村里的孩子们每天早上沿着小河走去学校。老师在1990年来到这个村子，一住就是二十一年。到了傍晚，炊烟从家家户户的屋顶上升起来。',
    '老师常说，读书要慢，想得要深。',
  ];
  const en = [
    'Spring has come, and overnight the peach blossoms on the hill have all opened.',
    'The teacher came to this village in 1990 and has lived here for twenty-one years. In the evening, kitchen smoke rises from the roofs of every house.',
    'The teacher often says: read slowly and think deeply.',
  ];
  return {
    source: makeSide('zh', zh),
    target: makeSide('en', en),
    links: zh.map((_, i) => ({ src: [i], tgt: [i], status: 'auto', confidence: 0.9 })),
  };
}

async function renderDoc(alignment: Alignment) {
  render(<App />);
  const grid = await screen.findByRole('grid');
  await waitFor(() => expect(appStore.getState().status).toBe('ready'));
  act(() => setDocument(docOf(alignment)));
  await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '3'));
  return grid;
}

const rowAt = (grid: HTMLElement, index: number) =>
  within(grid)
    .getAllByRole('row')
    .find((r) => r.getAttribute('aria-rowindex') === String(index + 1))!;

describe('the sentence view of a paragraph pair', () => {
  it('opens with e, pairs the sentences side by side and marks the one left without a counterpart', async () => {
    const grid = await renderDoc(damaged());
    await userEvent.keyboard('j');
    await userEvent.keyboard('e');
    const table = within(rowAt(grid, 1)).getByRole('table', { name: 'Sentences of row 2' });
    expect(table).toHaveTextContent('3 Chinese, 2 English sentences · 1 without a counterpart');
    const lone = within(table).getByRole('row', { name: 'Sentence without a counterpart' });
    expect(lone).toHaveTextContent('村里的孩子们每天早上沿着小河走去学校。');
    expect(lone).toHaveTextContent('No English sentence here');
    // The other sentences sit beside their translations.
    const paired = within(table)
      .getAllByRole('row')
      .filter((r) => r.className.includes('sentence-row') && r !== lone);
    expect(
      paired.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.getAttribute('lang')),
      ),
    ).toEqual([
      ['zh', 'en'],
      ['zh', 'en'],
    ]);
    expect(paired[0]).toHaveTextContent(/1990年.*in 1990/);
    expect(paired[1]).toHaveTextContent(/炊烟.*kitchen smoke/);
    // Again closes it: the paragraphs come back.
    await userEvent.keyboard('e');
    expect(within(rowAt(grid, 1)).queryByRole('table')).not.toBeInTheDocument();
    // (The row's flag details, when it has flags, are a cell of their own, with no language.)
    expect(
      within(rowAt(grid, 1))
        .getAllByRole('gridcell')
        .map((c) => c.getAttribute('lang'))
        .filter(Boolean),
    ).toEqual(['zh', 'en']);
  });

  it('opens from the row toggle too, and is not offered for an unpaired row', async () => {
    const a = damaged();
    const grid = await renderDoc({
      ...a,
      links: [
        a.links[0],
        { src: [1], tgt: [], status: 'auto', confidence: 0.9 },
        { src: [2], tgt: [1, 2], status: 'auto', confidence: 0.9 },
      ],
    });
    expect(within(rowAt(grid, 1)).queryByRole('button', { name: /sentences of row 2/ })).toBeNull();
    const toggle = within(rowAt(grid, 2)).getByRole('button', { name: 'Show sentences of row 3' });
    await userEvent.click(toggle);
    expect(
      within(rowAt(grid, 2)).getByRole('button', { name: 'Hide sentences of row 3' }),
    ).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(rowAt(grid, 2)).getByRole('table', { name: 'Sentences of row 3' }),
    ).toBeInTheDocument();
  });
});

describe('the sentence view of a row flagged for part of a sentence', () => {
  it('marks the clause the flag names and does not say "all paired" alone', async () => {
    // The English of paragraph 2 lost "A nurse called my name, and": every sentence still
    // pairs, so the view used to read "all paired" beside a flag saying part is missing.
    const en =
      'The hospital corridor was long and dark, its walls covered with yellowing notices. My father stood up, clutching his cap in his hands. The doctor looked at my throat and wrote a prescription.';
    const pairs = STORY.map(([z, e], k) => [z, k === 1 ? en : e] as const);
    render(<App />);
    const grid = await screen.findByRole('grid');
    await waitFor(() => expect(appStore.getState().status).toBe('ready'));
    act(() => setDocument(docOf(alignmentOfPairs(pairs))));
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', String(STORY.length)));
    await waitFor(() =>
      expect(
        within(rowAt(grid, 1)).getByLabelText(/^Omission: Part of a Chinese sentence/),
      ).toBeInTheDocument(),
    );
    await userEvent.keyboard('j');
    await userEvent.keyboard('e');
    const table = within(rowAt(grid, 1)).getByRole('table', { name: 'Sentences of row 2' });
    expect(within(table).getAllByRole('row')[0]).toHaveTextContent(
      '3 Chinese, 3 English sentences · all paired · no English for the marked part of 1 Chinese sentence',
    );
    const flagged = within(table).getByRole('row', {
      name: 'Sentences paired, but the marked Chinese has no English counterpart',
    });
    expect(flagged).toHaveTextContent(/一个护士叫了我的名字.*My father stood up/);
    const marked = [...flagged.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marked).toEqual(['一个护士叫了我的名字，']);
    // The other pairs carry no mark.
    expect(table.querySelectorAll('mark')).toHaveLength(1);

    act(() => setLanguage('zh'));
    try {
      const zhTable = within(rowAt(grid, 1)).getByRole('table', { name: '第 2 行的句子' });
      expect(within(zhTable).getAllByRole('row')[0]).toHaveTextContent(
        '中文 3 句，英文 3 句 · 全部配对 · 1 个中文句子中标出的部分无英文对应',
      );
      expect(
        within(zhTable).getByRole('row', { name: '句子已配对，但标出的中文没有英文对应' }),
      ).toBe(flagged);
    } finally {
      act(() => setLanguage('en'));
    }
  });
});

describe('Open… offers the segment level', () => {
  it('aligns two opened text files by sentences when asked', async () => {
    render(<App />);
    await screen.findByRole('grid');
    await waitFor(() => expect(appStore.getState().status).toBe('ready'));
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Align opened texts by' }),
      'Sentences',
    );
    await userEvent.upload(screen.getByLabelText('Open files'), [
      textFile(
        'zh.txt',
        damaged()
          .source.segments.map((s) => s.text)
          .join('\n\n'),
      ),
      textFile(
        'en.txt',
        damaged()
          .target.segments.map((s) => s.text)
          .join('\n\n'),
      ),
    ]);
    await waitFor(() => expect(appStore.getState().doc?.alignment.source.segments).toHaveLength(5));
    expect(appStore.getState().doc!.level).toBe('sentences');
    expect(appStore.getState().doc!.alignment.target.segments).toHaveLength(4);
  });
});
