import { useEffect, useState } from 'react';
import { openFiles } from '../store/fileActions';
import { focusGridAfterOpen } from './AlignmentGrid';
import { useT } from './i18n';

interface HandleItem extends DataTransferItem {
  getAsFileSystemHandle?: () => Promise<FileSystemHandle | null>;
}

function carriesFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

/** Files dropped anywhere on the window open as if picked with "Open…". */
export function DropOverlay() {
  const t = useT();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed: count them.
    let depth = 0;
    function onDragEnter(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    }
    function onDragOver(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    }
    function onDragLeave(event: DragEvent) {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    }
    function onDrop(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      // Handles must be asked for during the drop event; with them Save writes back (Chromium).
      const pending = [...(event.dataTransfer?.items ?? [])]
        .filter((item) => item.kind === 'file')
        .map((item) => (item as HandleItem).getAsFileSystemHandle?.() ?? Promise.resolve(null));
      void Promise.all(pending)
        .then((found) => {
          const handles = found.filter((h): h is FileSystemFileHandle => h?.kind === 'file');
          return openFiles(files, handles.length === files.length ? handles : []);
        })
        .catch(() => openFiles(files))
        .then(focusGridAfterOpen);
    }
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-message">
        <strong>{t('drop.title')}</strong>
        <span>{t('drop.hint')}</span>
      </div>
    </div>
  );
}
