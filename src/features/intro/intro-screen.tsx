import { useTranslation } from 'react-i18next';
import { useHeadingFocus } from '../../components/ui/use-heading-focus';

interface IntroScreenProps {
  /** Statements already answered in an earlier visit: offers to continue. */
  answered: number;
  total: number;
  onStart: () => void;
  onStartOver: () => void;
}

export function IntroScreen({ answered, total, onStart, onStartOver }: IntroScreenProps) {
  const { t } = useTranslation();
  const heading = useHeadingFocus<HTMLHeadingElement>('intro');
  const resuming = answered > 0;
  return (
    <section className="panel intro" aria-labelledby="intro-title">
      <h1 id="intro-title" ref={heading} tabIndex={-1}>
        {t('intro.heading')}
      </h1>
      <p className="lead">{t('intro.promise')}</p>
      <ul className="facts">
        <li>{t('intro.duration', { count: total })}</li>
        <li>{t('intro.privacy')}</li>
      </ul>
      <div className="actions">
        <button type="button" className="button primary" onClick={onStart}>
          {resuming ? t('intro.resume', { answered, total }) : t('intro.start')}
        </button>
        {resuming && (
          <button type="button" className="button secondary" onClick={onStartOver}>
            {t('intro.startOver')}
          </button>
        )}
      </div>
    </section>
  );
}
