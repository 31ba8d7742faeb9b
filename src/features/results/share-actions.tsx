import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ui/confirm-dialog';
import { asAssistantView, buildMailto } from '../../config/paths';
import { bandOf, DIMENSIONS, type Fit, type Scores } from '../../quiz';
import { useApp } from '../../services/app-services';

interface ShareActionsProps {
  scores: Scores;
  fit: Fit;
  /** The absolute results link. */
  link: string;
  onRestart: () => void;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copy the link, send it to the assistant, print, or start again. */
export function ShareActions({ scores, fit, link, onRestart }: ShareActionsProps) {
  const { t } = useTranslation(['common', 'quiz']);
  const { config } = useApp();
  const [copy, setCopy] = useState<CopyState>('idle');
  const [sentHint, setSentHint] = useState(false);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
      return true;
    } catch {
      setCopy('failed');
      return false;
    }
  };

  const mailBody = () =>
    [
      t('results.mail.greeting', { name: config.va }),
      '',
      t('results.mail.intro'),
      ...DIMENSIONS.map(
        (d) =>
          `- ${t(`quiz:dimensions.${d}.name`)}: ${t('results.scoreOutOf', { score: scores[d] })} (${t(`results.bands.${bandOf(scores[d])}`)})`,
      ),
      '',
      t('results.mail.verdict', { verdict: t(`quiz:verdicts.${fit.verdict}.title`) }),
      t('results.mail.link', { link }),
      // The same scores read for the assistant: what this client needs, what to ask and agree first.
      t('results.mail.assistantLink', { link: asAssistantView(link) }),
    ].join('\n');

  const sendLabel = t('results.send', { name: config.va });
  const contact = config.va ? config.contact : undefined;

  return (
    <section className="share-actions" aria-labelledby="share-title">
      <h2 id="share-title">{t('results.actionsTitle')}</h2>
      <div className="actions">
        {contact?.startsWith('mailto:') && (
          <a className="button primary" href={buildMailto(contact, t('results.mail.subject'), mailBody())}>
            {sendLabel}
          </a>
        )}
        {contact?.startsWith('https:') && (
          <a
            className="button primary"
            href={contact}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => void copyLink().then((copied) => setSentHint(copied))}
          >
            {sendLabel}
          </a>
        )}
        <button type="button" className="button secondary" onClick={() => void copyLink()}>
          {t('results.copyLink')}
        </button>
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t('results.print')}
        </button>
        <ConfirmButton className="button text" texts="results.restartConfirm" onConfirm={onRestart}>
          {t('results.restart')}
        </ConfirmButton>
      </div>
      <div role="status" className="share-status">
        {sentHint && <p>{t('results.sendHint', { name: config.va })}</p>}
        {copy === 'copied' && !sentHint && <p>{t('results.copied')}</p>}
      </div>
      {copy === 'failed' && (
        <div className="copy-fallback">
          <label htmlFor="results-link">{t('results.copyFailed')}</label>
          <input
            id="results-link"
            type="url"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </section>
  );
}
