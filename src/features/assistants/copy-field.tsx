import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './copy-text';

interface CopyFieldProps {
  label: string;
  hint: string;
  /** The text to copy: shown read-only, so it can also be selected by hand. */
  value: string;
  copyLabel: string;
  /** Announced after a successful copy. */
  copiedText: string;
  rows: number;
  /** More actions beside the copy button (e.g. "open the link"). */
  children?: ReactNode;
}

interface CopyStatus {
  text: string;
  /** The value it refers to: once the fields change, "copied" would be stale and is hidden. */
  value: string;
  /** A new node each time, so the same words are announced again on a second copy. */
  count: number;
}

/** A labelled, read-only code block with a copy button and a polite live region for the outcome. */
export function CopyField({ label, hint, value, copyLabel, copiedText, rows, children }: CopyFieldProps) {
  const { t } = useTranslation('assistants');
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<CopyStatus | null>(null);

  const copy = async () => {
    const copied = await copyText(value, field.current);
    setStatus((previous) => ({
      text: copied ? copiedText : t('output.copyFailed'),
      value,
      count: (previous?.count ?? 0) + 1,
    }));
  };

  return (
    <div className="copy-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <textarea
        ref={field}
        id={id}
        className="copy-field-code"
        value={value}
        rows={rows}
        readOnly
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        aria-describedby={`${id}-hint`}
        dir="ltr"
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="copy-field-actions">
        <button type="button" className="button secondary" onClick={() => void copy()}>
          {copyLabel}
        </button>
        {children}
      </div>
      <p className="copy-field-status" role="status">
        {status && status.value === value && <span key={status.count}>{status.text}</span>}
      </p>
    </div>
  );
}
