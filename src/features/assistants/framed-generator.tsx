import { useTranslation } from 'react-i18next';

/**
 * Another site could frame the generator and trick an assistant into typing their details or
 * copying its code (clickjacking). A static host cannot send `frame-ancestors`, and a script
 * that breaks out of the frame fights the host page, so the generator simply does not render
 * inside a frame: it offers itself in a tab of its own instead. CSP-safe: no inline script.
 */
export const isFramed = (): boolean => {
  try {
    return window.top !== window.self;
  } catch {
    return true; // a browser that will not even compare the two is inside something
  }
};

export function FramedGenerator() {
  const { t } = useTranslation('assistants');
  return (
    <section className="generator-framed" aria-labelledby="generator-framed-title">
      <h1 id="generator-framed-title">{t('framed.title')}</h1>
      <p>{t('framed.body')}</p>
      <p>
        <a className="button primary" href={window.location.href} target="_blank" rel="noopener noreferrer">
          {t('framed.open')}
        </a>
      </p>
    </section>
  );
}
