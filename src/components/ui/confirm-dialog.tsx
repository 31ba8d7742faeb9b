import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { importWithRetry } from '../../lib/lazy-chunk';
import { useApp } from '../../services/app-services';

// The dialog (and its styles) is fetched the first time a confirmation opens: the intro's
// "start over" is on the first screen, whose JavaScript budget has no room for it.
const ConfirmDialog = lazy(() =>
  importWithRetry(() => import('./confirm-dialog-box')).then((m) => ({ default: m.ConfirmDialog })),
);

/** The confirmations of the app: their texts live under these keys of `common` (title, body, confirm, cancel). */
type ConfirmTexts = 'intro.startOverConfirm' | 'results:restartConfirm' | 'results:history.deleteConfirm';

interface ConfirmButtonProps {
  className: string;
  children: ReactNode;
  texts: ConfirmTexts;
  /** For a body that counts (plural keys). */
  count?: number;
  onConfirm: () => void;
}

/**
 * A button that asks first. Centred over the page as a modal, except in a widget, where the
 * "viewport" is the whole frame and the dialog opens in place, next to the button.
 */
export function ConfirmButton({ className, children, texts, count, onConfirm }: ConfirmButtonProps) {
  // The results' confirmations are only ever shown on screens that have loaded their strings.
  const { t } = useTranslation(texts.startsWith('results:') ? ['common', 'results'] : ['common']);
  const { host } = useApp();
  const [open, setOpen] = useState(false);
  const [asked, setAsked] = useState(false); // mounted from the first "open" on, so it can close itself
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => {
          setAsked(true);
          setOpen(true);
        }}
      >
        {children}
      </button>
      {asked && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open={open}
            modal={!host.embedded}
            title={t(`${texts}.title`)}
            body={t(`${texts}.body`, { count })}
            confirmLabel={t(`${texts}.confirm`)}
            cancelLabel={t(`${texts}.cancel`)}
            onConfirm={() => {
              setOpen(false);
              onConfirm();
            }}
            onCancel={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}

/** "Start over", from the intro or mid-quiz: the same question, counting the answers it deletes. */
export function StartOverButton({
  className,
  answered,
  onStartOver,
  children,
}: {
  className: string;
  answered: number;
  onStartOver: () => void;
  children: ReactNode;
}) {
  return (
    <ConfirmButton
      className={className}
      texts="intro.startOverConfirm"
      count={answered}
      onConfirm={onStartOver}
    >
      {children}
    </ConfirmButton>
  );
}
