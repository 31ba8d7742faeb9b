import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import { navigate, useHash } from '../../app/navigation';
import { useHeadingFocus } from '../../components/ui/use-heading-focus';
import { appUrlOf, buildResultsLink, parseResultsHash } from '../../config/links';
import { isLanguage } from '../../i18n/languages';
import { decideFit, DIMENSIONS, type Scores } from '../../quiz';
import { DamagedLink } from './damaged-link';
import { DimensionCard } from './dimension-card';
import { ScoreTable } from './score-table';
import { ShareActions } from './share-actions';
import { VerdictPanel } from './verdict-panel';
import './results.css';

// recharts is the heaviest piece of the app: fetched only once the results are on screen.
const RadarChart = lazy(() => import('./radar-chart').then((m) => ({ default: m.RadarChart })));

/** Weakest first, so the cards start with what to work on; ties keep the quiz order. */
const weakestFirst = (scores: Scores) =>
  [...DIMENSIONS].sort((a, b) => scores[a] - scores[b] || DIMENSIONS.indexOf(a) - DIMENSIONS.indexOf(b));

export function ResultsScreen() {
  useTranslation('quiz'); // suspends until the dimension texts have arrived
  const link = parseResultsHash(useHash());
  if (!link.ok) {
    return <DamagedLink missing={link.missing} invalid={link.invalid} onTakeQuiz={() => navigate('#quiz')} />;
  }
  return <Results scores={link.scores} />;
}

function Results({ scores }: { scores: Scores }) {
  const { t, i18n } = useTranslation(['common', 'quiz']);
  const { config, answers } = useApp();
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
  const lang = isLanguage(i18n.language) ? i18n.language : config.lang;
  const link = buildResultsLink(appUrlOf(window.location), { ...config, lang }, scores);

  const restart = () => {
    answers.clear();
    navigate('');
  };

  return (
    <article className="results" aria-labelledby="results-title">
      <h1 id="results-title" ref={heading} tabIndex={-1}>
        {t('results.title')}
      </h1>
      <VerdictPanel fit={fit} scores={scores} />
      <ShareActions scores={scores} fit={fit} link={link} onRestart={restart} />
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
            date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date()),
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
