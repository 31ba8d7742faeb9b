import { startTransition, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DamagedLink } from '../../components/ui/damaged-link';
import { useHeadingFocus } from '../../components/ui/use-heading-focus';
import { appUrlOf, parseResultsHash, resultsLink } from '../../config/paths';
import { DIMENSIONS, readResults, type Dimension, type ResultsReading } from '../../quiz';
import { useApp, useLanguage } from '../../services/app-services';
import { useHash } from '../../services/navigation';
import { DimensionCard } from './dimension-card';
import { HistoryPanel } from './history-panel';
import { NextSteps } from './next-steps';
import { PrintedReasons } from './printed-reasons';
import { RadarChart, type RadarDrawing } from './radar-chart';
import type { Chunk } from '../../lib/lazy-chunk';
import { formatChange, formatRunDay } from './run-change';
import { ScoreTable } from './score-table';
import { contactText } from './send-links';
import { SaveActions, ShareBar } from './share-actions';
import { UnclearHeadline } from './unclear-headline';
import { useRunComparison } from './use-run-comparison';
import { VerdictHeadline } from './verdict-headline';
import { VerdictPanel } from './verdict-panel';
import './results.css';

interface ResultsScreenProps {
  /** "Repeat the quiz", confirmed: clears the answers and goes to the intro. */
  onRepeat: () => void;
  /** "Answer again" after answers that said nothing: clears them and opens the first statement. */
  onAnswerAgain: () => void;
  /** From a damaged link. */
  onTakeQuiz: () => void;
  /** The radar's drawing, which the app fetches with the results. */
  radar: Chunk<RadarDrawing>;
}

export function ResultsScreen({ onRepeat, onAnswerAgain, onTakeQuiz, radar }: ResultsScreenProps) {
  useTranslation(['quiz', 'results']); // suspends until the dimension texts have arrived
  const link = parseResultsHash(useHash());
  if (!link.ok) {
    return <DamagedLink {...link} onTakeQuiz={onTakeQuiz} />;
  }
  return (
    <Results
      reading={readResults(link.scores, link.flags)}
      onRepeat={onRepeat}
      onAnswerAgain={onAnswerAgain}
      radar={radar}
    />
  );
}

/** What lies below the chart waits for it this long at most: a slow connection still gets the cards. */
export const CHART_WAIT_MS = 1000;

/**
 * False on the results' first renders, true once the chart is on screen (or CHART_WAIT_MS later at
 * the latest): what is far below it then renders, as a transition, so that neither the verdict nor
 * the chart waits for it. The returned callback is the chart's `onShown`.
 */
function useBelowTheChart() {
  const [below, setBelow] = useState(false);
  const reveal = useCallback(() => startTransition(() => setBelow(true)), []);
  useEffect(() => {
    if (below) return undefined;
    const latest = setTimeout(reveal, CHART_WAIT_MS);
    return () => clearTimeout(latest);
  }, [below, reveal]);
  return [below, reveal] as const;
}

interface ResultsProps extends Omit<ResultsScreenProps, 'onTakeQuiz'> {
  reading: ResultsReading;
}

function Results({ reading, onRepeat, onAnswerAgain, radar }: ResultsProps) {
  const { t } = useTranslation(['common', 'quiz', 'results']);
  const { config } = useApp();
  const lang = useLanguage();
  const heading = useHeadingFocus<HTMLHeadingElement>('results');
  // The verdict, the next steps, then the chart paint first; the rest is below them on any screen.
  const [belowPainted, chartShown] = useBelowTheChart();
  const { scores } = reading;
  const decided = reading.kind === 'decided' ? reading : undefined;
  const comparison = useRunComparison();
  // Answers that said nothing are compared with nothing: their scores are not a result.
  const { current, previous } = decided ? comparison : {};
  const flags = reading.kind === 'unclear' ? reading.flags : [];
  // Carried parameters only: the link always opens as a full page, in the language on screen.
  const link = resultsLink(appUrlOf(window.location), { ...config, lang }, scores, flags);
  const previousDay = previous && formatRunDay(previous.date, lang);

  const changeOf = (dimension: Dimension) => {
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
    <article className={decided ? 'results' : 'results results-unclear'} aria-labelledby="results-title">
      <div className="results-first">
        {decided ? (
          <VerdictHeadline reading={decided} headingRef={heading} />
        ) : (
          <UnclearHeadline flags={flags} headingRef={heading} onAnswerAgain={onAnswerAgain} />
        )}
        {/* The main action right under the answer: it stays on the first screen however long the reason. */}
        <ShareBar reading={reading} link={link} />
        {decided && <NextSteps reading={decided} />}
        <p className="chart-below">{t('results:chartBelow')}</p>
      </div>
      <figure className="radar" aria-labelledby="radar-title">
        <figcaption id="radar-title">
          {decided ? t('results:chartTitle') : t('results:unclear.chartTitle')}
        </figcaption>
        <div className="radar-frame">
          <RadarChart
            scores={scores}
            previous={previous?.scores}
            names={DIMENSIONS.map((d) => t(`quiz:dimensions.${d}.short`))}
            drawing={radar}
            onShown={chartShown}
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
        <p className="radar-rings">{t('results:ringsLegend')}</p>
        {/* The chart's text alternative, one tap away: the chart already says each score once. */}
        <details className="score-details">
          <summary>{t('results:tableSummary')}</summary>
          <ScoreTable scores={scores} previous={previous?.scores} previousDay={previousDay} />
        </details>
      </figure>
      {belowPainted && (
        <>
          {decided && <PrintedReasons reading={decided} />}
          {decided && <VerdictPanel reading={decided} />}
          {/* Copy, print and repeat before the seven cards: nobody scrolls past them to find these. */}
          <SaveActions link={link} onRestart={onRepeat} />
          {decided && (
            <>
              <section className="dimension-cards" aria-labelledby="cards-title">
                <h2 id="cards-title">{t('results:cardsTitle')}</h2>
                <p>
                  {previousDay
                    ? t('results:history.cardsIntro', { date: previousDay })
                    : t('results:cardsIntro')}
                </p>
                {decided.cards.map((dimension) => (
                  <DimensionCard
                    key={dimension}
                    dimension={dimension}
                    score={scores[dimension]}
                    open={decided.focus.includes(dimension)}
                    change={changeOf(dimension)}
                  />
                ))}
              </section>
            </>
          )}
          <HistoryPanel kept={comparison.kept} onClear={comparison.clear} />

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
