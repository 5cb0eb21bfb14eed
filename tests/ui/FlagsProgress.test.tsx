import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSide, type AlignDocument, type Link } from '../../src/core/model';
import { setDocument } from '../../src/store/actions';
import { appStore } from '../../src/store/appStore';
import { DEFER_CHECKS_ABOVE } from '../../src/store/checksStore';
import { resetReviewView, toggleFlagsPanel } from '../../src/store/reviewStore';
import { App } from '../../src/ui/App';
import { setLanguage } from '../../src/ui/i18n';
import { resetStores } from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

beforeEach(() => {
  resetStores();
  resetReviewView();
});
afterEach(() => setLanguage('en'));

const LINKS = DEFER_CHECKS_ABOVE + 50;

/** A long document whose every 10th row has a changed year. */
function longDocument(): AlignDocument {
  const zh: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < LINKS; i++) {
    zh.push(`第${i + 1}段：这一对话机制始于1990年，至今已走过二十一年。`);
    en.push(
      `Paragraph ${i + 1}: this dialogue began in ${i % 10 === 0 ? 1992 : 1990} and has continued for 21 years.`,
    );
  }
  const links: Link[] = zh.map((_, i) => ({
    src: [i],
    tgt: [i],
    status: 'auto',
    confidence: 0.97,
  }));
  return {
    meta: {},
    level: 'paragraphs',
    alignment: { source: makeSide('zh', zh), target: makeSide('en', en), links },
  };
}

async function openLong() {
  render(<App />);
  await screen.findByRole('grid');
  await waitFor(() => expect(appStore.getState().status).toBe('ready'));
  act(() => {
    toggleFlagsPanel(true);
    setDocument(longDocument());
  });
  return screen.getByRole('complementary', { name: /^(Flags|问题提示)$/ });
}

const ALL_DONE = { timeout: 60_000 };

describe('the flags panel while a long document is being checked', () => {
  it('says how many rows are left to check, then lists the flags', async () => {
    const panel = await openLong();
    expect(within(panel).getByText(`Checking… ${LINKS} rows to go`)).toBeInTheDocument();
    expect(within(panel).queryByText('Nothing flagged.')).toBeNull();
    await waitFor(() => expect(within(panel).queryByText(/^Checking…/)).toBeNull(), ALL_DONE);
    const numbers = within(panel).getByRole('region', { name: 'Numbers differ' });
    expect(within(numbers).getAllByRole('button')).toHaveLength(LINKS / 10);
  });

  it('says it in Chinese in the Chinese interface', async () => {
    setLanguage('zh');
    const panel = await openLong();
    expect(within(panel).getByText(`正在检查……还有 ${LINKS} 行`)).toBeInTheDocument();
    await waitFor(() => expect(within(panel).queryByText(/^正在检查/)).toBeNull(), ALL_DONE);
  });
});
