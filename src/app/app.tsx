import { Suspense, useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/ui/language-switch';
import { StoreNoticeBanner } from '../components/ui/store-notice-banner';
import { appUrlOf, paths, quizLink } from '../config/paths';
import { IntroScreen } from '../features/intro/intro-screen';
import { countAnswered } from '../quiz/progress';
import { STATEMENTS } from '../quiz/questions';
import { isComplete, scoreAnswers, type Scores } from '../quiz/score-answers';
import { useApp, useLanguage, useQuizState } from '../services/app-services';
import { navigate, usePage } from '../services/navigation';
import { ErrorBoundary } from './error-boundary';
import { useFetchAhead } from './fetch-ahead';
import type { PageScreens } from './pages';

/** The loading line a screen shows while its code arrives: a widget keeps its height meanwhile. */
export const LOADING_CLASS = 'loading';
export const isLoadingIn = (content: Element): boolean => content.querySelector(`.${LOADING_CLASS}`) !== null;

/**
 * The shell: the screen switch, and what belongs to a run rather than to a screen — telling a
 * host page when a run starts (the quiz tells it how one ended: `finishRun`), starting over,
 * and fetching the next page's code ahead.
 */
export function App({ screens }: { screens: PageScreens }) {
  const { t } = useTranslation();
  const { config, host, history, language } = useApp();
  const { store, state, notice } = useQuizState();
  const lang = useLanguage();
  const page = usePage();
  const { quiz, results, assistants } = screens;
  const [QuizScreen, ResultsScreen, GeneratorPage] = [quiz.Screen, results.Screen, assistants.Screen];
  const AssistantViewScreen = screens['assistant-view'].Screen;
  const run = useSyncExternalStore(store.subscribe, store.getRun, store.getRun);
  const answered = countAnswered(state.answers);

  // `delega:start` once per new run: when the quiz first shows with nothing answered yet, and
  // again after every start-over; a run resumed after a reload was announced already.
  const announcedRun = useRef<number | null>(null);
  useEffect(() => {
    if (page !== 'quiz' || announcedRun.current === run) return;
    announcedRun.current = run;
    if (answered === 0) host.notify({ type: 'delega:start' });
  }, [page, run, host, answered]);

  // Each entry remembers where it came from, so the quiz's own "back" can walk the history.
  const fromHere = () => ({ state: { from: window.location.hash } });

  const startOver = () => {
    store.clear();
    navigate(paths.quiz(), fromHere());
  };

  // From inside the quiz: the old statements' entries become unreachable and open statement 1.
  const startOverInQuiz = () => {
    store.clear();
    navigate(paths.statement(1), { replace: true });
  };

  // Answers that said nothing: start afresh on the first statement, nothing kept to lean on.
  const answerAgain = () => {
    store.clear();
    navigate(paths.statement(1));
  };

  const repeat = () => {
    store.clear();
    navigate(paths.intro());
  };

  // The quiz is the owner's: leave the assistant's reading behind. `view` is read once, at start,
  // so this is a new page load, without it.
  const takeQuizWithoutView = () => {
    const { va, contact, accent } = config;
    window.location.assign(quizLink(appUrlOf(window.location), { lang, va, contact, accent }));
  };

  const restart = (clearAnswers: boolean) => {
    if (clearAnswers) store.clear();
    navigate(paths.intro(), { replace: true });
  };

  useFetchAhead(screens, page, answered);
  const report = answered === STATEMENTS.length ? scoreAnswers(state.answers) : undefined;
  const finished = report && isComplete(report) ? report.scores : undefined;
  // The results of the run on record, with the response check's verdict on its answers: a run
  // that said nothing must not show a verdict the second time it is opened. The check is the
  // quiz's code, fetched here only when asked for (the first screen does without it).
  // The finished run on record is the last one this browser kept (a run is kept when it ends).
  const viewResults = async (scores: Scores) => {
    const { checkResponses } = await import('../quiz/response-check');
    const { flags } = checkResponses(store.getState().answers);
    const run = flags.length === 0 ? history.list().at(-1)?.date : undefined;
    navigate(paths.results(scores, flags), { state: { run } });
  };

  return (
    <div className={page === 'assistants' ? 'app app-wide' : 'app'}>
      <header className="topbar">
        <p className="brand">
          <span className="brand-name">{t('app.name')}</span>
          {config.va && <span className="offered-by">{t('app.offeredBy', { name: config.va })}</span>}
        </p>
        <LanguageSwitch onChange={language.change} />
      </header>
      <main className={page === 'intro' ? 'content' : 'content content-lazy'}>
        {notice && <StoreNoticeBanner notice={notice} onDismiss={store.dismissNotice} />}
        <ErrorBoundary onRestart={restart}>
          <Suspense fallback={<p className={LOADING_CLASS}>{t('app.loading')}</p>}>
            {page === 'assistants' ? (
              <GeneratorPage />
            ) : page === 'assistant-view' ? (
              <AssistantViewScreen onTakeQuiz={takeQuizWithoutView} />
            ) : page === 'quiz' ? (
              <QuizScreen onExit={() => navigate(paths.intro())} onStartOver={startOverInQuiz} />
            ) : page === 'results' ? (
              <ResultsScreen
                onRepeat={repeat}
                onAnswerAgain={answerAgain}
                onTakeQuiz={() => navigate(paths.quiz())}
                radar={screens.radar}
              />
            ) : (
              <IntroScreen
                answered={answered}
                total={STATEMENTS.length}
                onStart={() => navigate(paths.quiz(), fromHere())}
                onViewResults={finished && (() => void viewResults(finished))}
                onStartOver={startOver}
              />
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
      {!host.embedded && (
        <footer className="footer">
          <p>{t('app.footer')}</p>
          {!config.va && page !== 'assistants' && (
            <p>
              <a href={paths.generator(lang)}>{t('app.forAssistants')}</a>
            </p>
          )}
        </footer>
      )}
    </div>
  );
}
