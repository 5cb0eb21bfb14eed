import { useEffect, useState } from 'react';
import { dismissError } from '../store/actions';
import { useAppState } from '../store/appStore';
import { restoreOrOpenSample, startAutosave } from '../store/autosave';
import { bundledDocuments } from '../store/catalog';
import { openBundledDocument } from '../store/fileActions';
import { AboutDialog } from './AboutDialog';
import { AlignmentGrid } from './AlignmentGrid';
import { DropOverlay } from './DropOverlay';
import { AutosaveState, FileMenu } from './FileMenu';
import { HelpSheet } from './HelpSheet';
import { Legend } from './Legend';
import { OverviewStrip } from './OverviewStrip';
import { ReplaceDialog } from './ReplaceDialog';
import { RestoreNotice } from './RestoreNotice';
import { RowContextMenu } from './RowContextMenu';
import { SearchBar } from './SearchBar';
import { StatusBar } from './StatusBar';
import { StorageWarning } from './StorageWarning';
import { Toolbar } from './Toolbar';
import { useCommandKeys } from './useCommandKeys';

function documentTitle(id: string): string {
  const doc = bundledDocuments.find((d) => d.id === id);
  const title = doc?.meta.title;
  return title?.zh && title?.en ? `${title.zh} / ${title.en}` : (title?.en ?? title?.zh ?? id);
}

export function App() {
  const doc = useAppState((s) => s.doc);
  const status = useAppState((s) => s.status);
  const error = useAppState((s) => s.error);
  const bundledId = useAppState((s) => s.bundledId);
  const [aboutOpen, setAboutOpen] = useState(false);
  useCommandKeys();

  useEffect(() => {
    // Autosaved work comes back instead of the sample (see store/autosave.ts).
    const stopAutosave = startAutosave();
    void restoreOrOpenSample();
    return stopAutosave;
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-name">
          <span lang="zh">对联</span> duilian
        </h1>
        <label className="doc-picker">
          <span className="visually-hidden">Bundled document</span>
          <select
            value={bundledId ?? ''}
            onChange={(e) => void openBundledDocument(e.target.value)}
            aria-label="Bundled document"
          >
            {bundledId === null ? <option value="">Choose a bundled document…</option> : null}
            {bundledDocuments.map((d) => (
              <option key={d.id} value={d.id}>
                {documentTitle(d.id)}
              </option>
            ))}
          </select>
        </label>
        <FileMenu />
        <button
          type="button"
          className="header-button about-button"
          onClick={() => setAboutOpen(true)}
        >
          About
        </button>
      </header>
      {aboutOpen ? <AboutDialog onClose={() => setAboutOpen(false)} /> : null}
      {error ? (
        <div role="alert" className="alert">
          <span>{error}</span>
          <button type="button" onClick={dismissError} aria-label="Dismiss message">
            ×
          </button>
        </div>
      ) : null}
      <StorageWarning />
      <RestoreNotice />
      <main className="app-main">
        {doc ? (
          <>
            <Toolbar />
            <SearchBar />
            <div className="column-heads" aria-hidden="true">
              <span className="row-number">#</span>
              <span lang="zh">中文原文 · Chinese original</span>
              <span>English translation</span>
            </div>
            <div className="grid-with-overview">
              <AlignmentGrid alignment={doc.alignment} />
              <OverviewStrip alignment={doc.alignment} />
            </div>
          </>
        ) : (
          <p className="empty-state">
            {status === 'loading' || status === 'aligning'
              ? 'Opening and aligning the document…'
              : 'No document open. Use Open… or Paste texts…, drop two text files here, or choose a bundled document above.'}
          </p>
        )}
      </main>
      <footer className="app-footer">
        {doc ? <StatusBar alignment={doc.alignment} /> : <span />}
        <AutosaveState />
        <Legend />
      </footer>
      <DropOverlay />
      <HelpSheet />
      <RowContextMenu />
      <ReplaceDialog />
    </div>
  );
}
