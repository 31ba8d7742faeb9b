import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { StartOverButton } from '../../components/ui/confirm-dialog';
import { useHeadingFocus } from '../../components/ui/use-heading-focus';
import { useApp } from '../../services/app-services';
import { siteNameOf } from '../../services/report-target';

interface IntroScreenProps {
  /** Statements already answered in an earlier visit: offers to continue. */
  answered: number;
  total: number;
  onStart: () => void;
  /** Set when every statement is answered: the main action shows the results. */
  onViewResults?: () => void;
  onStartOver: () => void;
}

export function IntroScreen({ answered, total, onStart, onViewResults, onStartOver }: IntroScreenProps) {
  const { t } = useTranslation();
  const heading = useHeadingFocus<HTMLHeadingElement>('intro');
  const headingId = useId(); // unique in the built page too, which holds the intro in both languages
  const { host } = useApp();
  const resuming = answered > 0;
  return (
    <section className="panel intro" aria-labelledby={headingId}>
      <h1 id={headingId} ref={heading} tabIndex={-1}>
        {t('intro.heading')}
      </h1>
      <p className="lead">{t('intro.promise')}</p>
      <ul className="facts">
        <li>{t('intro.duration', { count: total })}</li>
        <li>{t('intro.noRightAnswers')}</li>
        <li>
          {host.scoresRecipient
            ? t('intro.privacyReport', { site: siteNameOf(host.scoresRecipient) })
            : host.embedded
              ? t('intro.privacyWidget')
              : t('intro.privacy')}
        </li>
      </ul>
      <div className="actions">
        {onViewResults ? (
          <button type="button" className="button primary" onClick={onViewResults}>
            {t('intro.viewResults')}
          </button>
        ) : (
          <button type="button" className="button primary" onClick={onStart}>
            {resuming ? t('intro.resume', { answered, total }) : t('intro.start')}
          </button>
        )}
        {resuming && (
          <StartOverButton className="button secondary" answered={answered} onStartOver={onStartOver}>
            {t('intro.startOver')}
          </StartOverButton>
        )}
      </div>
    </section>
  );
}
