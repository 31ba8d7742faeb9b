import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Starts again; `clearAnswers` only when the user asks for it. */
  onRestart: (clearAnswers: boolean) => void;
}

/** The last line of defence: a friendly message in the current language instead of a blank page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('Delega stopped on an unexpected error', error);
  }

  private restart = (clearAnswers: boolean) => {
    this.setState({ failed: false });
    this.props.onRestart(clearAnswers);
  };

  override render() {
    return this.state.failed ? <ErrorMessage onRestart={this.restart} /> : this.props.children;
  }
}

function ErrorMessage({ onRestart }: { onRestart: (clearAnswers: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <section className="panel notice-panel" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{t('errors.crash.title')}</h1>
      <p>{t('errors.crash.body')}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => onRestart(false)}>
          {t('errors.crash.restart')}
        </button>
        <button type="button" className="button secondary" onClick={() => onRestart(true)}>
          {t('errors.crash.clear')}
        </button>
      </div>
    </section>
  );
}
