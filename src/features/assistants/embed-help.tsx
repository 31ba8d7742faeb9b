import { useTranslation } from 'react-i18next';
import { FRAME_HEIGHT } from '../../embed/widget-frame';

const PLATFORMS = ['wordpress', 'wix', 'html'] as const;

/** Where each snippet goes on the platforms assistants use most, and what the widget does not do. */
export function EmbedHelp() {
  const { t } = useTranslation('assistants');
  return (
    <section className="generator-section embed-help" aria-labelledby="embed-help-title">
      <h2 id="embed-help-title">{t('help.title')}</h2>
      <dl>
        {PLATFORMS.map((platform) => (
          <div key={platform}>
            <dt>{t(`help.${platform}Name`)}</dt>
            <dd>{t(`help.${platform}`, { height: FRAME_HEIGHT })}</dd>
          </div>
        ))}
      </dl>
      <p>{t('help.contrast')}</p>
      <p>{t('help.privacy')}</p>
    </section>
  );
}
