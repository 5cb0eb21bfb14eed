import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appStore } from '../../../src/store/appStore';
import { exportAs, saveDocument } from '../../../src/store/saveActions';
import { setLanguage } from '../../../src/ui/i18n';
import { ExportMenu } from '../../../src/ui/ExportMenu';
import { PasteDialog } from '../../../src/ui/PasteDialog';
import { resetStores } from '../FileTestKit';

vi.mock('idb-keyval', () => import('../FileIdbMock'));

beforeEach(resetStores);
afterEach(() => setLanguage('en'));

describe('the Chinese interface', () => {
  it('labels the paste dialog in Chinese and says in Chinese what is missing', async () => {
    setLanguage('zh');
    render(<PasteDialog onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: '粘贴要对齐的文本' });
    expect(within(dialog).getByRole('textbox', { name: '中文原文' })).toBeVisible();
    expect(within(dialog).getByRole('textbox', { name: '英文译文' })).toBeVisible();
    expect(within(dialog).getByRole('combobox', { name: /对齐单位/ })).toHaveDisplayValue('段落');
    expect(within(dialog).getByRole('button', { name: '取消' })).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: '对齐' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('请粘贴中文原文及其英文译文。');
    expect(dialog).not.toHaveTextContent(/[A-Za-z]{3,}/);
    // Two English texts: the planner's refusal comes out in Chinese, and the texts stay.
    await userEvent.click(within(dialog).getByRole('textbox', { name: '中文原文' }));
    await userEvent.paste('This is English, not Chinese.');
    await userEvent.click(within(dialog).getByRole('textbox', { name: '英文译文' }));
    await userEvent.paste('And this is English too.');
    await userEvent.click(within(dialog).getByRole('button', { name: '对齐' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      '第一段粘贴的文本和第二段粘贴的文本看起来都是英文。请同时打开中文原文及其英文译文。',
    );
    expect(within(dialog).getByRole('textbox', { name: '中文原文' })).toHaveValue(
      'This is English, not Chinese.',
    );
  });

  it('names the export menu and its link options in Chinese', async () => {
    setLanguage('zh');
    render(<ExportMenu />);
    await userEvent.click(screen.getByRole('button', { name: /导出/ }));
    const menu = screen.getByRole('menu', { name: '导出格式' });
    expect(within(menu).getByRole('menuitem', { name: 'Word（DOCX）' })).toHaveAttribute(
      'title',
      '在 Word 中审阅的双栏表格',
    );
    expect(
      within(menu).getByRole('menuitemcheckbox', { name: /仅导出已确认的行/ }),
    ).not.toBeChecked();
    expect(within(menu).getByRole('menuitemcheckbox', { name: /包括未配对的片段/ })).toBeVisible();
  });

  it('shows the store’s errors in the interface language of the moment', async () => {
    setLanguage('zh');
    expect(await saveDocument()).toBe(false);
    expect(appStore.getState().error).toBe('没有可保存的文档。请先打开一个文档。');
    setLanguage('en');
    await exportAs('tmx');
    expect(appStore.getState().error).toBe(
      'There is no document to export. Open a document first.',
    );
  });
});
