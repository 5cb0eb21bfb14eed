import { Component, type ErrorInfo, type ReactNode } from 'react';
import { serializeDocument } from '../io/alignmentFile';
import { appStore } from '../store/appStore';
import { downloadFile } from '../store/saveActions';
import { flushAutosave } from '../store/autosave';
import { fileStore } from '../store/fileStore';
import { useT } from './i18n';

function downloadWork(): void {
  const doc = appStore.getState().doc;
  if (!doc) return;
  let text: string;
  try {
    text = serializeDocument(doc);
  } catch {
    // Whatever broke may have broken the serializer too: keep the raw data rather than nothing.
    text = JSON.stringify(doc, null, 2);
  }
  downloadFile(`${fileStore.getState().name}.duilian.json`, text, 'application/json');
}

/** What the user sees instead of a blank page when the app fails: their work, still reachable. */
export function RecoveryScreen({ error }: { error: Error }) {
  const t = useT();
  const hasDoc = appStore.getState().doc !== null;
  return (
    <main className="recovery-screen">
      <h1>{t('recovery.title')}</h1>
      <p>{t('recovery.body')}</p>
      <div className="recovery-actions">
        {hasDoc ? (
          <button type="button" className="primary" onClick={downloadWork}>
            {t('recovery.download')}
          </button>
        ) : null}
        <button type="button" onClick={() => window.location.reload()}>
          {t('recovery.reload')}
        </button>
      </div>
      <details>
        <summary>{t('recovery.details')}</summary>
        <pre>{error.stack ?? error.message}</pre>
      </details>
    </main>
  );
}

interface BoundaryState {
  readonly error: Error | null;
}

/** Catches render errors anywhere below it and shows the recovery screen. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The last edits may still be waiting for the autosave timer.
    void flushAutosave();
    console.error('duilian crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? <RecoveryScreen error={this.state.error} /> : this.props.children;
  }
}
