import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ui/confirm-dialog';
import { asAssistantView, buildMailto } from '../../config/paths';
import { bandOf, DIMENSIONS, roundedMean, type ResultsReading } from '../../quiz';
import { useApp } from '../../services/app-services';
import { contactTargetOf } from './contact-target';
import { useNextStepLines } from './next-steps';

interface ShareProps {
  reading: ResultsReading;
  /** The absolute results link. */
  link: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** How long the "copied" confirmation is on screen before the assistant's page opens. */
export const SEND_DELAY_MS = 1200;

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first screen's main actions: send the results to the assistant (when the link names one)
 * and share them through the device's share sheet, or copy the link where there is none.
 */
export function ShareBar({ reading, link }: ShareProps) {
  const { t } = useTranslation(['common', 'quiz', 'results']);
  const { scores } = reading;
  const nextStepLines = useNextStepLines(reading);
  // The title speaks to the owner ("first, learn to let go"): the assistant reads a neutral label.
  const verdictLabel =
    reading.kind === 'decided'
      ? t(`quiz:verdicts.${reading.verdict}.mailLabel`)
      : t('results:unclear.mailLabel');
  const { config } = useApp();
  const [copy, setCopy] = useState<CopyState>('idle');
  const [sent, setSent] = useState(false);
  const opening = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(opening.current), []);

  const mailBody = () =>
    [
      t('results:mail.greeting', { name: config.va }),
      '',
      t('results:mail.intro'),
      ...DIMENSIONS.map(
        (d) =>
          `- ${t(`quiz:dimensions.${d}.name`)}: ${t('results:scoreOutOf', { score: scores[d] })} (${t(`results:bands.${bandOf(scores[d])}`)})`,
      ),
      '',
      t('results:mail.verdict', { verdict: verdictLabel }),
      // The same next steps as the first screen, so owner and assistant start the call from one plan.
      ...(nextStepLines.length > 0
        ? ['', t('results:mailNextSteps'), ...nextStepLines.map((line) => `- ${line}`)]
        : []),
      '',
      t('results:mail.link', { link }),
      // The same scores read for the assistant: what this client needs, what to ask and agree first.
      t('results:mail.assistantLink', { link: asAssistantView(link) }),
    ].join('\n');

  const share = async () => {
    const data = {
      title: t('results:mail.subject'),
      text: t('results:share.text', {
        mean: roundedMean(scores),
        summary:
          reading.kind === 'decided'
            ? t(`results:share.summary.${reading.verdict}`)
            : t('results:unclear.shareSummary'),
      }),
      url: link,
    };
    if (typeof navigator.share === 'function' && (!navigator.canShare || navigator.canShare(data))) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        // The owner closed the sheet: nothing to do. Any other failure falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    setCopy((await copyText(link)) ? 'copied' : 'failed');
  };

  // An https contact is a page, not a mail: copy the link first, let the owner read what was
  // copied, then open the page in a new tab (or offer the link if the browser blocks it).
  const sendToPage = async (contact: string) => {
    const copied = await copyText(link);
    setCopy(copied ? 'idle' : 'failed');
    setSent(copied);
    window.clearTimeout(opening.current);
    opening.current = window.setTimeout(() => {
      const tab = window.open(contact, '_blank');
      if (tab) tab.opener = null;
    }, SEND_DELAY_MS);
  };

  const sendLabel = t('results:send', { name: config.va });
  const contact = config.va ? config.contact : undefined;
  // Said beside the button, and read with it: where the results will go.
  const target = contact ? contactTargetOf(contact) : undefined;
  const targetId = useId();
  const targetText =
    target?.kind === 'mail'
      ? t('quiz:sendTarget.mail', { address: target.address })
      : target && t('quiz:sendTarget.web', { host: target.host });
  const sendTarget = targetText && (
    <span id={targetId} className="send-target">
      {targetText}
    </span>
  );

  return (
    <section className="share-bar" aria-label={t('results:share.button')}>
      <div className="actions">
        {contact?.startsWith('mailto:') && (
          <div className="send-to">
            <a
              className="button primary"
              href={buildMailto(contact, t('results:mail.subject'), mailBody())}
              aria-describedby={targetId}
            >
              {sendLabel}
            </a>
            {sendTarget}
          </div>
        )}
        {contact?.startsWith('https:') && (
          <div className="send-to">
            <a
              className="button primary"
              href={contact}
              target="_blank"
              rel="noopener noreferrer"
              aria-describedby={targetId}
              onClick={(event) => {
                event.preventDefault();
                void sendToPage(contact);
              }}
            >
              {sendLabel}
            </a>
            {sendTarget}
          </div>
        )}
        <button
          type="button"
          className={contact ? 'button secondary' : 'button primary'}
          onClick={() => void share()}
        >
          {t('results:share.button')}
        </button>
      </div>
      <div role="status" className="share-status">
        {sent && contact && (
          <p>
            {t('results:sendCopied', { name: config.va })}{' '}
            <a href={contact} target="_blank" rel="noopener noreferrer">
              {t('results:sendOpen', { name: config.va })}
            </a>
          </p>
        )}
        {copy === 'copied' && <p>{t('results:copied')}</p>}
        {copy === 'failed' && <p>{t('results:copyFailed')}</p>}
      </div>
      {copy === 'failed' && <ResultsLinkText link={link} />}
    </section>
  );
}

/** The link as text a person can select and copy by hand. */
export function ResultsLinkText({ link }: { link: string }) {
  const { t } = useTranslation(['common', 'results']);
  return (
    <div className="results-link">
      <p className="results-link-label">{t('results:share.linkLabel')}</p>
      {/* Plain text, not a link: one tap selects all of it (CSS user-select), ready to copy. */}
      <p className="results-link-text">{link}</p>
    </div>
  );
}

/** The rest: the link as text, copy, print, start again. */
export function SaveActions({ link, onRestart }: { link: string; onRestart: () => void }) {
  const { t } = useTranslation(['common', 'results']);
  const [copy, setCopy] = useState<CopyState>('idle');
  return (
    <section className="save-actions" aria-labelledby="save-title">
      <h2 id="save-title">{t('results:actionsTitle')}</h2>
      <ResultsLinkText link={link} />
      <div className="actions">
        <button
          type="button"
          className="button secondary"
          onClick={() => void copyText(link).then((ok) => setCopy(ok ? 'copied' : 'failed'))}
        >
          {t('results:copyShort')}
        </button>
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t('results:print')}
        </button>
        <ConfirmButton className="button text" texts="results:restartConfirm" onConfirm={onRestart}>
          {t('results:restart')}
        </ConfirmButton>
      </div>
      <div role="status" className="share-status">
        {copy === 'copied' && <p>{t('results:copied')}</p>}
        {copy === 'failed' && <p>{t('results:copyFailed')}</p>}
      </div>
    </section>
  );
}
