import { useTranslation } from 'react-i18next';
import { DamagedLink } from '../../components/ui/damaged-link';
import { useAfterFirstPaint } from '../../components/ui/use-after-first-paint';
import { useHeadingFocus } from '../../components/ui/use-heading-focus';
import { appUrlOf, parseResultsHash, resultsLink } from '../../config/paths';
import { decideFit, DIMENSIONS, priorities as prioritiesOf, weakestFirst, type Scores } from '../../quiz';
import { useApp, useLanguage } from '../../services/app-services';
import { useHash } from '../../services/navigation';
import { DimensionCard } from './dimension-card';
import { HistoryPanel } from './history-panel';
import { PriorityList } from './priority-list';
import { RadarChart } from './radar-chart';
import { formatChange, formatRunDay } from './run-change';
import { ScoreTable } from './score-table';
import { contactText } from './send-links';
import { SaveActions, ShareBar } from './share-actions';
import { useRunComparison } from './use-run-history';
import { VerdictHeadline } from './verdict-headline';
import { VerdictPanel } from './verdict-panel';
import './results.css';

interface ResultsScreenProps {
  /** "Repeat the quiz", confirmed: clears the answers and goes to the intro. */
  onRepeat: () => void;
  /** From a damaged link. */
  onTakeQuiz: () => void;
}

export function ResultsScreen({ onRepeat, onTakeQuiz }: ResultsScreenProps) {
  useTranslation(['quiz', 'results']); // suspends until the dimension texts have arrived
  const link = parseResultsHash(useHash());
  if (!link.ok) {
    return <DamagedLink {...link} onTakeQuiz={onTakeQuiz} />;
  }
  return <Results scores={link.scores} onRepeat={onRepeat} />;
}

function Results({ scores, onRepeat }: { scores: Scores; onRepeat: () => void }) {
  const { t } = useTranslation(['common', 'quiz', 'results']);
  const { config } = useApp();
  const lang = useLanguage();
  const heading = useHeadingFocus<HTMLHeadingElement>('results');
  // The verdict, the priorities and the chart paint first; the rest is below them on any screen.
  const belowPainted = useAfterFirstPaint();
  const fit = decideFit(scores);
  const priorities = prioritiesOf(scores);
  const { current, previous, kept, clear } = useRunComparison(scores);
  // Carried parameters only: the link always opens as a full page, in the language on screen.
  const link = resultsLink(appUrlOf(window.location), { ...config, lang }, scores);
  const previousDay = previous && formatRunDay(previous.date, lang);

  const changeOf = (dimension: (typeof DIMENSIONS)[number]) => {
    if (!previous || !previousDay) return undefined;
    const change = scores[dimension] - previous.scores[dimension];
    const short = formatChange(change, lang);
    const full =
      change === 0
        ? t('results:history.unchanged', { date: previousDay })
        : t('results:history.change', { change: short, date: previousDay });
    return { short, full };
  };

  return (
    <article className="results" aria-labelledby="results-title">
      <div className="results-first">
        <VerdictHeadline fit={fit} scores={scores} headingRef={heading} priorities={priorities} />
        {/* The main action right under the answer: it stays on the first screen however long the reason. */}
        <ShareBar scores={scores} fit={fit} link={link} />
        <PriorityList priorities={priorities} scores={scores} verdict={fit.verdict} />
        <p className="chart-below">{t('results:chartBelow')}</p>
      </div>
      <figure className="radar" aria-labelledby="radar-title">
        <figcaption id="radar-title">{t('results:chartTitle')}</figcaption>
        <div className="radar-frame">
          <RadarChart
            scores={scores}
            previous={previous?.scores}
            names={DIMENSIONS.map((d) => t(`quiz:dimensions.${d}.short`))}
          />
        </div>
        {current && previous && previousDay && (
          <ul className="radar-legend">
            <li className="radar-legend-now">
              {t('results:history.legendNow', { date: formatRunDay(current.date, lang) })}
            </li>
            <li className="radar-legend-before">
              {t('results:history.legendBefore', { date: previousDay })}
            </li>
          </ul>
        )}
        <ScoreTable scores={scores} previous={previous?.scores} previousDay={previousDay} />
      </figure>
      {belowPainted && (
        <>
          <VerdictPanel fit={fit} scores={scores} />
          <section className="dimension-cards" aria-labelledby="cards-title">
            <h2 id="cards-title">{t('results:cardsTitle')}</h2>
            <p>
              {previousDay ? t('results:history.cardsIntro', { date: previousDay }) : t('results:cardsIntro')}
            </p>
            {weakestFirst(scores).map((dimension) => (
              <DimensionCard
                key={dimension}
                dimension={dimension}
                score={scores[dimension]}
                open={priorities.includes(dimension)}
                change={changeOf(dimension)}
              />
            ))}
          </section>
          <SaveActions link={link} onRestart={onRepeat} />
          <HistoryPanel kept={kept} onClear={clear} />

          <footer className="print-only">
            <p>
              {t('results:printedFrom', {
                date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date()),
                link,
              })}
            </p>
            {config.va && config.contact && (
              <p>
                {t('results:printedContact', {
                  name: config.va,
                  contact: contactText(config.contact),
                })}
              </p>
            )}
          </footer>
        </>
      )}
    </article>
  );
}
