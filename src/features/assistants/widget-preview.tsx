import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FRAME_ALLOW, followWidgetFrames } from '../../embed/widget-frame';

interface WidgetPreviewProps {
  /** The widget's address, the same as in the iframe snippet. */
  src: string;
}

/**
 * The widget as a visitor sees it, sized to its content the way embed.js does it, with the
 * loader's own code. The frame is this page's origin, so that is the only origin listened to.
 */
export function WidgetPreview({ src }: WidgetPreviewProps) {
  const { t } = useTranslation('assistants');
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => followWidgetFrames(() => [frame.current], window.location.origin), []);
  return (
    <section className="generator-section widget-preview" aria-labelledby="widget-preview-title">
      <h2 id="widget-preview-title">{t('preview.title')}</h2>
      <p className="field-hint">{t('preview.hint')}</p>
      <div className="widget-preview-host">
        <iframe ref={frame} src={src} title={t('preview.frameTitle')} allow={FRAME_ALLOW} />
      </div>
    </section>
  );
}
