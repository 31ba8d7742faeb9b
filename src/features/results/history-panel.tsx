import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ui/confirm-dialog';

/** What this browser keeps of earlier runs, and one confirmed action to forget it. */
export function HistoryPanel({ kept, onClear }: { kept: number; onClear: () => void }) {
  const { t } = useTranslation(['common', 'results']);
  const [cleared, setCleared] = useState(false);
  if (kept === 0 && !cleared) return null;
  return (
    <section className="history-panel" aria-labelledby="history-title">
      <h2 id="history-title">{t('results:history.title')}</h2>
      <div role="status">{cleared && <p>{t('results:history.deleted')}</p>}</div>
      {kept > 0 && (
        <>
          <p>{t('results:history.note', { count: kept })}</p>
          <ConfirmButton
            className="button text"
            texts="results:history.deleteConfirm"
            count={kept}
            onConfirm={() => {
              onClear();
              setCleared(true);
            }}
          >
            {t('results:history.delete')}
          </ConfirmButton>
        </>
      )}
    </section>
  );
}
