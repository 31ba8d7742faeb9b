import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/ui/language-switch';
import { StoreNoticeBanner } from '../components/ui/store-notice-banner';
import { generatorHref, scoresHash, screenOf, type Screen } from '../config/links';
import type { AppConfig } from '../config/params';
import { IntroScreen } from '../features/intro/intro-screen';
import { rememberLanguage, type Language } from '../i18n/languages';
import { countAnswered } from '../quiz/progress';
import { STATEMENTS } from '../quiz/questions';
import { isComplete, scoreAnswers } from '../quiz/score-answers';
import { useApp, useQuizState } from './app-context';
import { ErrorBoundary } from './error-boundary';
import { navigate, useHash } from './navigation';

// Everything past the first screen is its own chunk (README, "Performance").
const screens = {
  quiz: () => import('../features/quiz/quiz-screen'),
  results: () => import('../features/results/results-screen'),
  assistants: () => import('../features/assistants/generator-page'),
};
const QuizScreen = lazy(() => screens.quiz().then((m) => ({ default: m.QuizScreen })));
const ResultsScreen = lazy(() => screens.results().then((m) => ({ default: m.ResultsScreen })));
const GeneratorPage = lazy(() => screens.assistants().then((m) => ({ default: m.GeneratorPage })));

type Page = Screen | 'assistants';

/** The page a URL opens on: the generator, or the screen in the hash. */
export const pageOf = (config: AppConfig, hash: string): Page =>
  config.page === 'assistants' ? 'assistants' : screenOf(hash);

/**
 * Starts fetching the code of the page a link opens on while the strings load, so a results
 * link paints in one round trip after start-up instead of three.
 */
export function preloadPage(page: Page) {
  if (page !== 'intro') void screens[page]();
}

export function App() {
  const { t, i18n } = useTranslation();
  const { config, storage } = useApp();
  const { store, state, notice } = useQuizState();
  const screen = screenOf(useHash());

  const changeLanguage = useCallback(
    (language: Language) => {
      rememberLanguage(storage, language);
      void i18n.changeLanguage(language);
      // Keep a reload (and any copied link) in the language the user chose.
      const url = new URL(window.location.href);
      if (url.searchParams.has('lang')) {
        url.searchParams.set('lang', language);
        window.history.replaceState(window.history.state, '', url);
      }
    },
    [i18n, storage],
  );

  const startOver = () => {
    store.clear();
    navigate('#quiz');
  };

  const restart = (clearAnswers: boolean) => {
    if (clearAnswers) store.clear();
    navigate('', { replace: true });
  };

  const answered = countAnswered(state.answers);
  const report = answered === STATEMENTS.length ? scoreAnswers(state.answers) : undefined;
  const finished = report && isComplete(report) ? report.scores : undefined;

  return (
    <div className={config.page === 'assistants' ? 'app app-wide' : 'app'}>
      <header className="topbar">
        <p className="brand">
          <span className="brand-name">{t('app.name')}</span>
          {config.va && <span className="offered-by">{t('app.offeredBy', { name: config.va })}</span>}
        </p>
        <LanguageSwitch onChange={changeLanguage} />
      </header>
      <main id="main" className="content">
        {notice && <StoreNoticeBanner notice={notice} onDismiss={store.dismissNotice} />}
        <ErrorBoundary onRestart={restart}>
          <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
            {config.page === 'assistants' ? (
              <GeneratorPage />
            ) : screen === 'quiz' ? (
              <QuizScreen />
            ) : screen === 'results' ? (
              <ResultsScreen />
            ) : (
              <IntroScreen
                answered={answered}
                total={STATEMENTS.length}
                embedded={config.embed}
                onStart={() => navigate('#quiz')}
                onViewResults={finished && (() => navigate(scoresHash(finished)))}
                onStartOver={startOver}
              />
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
      {!config.embed && (
        <footer className="footer">
          <p>{t('app.footer')}</p>
          {!config.va && config.page === 'quiz' && (
            <p>
              <a href={generatorHref(i18n.language)}>{t('app.forAssistants')}</a>
            </p>
          )}
        </footer>
      )}
    </div>
  );
}
