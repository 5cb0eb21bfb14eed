import { useRef } from 'react';
import { useT } from './i18n';
import { useModalDialog } from './useModalDialog';

/** What duilian is, what it ships and whom it credits (CC-CEDICT needs attribution). */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref);
  return (
    <dialog
      ref={ref}
      className="about-dialog"
      aria-labelledby="about-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="about-title">{t('about.title')}</h2>
      <p>{t('about.body')}</p>
      <h3>{t('about.credits')}</h3>
      <ul>
        <li>
          {t('about.cedict.before')}
          <a href="https://cc-cedict.org/" target="_blank" rel="noreferrer">
            CC-CEDICT
          </a>
          {t('about.cedict.licensed')}
          <a
            href="https://creativecommons.org/licenses/by-sa/4.0/"
            target="_blank"
            rel="noreferrer"
          >
            CC BY-SA 4.0
          </a>
          {t('about.cedict.after')}
        </li>
        <li>{t('about.sample')}</li>
      </ul>
      <form method="dialog">
        <button type="submit" onClick={onClose}>
          {t('about.close')}
        </button>
      </form>
    </dialog>
  );
}
