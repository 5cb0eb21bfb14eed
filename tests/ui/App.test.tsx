import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { appStore, initialAppState } from '../../src/store/appStore';
import { setLanguage } from '../../src/ui/i18n';

beforeEach(() => {
  appStore.setState(initialAppState, true);
});

async function renderSample() {
  render(<App />);
  return screen.findByRole('grid');
}

describe('App on the bundled sample', () => {
  it('opens the sample aligned, one row per link, Chinese left and English right', async () => {
    const grid = await renderSample();
    const rows = await within(grid).findAllByRole('row');
    const count = Number(grid.getAttribute('aria-rowcount'));
    expect(count).toBe(appStore.getState().doc!.alignment.links.length);
    expect(rows.length).toBeGreaterThan(0);
    const [first] = rows;
    expect(first).toHaveAttribute('aria-rowindex', '1');
    const cells = within(first).getAllByRole('gridcell');
    expect(cells[0]).toHaveAttribute('lang', 'zh');
    expect(cells[0]).toHaveTextContent('中美人权对话');
    expect(cells[1]).toHaveAttribute('lang', 'en');
    expect(cells[1]).toHaveTextContent('Sino-U.S. Human Rights Dialogue');
  });

  it('shows the Chinese source line against an empty, marked English cell', async () => {
    const grid = await renderSample();
    const sourceCell = await within(grid).findByText(/^来源：环球时报/);
    const row = sourceCell.closest('[role="row"]') as HTMLElement;
    const english = within(row).getAllByRole('gridcell')[1];
    expect(english).toHaveAccessibleName('No counterpart');
  });

  it('selects a row when a cell is clicked', async () => {
    const grid = await renderSample();
    const rows = await within(grid).findAllByRole('row');
    await userEvent.click(within(rows[2]).getAllByRole('gridcell')[1]);
    await waitFor(() => expect(rows[2]).toHaveAttribute('aria-selected', 'true'));
    expect(rows[0]).toHaveAttribute('aria-selected', 'false');
  });

  it('counts rows in the status bar as the grid and "Row 1 of N" do, in English and Chinese', async () => {
    const grid = await renderSample();
    const n = appStore.getState().doc!.alignment.links.length;
    const status = screen.getByRole('contentinfo', { name: 'Document status' });
    expect(status).toHaveTextContent(`${n} rows ·`);
    expect(status).toHaveTextContent(`Row 1 of ${n}`);
    expect(status).not.toHaveTextContent(/links/);
    const head = within(within(grid).getAllByRole('row')[0]).getByRole('rowheader');
    expect(head.getAttribute('title')).toMatch(/^Row 1: /);
    setLanguage('zh');
    try {
      await waitFor(() => expect(screen.getByRole('contentinfo')).toHaveTextContent(`${n} 行 ·`));
      expect(screen.getByRole('contentinfo')).toHaveTextContent(`第 1 行，共 ${n} 行`);
      expect(screen.getByRole('contentinfo')).not.toHaveTextContent(/组/);
    } finally {
      setLanguage('en');
    }
  });

  it('puts focus on the grid when an error notice is dismissed, not on <body>', async () => {
    const grid = await renderSample();
    grid.focus();
    await userEvent.keyboard('{End}m');
    const dismiss = await screen.findByRole('button', { name: 'Dismiss message' });
    await userEvent.click(dismiss);
    expect(dismiss).not.toBeInTheDocument();
    await waitFor(() => expect(grid).toHaveFocus());
  });

  it('is one Tab stop: Tab from the grid goes on to the open flags list, not through every row’s sentence toggle', async () => {
    const grid = await renderSample();
    grid.focus();
    await userEvent.keyboard('f');
    const flags = await screen.findByRole('complementary', { name: 'Flags' });
    // Row 1, selected, has no flag: nothing of the rows is on the way.
    await userEvent.tab();
    expect(flags.contains(document.activeElement)).toBe(true);
    // The toggles still work by pointer, and e does the same from the grid.
    expect(within(grid).getAllByRole('button', { name: /^Show sentences of row/ }).length).toBeGreaterThan(0);
  });

  it('lists the bundled documents and explains the colours', async () => {
    await renderSample();
    expect(screen.getByRole('combobox', { name: 'Bundled document' })).toHaveDisplayValue(
      /Human Rights Dialogue/,
    );
    expect(screen.getByRole('list', { name: 'Row colours' })).toHaveTextContent('Low confidence');
  });
});

describe('About', () => {
  it('credits CC-CEDICT and states the sample’s provenance', async () => {
    await renderSample();
    await userEvent.click(screen.getByRole('button', { name: 'About' }));
    const dialog = screen.getByRole('dialog', { name: /About/ });
    expect(dialog).toHaveTextContent('CC-CEDICT');
    expect(dialog).toHaveTextContent('CC BY-SA 4.0');
    expect(dialog).toHaveTextContent('not the published Chinese wording');
  });
});
