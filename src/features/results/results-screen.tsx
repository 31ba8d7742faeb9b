import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DamagedLink } from '../../components/ui/damaged-link';
import { useHeadingFocus } from '../../components/ui/use-heading-focus';
import { appUrlOf, parseResultsHash, resultsLink } from '../../config/paths';
import { importWithRetry } from '../../lib/lazy-chunk';
import { decideFit, weakestFirst, type Scores } from '../../quiz';
import { useApp, useLanguage } from '../../services/app-services';
import { useHash } from '../../services/navigation';
import { DimensionCard } from './dimension-card';
import { ScoreTable } from './score-table';
import { ShareActions } from './share-actions';
import { VerdictPanel } from './verdict-panel';
import './results.css';

// recharts is the heaviest piece of the app: fetched only once the results are on screen.
const RadarChart = lazy(() =>
  importWithRetry(() => import('./radar-chart')).then((m) => ({ default: m.RadarChart })),
);

interface ResultsScreenProps {
  /** "Repeat the quiz", confirmed: clears the answers and goes to the intro. */
  onRepeat: () => void;
  /** From a damaged link. */
  onTakeQuiz: () => void;
}

export function ResultsScreen({ onRepeat, onTakeQuiz }: ResultsScreenProps) {
  useTranslation('quiz'); // suspends until the dimension texts have arrived
  const link = parseResultsHash(useHash());
  if (!link.ok) {
    return <DamagedLink missing={link.missing} invalid={link.invalid} onTakeQuiz={onTakeQuiz} />;
  }
  return <Results scores={link.scores} onRepeat={onRepeat} />;
}

function Results({ scores, onRepeat }: { scores: Scores; onRepeat: () => void }) {
  const { t } = useTranslation(['common', 'quiz']);
  const { config } = useApp();
  const lang = useLanguage();
  const heading = useHeadingFocus<HTMLHeadingElement>('results');
  // The verdict and cards paint first (they are what a reader needs, and Lighthouse's LCP); the
  // chart's chunk is asked for in the task after that frame, as a transition so the reserved square
  // keeps its placeholder until the chart is ready.
  const [chartWanted, setChartWanted] = useState(false);
  useEffect(() => {
    let task: number | undefined;
    const frame = requestAnimationFrame(() => {
      task = window.setTimeout(() => startTransition(() => setChartWanted(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(task);
    };
  }, []);
  const chartPlaceholder = <p className="loading">{t('results.chartLoading')}</p>;
  const fit = decideFit(scores);
  // Carried parameters only: the link always opens as a full page, in the language on screen.
  const link = resultsLink(appUrlOf(window.location), { ...config, lang }, scores);

  return (
    <article className="results" aria-labelledby="results-title">
      <h1 id="results-title" ref={heading} tabIndex={-1}>
        {t('results.title')}
      </h1>
      <VerdictPanel fit={fit} />
      <ShareActions scores={scores} fit={fit} link={link} onRestart={onRepeat} />
      <figure className="radar" aria-labelledby="radar-title">
        <figcaption id="radar-title">{t('results.chartTitle')}</figcaption>
        <div className="radar-frame" aria-hidden="true">
          <Suspense fallback={chartPlaceholder}>
            {chartWanted ? <RadarChart scores={scores} /> : chartPlaceholder}
          </Suspense>
        </div>
        <ScoreTable scores={scores} />
      </figure>
      <section className="dimension-cards" aria-labelledby="cards-title">
        <h2 id="cards-title">{t('results.cardsTitle')}</h2>
        <p>{t('results.cardsIntro')}</p>
        {weakestFirst(scores).map((dimension) => (
          <DimensionCard key={dimension} dimension={dimension} score={scores[dimension]} />
        ))}
      </section>

      <footer className="print-only">
        <p>
          {t('results.printedFrom', {
            date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date()),
            link,
          })}
        </p>
        {config.va && config.contact && (
          <p>
            {t('results.printedContact', {
              name: config.va,
              contact: config.contact.replace(/^mailto:/, ''),
            })}
          </p>
        )}
      </footer>
    </article>
  );
}
