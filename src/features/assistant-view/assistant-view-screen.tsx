import { useTranslation } from 'react-i18next';
import { DamagedLink } from '../../components/ui/damaged-link';
import { useDimensionList } from '../../components/ui/use-dimension-list';
import { useHeadingFocus } from '../../components/ui/use-heading-focus';
import { appUrlOf, assistantViewLink, parseResultsHash, resultsLink } from '../../config/paths';
import {
  DIMENSIONS,
  readForAssistant,
  type AnswerFlag,
  type AssistantReading,
  type Scores,
  type UnclearAssistantReading,
} from '../../quiz';
import { useApp, useLanguage } from '../../services/app-services';
import { useHash } from '../../services/navigation';
import './assistant-view.css';

/**
 * `view=assistant` on a results link: the same scores, read for the assistant the owner sent
 * them to. What is decided lives in `readForAssistant` (src/quiz); this only lays it out, from
 * the decision down, so that it prints on one A4 page.
 */
interface AssistantViewScreenProps {
  /** From a damaged link: the quiz, without the assistant's view. */
  onTakeQuiz: () => void;
}

export function AssistantViewScreen({ onTakeQuiz }: AssistantViewScreenProps) {
  useTranslation(['quiz', 'assistant-view', 'results']); // suspends until the dimension names and the reading's texts are here
  const link = parseResultsHash(useHash());
  if (!link.ok) {
    return <DamagedLink {...link} onTakeQuiz={onTakeQuiz} />;
  }
  return <ReadingOf scores={link.scores} flags={link.flags} />;
}

function ReadingOf({ scores, flags }: { scores: Scores; flags: readonly AnswerFlag[] }) {
  const { t, i18n } = useTranslation(['assistant-view', 'common', 'quiz', 'results']);
  const { config } = useApp();
  const lang = useLanguage();
  const heading = useHeadingFocus<HTMLHeadingElement>('assistant-view');
  const reading = readForAssistant(scores, flags);
  // Both in the language on screen; the owner's link never carries `view`.
  const appUrl = appUrlOf(window.location);
  const ownerLink = resultsLink(appUrl, { ...config, lang }, scores, flags);
  const readingLink = assistantViewLink(appUrl, { ...config, lang }, scores, flags);

  return (
    <article className="reading" aria-labelledby="reading-title">
      <header className="reading-header">
        <p className="reading-label">{t('label')}</p>
        <h1 id="reading-title" ref={heading} tabIndex={-1}>
          {t('title')}
        </h1>
        <p className="reading-intro">{t('intro')}</p>
      </header>

      {reading.kind === 'decided' ? (
        <DecidedReading reading={reading} scores={scores} />
      ) : (
        <UnclearReading reading={reading} scores={scores} />
      )}

      <div className="actions reading-actions">
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <a className="button secondary" href={ownerLink}>
          {t('ownerView')}
        </a>
      </div>

      <footer className="reading-printed">
        <p>
          {t('printedFrom', {
            date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date()),
            link: readingLink,
          })}
        </p>
      </footer>
    </article>
  );
}

function DecidedReading({ reading, scores }: { reading: AssistantReading; scores: Scores }) {
  const { t } = useTranslation(['assistant-view', 'common', 'quiz', 'results']);
  const listOf = useDimensionList();
  return (
    <>
      <section className={`reading-decision decision-${reading.decision}`} aria-labelledby="decision-title">
        <p className="reading-decision-label">{t('decisionLabel')}</p>
        <h2 id="decision-title">{t(`decision.${reading.decision}.title`)}</h2>
        <p>
          {t(`decision.${reading.decision}.body`, {
            count: reading.decidedBy.length,
            dimensions: listOf(reading.decidedBy),
          })}
        </p>
      </section>

      <ScoreList scores={scores} />

      {reading.needs.length > 0 ? (
        <section className="reading-needs" aria-labelledby="needs-title">
          <h2 id="needs-title">{t('needsTitle')}</h2>
          <p className="reading-note">{t('needsIntro')}</p>
          {reading.needs.map((need) => (
            <section
              key={need.dimension}
              className={`reading-need band-${need.band}`}
              aria-labelledby={`need-${need.dimension}`}
            >
              <h3 id={`need-${need.dimension}`}>{t(`quiz:dimensions.${need.dimension}.name`)}</h3>
              <p className="reading-band">
                {t('bandScore', {
                  band: t(`results:bands.${need.band}`),
                  score: scores[need.dimension],
                })}
              </p>
              <p>
                <strong>{t('needLabel')}</strong> {t(need.needKey)}
              </p>
              <p>
                <strong>{t('agreeLabel')}</strong> {t(need.agreeKey)}
              </p>
            </section>
          ))}
        </section>
      ) : (
        <p className="reading-all-high">{t('allHigh')}</p>
      )}

      <div className="reading-columns">
        <NumberedSection
          name="questions"
          title={t('questionsTitle')}
          items={reading.questions.map((id) => ({ key: id, text: t(`questions.${id}`) }))}
        />
        {reading.plan.length > 0 ? (
          <NumberedSection
            name="plan"
            title={t('planTitle')}
            items={reading.plan.map((step) => ({ key: step, text: t(`plan.${step}`) }))}
          />
        ) : (
          <NumberedSection
            name="handover"
            title={t('handoverTitle')}
            items={reading.handover.map((step) => ({ key: step, text: t(`handover.${step}`) }))}
          />
        )}
      </div>

      {reading.warnings.length > 0 && (
        <section className="reading-warnings" aria-labelledby="warnings-title">
          <h2 id="warnings-title">{t('warningsTitle')}</h2>
          <p className="reading-note">{t('warningsIntro')}</p>
          <ul>
            {reading.warnings.map((warning) => (
              <li key={warning}>{t(`warnings.${warning}`)}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** Answers the response check flagged: no decision, what to find out on the first call instead. */
function UnclearReading({ reading, scores }: { reading: UnclearAssistantReading; scores: Scores }) {
  const { t } = useTranslation(['assistant-view', 'common', 'quiz', 'results']);
  return (
    <>
      <section className="reading-decision decision-unclear" aria-labelledby="decision-title">
        <p className="reading-decision-label">{t('unclear.label')}</p>
        <h2 id="decision-title">{t('unclear.title')}</h2>
        <p>{t('unclear.body')}</p>
        <ul>
          {reading.flags.map((flag) => (
            <li key={flag}>{t(`unclear.flags.${flag}`)}</li>
          ))}
        </ul>
      </section>
      <ScoreList scores={scores} />
      <NumberedSection
        name="questions"
        title={t('unclear.questionsTitle')}
        items={reading.questions.map((id) => ({ key: id, text: t(`questions.${id}`) }))}
      />
    </>
  );
}

function ScoreList({ scores }: { scores: Scores }) {
  const { t } = useTranslation(['assistant-view', 'common', 'quiz', 'results']);
  return (
    <section className="reading-scores" aria-labelledby="scores-title">
      <h2 id="scores-title">{t('scoresTitle')}</h2>
      <ul>
        {DIMENSIONS.map((d) => (
          <li key={d}>
            {t(`quiz:dimensions.${d}.short`)} <strong>{scores[d]}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A titled, numbered list of the reading: the first-call questions, the 30-day plan. */
function NumberedSection({
  name,
  title,
  items,
}: {
  name: string;
  title: string;
  items: readonly { key: string; text: string }[];
}) {
  return (
    <section className={`reading-${name}`} aria-labelledby={`${name}-title`}>
      <h2 id={`${name}-title`}>{title}</h2>
      <ol>
        {items.map((item) => (
          <li key={item.key}>{item.text}</li>
        ))}
      </ol>
    </section>
  );
}
