import { useTranslation } from 'react-i18next';
import type { StoreNotice } from '../../state/answer-store';

interface StoreNoticeBannerProps {
  notice: Exclude<StoreNotice, null>;
  onDismiss: () => void;
}

/** Says once that saved progress was damaged or cannot be saved; the quiz goes on either way. */
export function StoreNoticeBanner({ notice, onDismiss }: StoreNoticeBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="banner" role="status">
      <p>{t(`storage.${notice}`)}</p>
      <button type="button" className="button text" onClick={onDismiss}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}
