import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../services/app-services';
import './confirm-dialog.css';

interface ConfirmDialogProps {
  open: boolean;
  /**
   * A modal dialog is centred in the viewport. Inside a widget the "viewport" is the whole
   * frame, as tall as its content, so there it opens in place, next to what triggered it.
   */
  modal: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A native dialog: focus moves into it and Escape cancels, as the platform does it. */
export function ConfirmDialog({
  open,
  modal,
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (modal && typeof dialog.showModal === 'function') dialog.showModal();
      else if (typeof dialog.show === 'function') dialog.show();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open, modal]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onKeyDown={(event) => {
        // A dialog opened in place gets no "cancel" event from Escape: handle it here.
        if (event.key === 'Escape' && !modal) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <p id={bodyId}>{body}</p>
      <div className="actions">
        <button type="button" className="button secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="button primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

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
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {children}
      </button>
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
