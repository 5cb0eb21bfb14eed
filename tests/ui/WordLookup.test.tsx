import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CompiledDictionary } from '../../src/align/compiledDictionary';
import { makeSide, type Alignment } from '../../src/core/model';
import { LookupLexicon } from '../../src/lookup/evidence';
import { Glosses } from '../../src/lookup/glossFile';
import { setDocument } from '../../src/store/actions';
import { appStore } from '../../src/store/appStore';
import { lookupStore, setLookupLoader } from '../../src/store/lookupStore';
import { resetReviewView } from '../../src/store/reviewStore';
import { App } from '../../src/ui/App';
import { docOf } from '../core/operations/fixtures';
import { resetStores } from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

const ROOT = resolve(import.meta.dirname, '../..');

/** The generated files, read by Node instead of fetched; counts how often they are asked for. */
let loads = 0;
async function loadFromDisk() {
  loads++;
  const dictionaryBytes = readFileSync(resolve(ROOT, 'generated/cedict.bin'));
  const dictionary = new CompiledDictionary(dictionaryBytes);
  return {
    lexicon: new LookupLexicon(dictionary),
    glosses: new Glosses(
      gunzipSync(readFileSync(resolve(ROOT, 'generated/glosses.bin'))),
      dictionary,
      dictionaryBytes,
    ),
  };
}

beforeEach(() => {
  resetStores();
  resetReviewView();
  loads = 0;
  setLookupLoader(loadFromDisk);
});

function sample(): Alignment {
  const zh = ['人权对话于昨今两天举行。', '双方讨论了价值观。'];
  const en = [
    'The human rights dialogue was held yesterday and today.',
    'Both sides discussed their values.',
  ];
  return {
    source: makeSide('zh', zh),
    target: makeSide('en', en),
    links: zh.map((_, i) => ({ src: [i], tgt: [i], status: 'auto', confidence: 0.9 })),
  };
}

async function renderDoc() {
  render(<App />);
  const grid = await screen.findByRole('grid');
  await waitFor(() => expect(appStore.getState().status).toBe('ready'));
  act(() => setDocument(docOf(sample())));
  await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '2'));
  grid.focus();
  return grid;
}

const popover = () => screen.findByRole('status', { name: 'Word look-up' });

describe('word look-up by keyboard', () => {
  it('w shows the first Chinese word of the row with its gloss and English match, again the next', async () => {
    await renderDoc();
    expect(loads).toBe(0); // nothing loads before the first look-up
    await userEvent.keyboard('w');
    const box = await popover();
    await waitFor(() => expect(box).toHaveTextContent('人权'));
    expect(box).toHaveTextContent('rénquán');
    expect(box).toHaveTextContent('human rights');
    expect(box).toHaveTextContent('Matched in the English: human, rights');
    expect(box).toHaveTextContent('W: next word · Shift+W: previous');
    await userEvent.keyboard('w');
    await waitFor(() => expect(box).toHaveTextContent(/^对话duìhuà/));
    expect(box).toHaveTextContent('Matched in the English: dialogue');
    await userEvent.keyboard('{Shift>}W{/Shift}');
    await waitFor(() => expect(box).toHaveTextContent(/^人权/));
    expect(loads).toBe(1);
    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('status', { name: 'Word look-up' })).not.toBeInTheDocument(),
    );
  });

  it('on the English side: the Chinese words whose gloss holds the word, with their glosses', async () => {
    await renderDoc();
    await userEvent.keyboard('jl'); // second row, English side
    await userEvent.keyboard('w');
    const box = await popover();
    // "Both" is a stop word to the aligner: the first word looked up is "sides".
    await waitFor(() => expect(box).toHaveTextContent(/^sides/));
    expect(box).toHaveTextContent('Chinese words whose gloss it matches:');
    expect(within(box).getByRole('listitem')).toHaveTextContent(/双方shuāngfāng.*both sides/);
    await userEvent.keyboard('w');
    await waitFor(() => expect(box).toHaveTextContent(/^discussed/));
    await userEvent.keyboard('w');
    await waitFor(() => expect(box).toHaveTextContent(/^values/));
    await userEvent.keyboard('w');
    await waitFor(() => expect(box).toHaveTextContent(/^sides/)); // round to the first again
    // Another row selected: the look-up of this one goes.
    await userEvent.keyboard('k');
    await waitFor(() => expect(lookupStore.getState().target).toBeNull());
  });

  it('says a grammar word is not evidence', async () => {
    await renderDoc();
    await userEvent.keyboard('j');
    await userEvent.keyboard('www'); // 双方, 讨论, 了
    const box = await popover();
    await waitFor(() => expect(box).toHaveTextContent(/^了/));
    expect(box).toHaveTextContent('A grammar word: the aligner does not count it.');
  });

  it('is a command with its key in the tooltip, the help sheet and the palette', async () => {
    const grid = await renderDoc();
    await userEvent.click(screen.getByRole('button', { name: 'More commands' }));
    expect(screen.getByRole('button', { name: 'Look up word' })).toHaveAttribute(
      'title',
      'Look up word (W)',
    );
    await userEvent.keyboard('{Escape}');
    act(() => grid.focus());
    await userEvent.keyboard('?');
    const sheet = await screen.findByRole('dialog');
    expect(sheet).toHaveTextContent('Look up word');
    expect(sheet).toHaveTextContent('Look up previous word');
    await userEvent.keyboard('{Escape}');
    act(() => grid.focus());
    await userEvent.keyboard('{Control>}k{/Control}');
    await userEvent.keyboard('look up');
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    await waitFor(() =>
      expect(within(palette).getAllByRole('option')[0]).toHaveTextContent('Look up word'),
    );
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Word look-up' })).toHaveTextContent(/^人权/),
    );
  });
});
