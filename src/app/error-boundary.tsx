import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChunkLoadError } from '../lib/lazy-chunk';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Starts again; `clearAnswers` only when the user asks for it. */
  onRestart: (clearAnswers: boolean) => void;
}

type Failure = 'none' | 'crash' | 'chunk';

/**
 * The last line of defence: a friendly message in the current language instead of a blank page.
 * A part of the app that could not be fetched (a deploy removed it, the network dropped) asks
 * for a reload, which keeps the answers; anything else offers to start again.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failure: Failure }> {
  override state: { failure: Failure } = { failure: 'none' };

  static getDerivedStateFromError(error: unknown): { failure: Failure } {
    return { failure: error instanceof ChunkLoadError ? 'chunk' : 'crash' };
  }

  override componentDidCatch(error: unknown) {
    console.error('Delega stopped on an unexpected error', error);
  }

  private restart = (clearAnswers: boolean) => {
    this.setState({ failure: 'none' });
    this.props.onRestart(clearAnswers);
  };

  override render() {
    switch (this.state.failure) {
      case 'chunk':
        return <ChunkMessage />;
      case 'crash':
        return <CrashMessage onRestart={this.restart} />;
      default:
        return this.props.children;
    }
  }
}

function ChunkMessage() {
  const { t } = useTranslation();
  return (
    <ErrorPanel title={t('errors.chunk.title')} body={t('errors.chunk.body')}>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        {t('errors.chunk.reload')}
      </button>
    </ErrorPanel>
  );
}

function CrashMessage({ onRestart }: { onRestart: (clearAnswers: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <ErrorPanel title={t('errors.crash.title')} body={t('errors.crash.body')}>
      <button type="button" className="button primary" onClick={() => onRestart(false)}>
        {t('errors.crash.restart')}
      </button>
      <button type="button" className="button secondary" onClick={() => onRestart(true)}>
        {t('errors.crash.clear')}
      </button>
    </ErrorPanel>
  );
}

function ErrorPanel({ title, body, children }: { title: string; body: string; children: ReactNode }) {
  return (
    <section className="panel notice-panel" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{title}</h1>
      <p>{body}</p>
      <div className="actions">{children}</div>
    </section>
  );
}
