import { useEffect, useState } from 'react';
import { useAppState } from '../store/appStore';
import { restoreOrOpenSample, startAutosave } from '../store/autosave';
import { bundledDocuments } from '../store/catalog';
import { startTabCoordination } from '../store/tabs';
import { startChecks } from '../store/checksStore';
import { openBundledDocument } from '../store/fileActions';
import { useFileState } from '../store/fileStore';
import { openPalette } from '../store/viewStore';
import { AboutDialog } from './AboutDialog';
import { AlignmentGrid, focusGridAfterOpen, GRID_ID } from './AlignmentGrid';
import { CommandPalette } from './CommandPalette';
import { DropOverlay } from './DropOverlay';
import { FileMenu } from './FileMenu';
import { FilterBar } from './FilterBar';
import { FlagsPanel } from './FlagsPanel';
import { GoToRow } from './GoToRow';
import { HelpSheet } from './HelpSheet';
import { setLanguage, useLanguage, useT, type Language } from './i18n';
import { Notices } from './Notices';
import { LinesNotice, MismatchNotice } from './DocumentHints';
import { OverviewStrip } from './OverviewStrip';
import { ReplaceDialog } from './ReplaceDialog';
import { RowContextMenu } from './RowContextMenu';
import { SearchBar } from './SearchBar';
import { StatusBar } from './StatusBar';
import { StorageWarning } from './StorageWarning';
import { TabBanner } from './TabBanner';
import { Toolbar } from './Toolbar';
import { useCommandKeys } from './useCommandKeys';

function bundledTitle(id: string): string {
  const doc = bundledDocuments.find((d) => d.id === id);
  const title = doc?.meta.title;
  return title?.zh && title?.en ? `${title.zh} / ${title.en}` : (title?.en ?? title?.zh ?? id);
}

/** What the open document is called on screen: the sample's title, else its file name. */
function useDocumentName(): string {
  const bundledId = useAppState((s) => s.bundledId);
  const fileName = useFileState((s) => s.name);
  return bundledId ? bundledTitle(bundledId) : fileName;
}

function LanguageSwitch() {
  const t = useT();
  const language = useLanguage();
  return (
    <select
      className="language-switch"
      aria-label={t('app.language')}
      value={language}
      onChange={(e) => setLanguage(e.target.value as Language)}
    >
      <option value="en" lang="en">
        English
      </option>
      <option value="zh" lang="zh-CN">
        中文
      </option>
    </select>
  );
}

export function App() {
  const t = useT();
  const doc = useAppState((s) => s.doc);
  const status = useAppState((s) => s.status);
  const bundledId = useAppState((s) => s.bundledId);
  const name = useDocumentName();
  const [aboutOpen, setAboutOpen] = useState(false);
  useCommandKeys();

  useEffect(() => {
    // Autosaved work comes back instead of the sample (see store/autosave.ts).
    const stopAutosave = startAutosave();
    // One writer per document across tabs (see store/tabs.ts).
    const stopTabs = startTabCoordination();
    // Review flags follow every change of the document (see store/checksStore.ts).
    const stopChecks = startChecks();
    void restoreOrOpenSample();
    return () => {
      stopChecks();
      stopTabs();
      stopAutosave();
    };
  }, []);

  return (
    <div className="app">
      <a className="skip-link" href={`#${GRID_ID}`}>
        {t('app.skipToGrid')}
      </a>
      <header className="app-header">
        <span className="app-name">
          <span lang="zh">对联</span> duilian
        </span>
        {doc ? (
          <h1 className="doc-title" title={name}>
            {name}
          </h1>
        ) : null}
        <FileMenu />
        <span className="header-spacer" />
        <label className="doc-picker">
          <select
            value={bundledId ?? ''}
            onChange={(e) => void openBundledDocument(e.target.value).then(focusGridAfterOpen)}
            aria-label={t('app.bundledDocument')}
          >
            {bundledId === null ? <option value="">{t('app.chooseBundled')}</option> : null}
            {bundledDocuments.map((d) => (
              <option key={d.id} value={d.id}>
                {bundledTitle(d.id)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="header-button palette-button"
          title={`${t('toolbar.palette')} (Ctrl+K)`}
          aria-keyshortcuts="Control+K Meta+K"
          onClick={openPalette}
        >
          <span aria-hidden="true" className="palette-keys">
            ⌘K
          </span>
          {/* A phone has no keyboard or toolbar: there the button shows a menu sign and opens
              every command (open, paste, save, export, undo…) through the palette. */}
          <span aria-hidden="true" className="palette-menu-sign">
            ☰
          </span>
          <span className="visually-hidden">{t('toolbar.palette')}</span>
        </button>
        <LanguageSwitch />
        <button
          type="button"
          className="header-button about-button"
          onClick={() => setAboutOpen(true)}
        >
          {t('app.about')}
        </button>
      </header>
      {aboutOpen ? <AboutDialog onClose={() => setAboutOpen(false)} /> : null}
      <main className="app-main">
        {doc ? (
          <>
            <Toolbar />
            <SearchBar />
            <FilterBar />
            <div className="grid-with-overview">
              {/* The heads share the rows' width: the overview strip and the flags list stand
                  beside both, so the English head stays over the English column. */}
              <div className="grid-column">
                <div className="column-heads" aria-hidden="true">
                  <span className="row-number">#</span>
                  <span>{t('columns.zh')}</span>
                  <span>{t('columns.en')}</span>
                </div>
                <AlignmentGrid alignment={doc.alignment} />
              </div>
              <OverviewStrip alignment={doc.alignment} />
              <FlagsPanel />
            </div>
          </>
        ) : (
          <p className="empty-state">
            {status === 'loading' || status === 'aligning' ? t('app.loading') : t('app.noDocument')}
          </p>
        )}
      </main>
      <StatusBar name={name} />
      <Notices>
        <StorageWarning />
        <TabBanner />
        <MismatchNotice />
        <LinesNotice />
      </Notices>
      <DropOverlay />
      <HelpSheet />
      <CommandPalette />
      <GoToRow />
      <RowContextMenu />
      <ReplaceDialog />
    </div>
  );
}
