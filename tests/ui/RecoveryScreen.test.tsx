import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSide } from '../../src/core/model';
import { parseDocument } from '../../src/io/alignmentFile';
import { setDocument } from '../../src/store/actions';
import { fileStore } from '../../src/store/fileStore';
import { AppErrorBoundary } from '../../src/ui/RecoveryScreen';
import { recordDownloads, resetStores } from './FileTestKit';

vi.mock('idb-keyval', () => import('./FileIdbMock'));

beforeEach(resetStores);

afterEach(() => {
  vi.restoreAllMocks();
});

function Broken(): never {
  throw new Error('render failed');
}

describe('the recovery screen', () => {
  it('replaces a crashed app and still hands over the work as JSON', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const downloads = recordDownloads();
    const alignment = {
      source: makeSide('zh', ['你好。']),
      target: makeSide('en', ['Hello.']),
      links: [{ src: [0], tgt: [0], status: 'confirmed' as const, confidence: 1 }],
    };
    setDocument({ meta: {}, level: 'paragraphs', alignment });
    fileStore.setState({ name: 'greeting' });
    render(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Download your work (JSON)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toBe('greeting.duilian.json');
    expect(parseDocument(await downloads[0].blob.text()).alignment).toEqual(alignment);
  });

  it('renders the app untouched when nothing fails', () => {
    render(
      <AppErrorBoundary>
        <p>all well</p>
      </AppErrorBoundary>,
    );
    expect(screen.getByText('all well')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Something went wrong' })).not.toBeInTheDocument();
  });
});
