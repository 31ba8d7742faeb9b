import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form, useZodForm, type ErrorText } from '../../components/ui/form';
import { ChoiceField, TextField, VERBATIM_INPUT } from '../../components/ui/form-field';
import { appLink, appUrlOf } from '../../config/paths';
import { CONTACT_MAX_LENGTH, VA_MAX_LENGTH } from '../../config/params';
import { FRAME_HEIGHT } from '../../embed/widget-frame';
import { LANGUAGE_NAMES, LANGUAGES } from '../../i18n/languages';
import { useLanguage } from '../../services/app-services';
import { AccentField } from './accent-field';
import { ContactNote } from './contact-note';
import { CopyField } from './copy-field';
import { EmbedHelp } from './embed-help';
import { FramedGenerator, isFramed } from './framed-generator';
import {
  assistantSetupOf,
  CONTACT_INPUT_MAX_LENGTH,
  contactOf,
  droppedFieldsOf,
  GENERATOR_TEXT_FIELDS,
  generatorSchema,
  isGeneratorError,
  type GeneratorValues,
} from './generator-schema';
import { directLinkOf, iframeSnippet, scriptSnippet, widgetSrcOf } from './snippets';
import { ReadingLinkForm } from './reading-link-form';
import { useDebouncedValue } from './use-debounced-value';
import { WidgetPreview } from './widget-preview';
import './generator.css';

const LANGUAGE_CHOICES = LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang], lang }));

/** Long enough to finish a word, short enough to feel live: the preview reloads the whole widget. */
const PREVIEW_DELAY_MS = 600;

/**
 * `?for=assistants`: an assistant fills in name, contact, language and colour and gets, always
 * in step with the fields, the direct link, the two embed snippets and a live preview. Inside
 * another site's frame, only a link to open it in a tab of its own (framed-generator.tsx).
 */
export function GeneratorPage() {
  return isFramed() ? <FramedGenerator /> : <Generator />;
}

function Generator() {
  const { t } = useTranslation('assistants');
  const lang = useLanguage();
  const form = useZodForm(generatorSchema, {
    defaultValues: {
      va: '',
      contact: '',
      lang,
      accent: '',
      reportTo: '',
    },
  });
  const values = useWatch({ control: form.control });

  const appUrl = appUrlOf(window.location);
  const settings = assistantSetupOf(values);
  const contact = contactOf(values);
  // Whatever the link and the code leave out is said now, on its field, not once the field is
  // left: the name above all, which a contact needs and which no one may have visited yet. The
  // field being typed in waits for its blur, so a half-typed address is not called wrong.
  const dropped = droppedFieldsOf(values, settings);
  const droppedKey = dropped.join(' ');
  const { trigger, getFieldState } = form;
  useEffect(() => {
    const typing = document.activeElement?.getAttribute('name');
    const isDropped = (name: string) => droppedKey.split(' ').includes(name);
    // Dropped fields get their error now; a field the effect flagged that is fine again loses it.
    const toCheck = GENERATOR_TEXT_FIELDS.filter((name) =>
      isDropped(name) ? name !== typing : getFieldState(name).invalid,
    );
    if (toCheck.length) void trigger(toCheck);
  }, [droppedKey, trigger, getFieldState]);
  const previewSrc = useDebouncedValue(widgetSrcOf(appUrl, settings), PREVIEW_DELAY_MS);
  const directLink = directLinkOf(appUrl, settings);
  const quizLink = appLink(appUrl, { lang });

  const errorText: ErrorText = (message) =>
    isGeneratorError(message)
      ? t(`errors.${message}`, { max: VA_MAX_LENGTH, contactMax: CONTACT_MAX_LENGTH })
      : t('errors.generic');

  return (
    <div className="generator">
      <p className="generator-back">
        <a href={quizLink}>
          <span aria-hidden="true">←</span>
          {t('generator.backToQuiz')}
        </a>
      </p>
      <h1>{t('generator.title')}</h1>
      <p className="lead">{t('generator.lead')}</p>

      <section className="generator-section" aria-labelledby="generator-form-title">
        <h2 id="generator-form-title">{t('generator.formTitle')}</h2>
        <Form form={form} errorText={errorText} aria-labelledby="generator-form-title">
          <TextField<GeneratorValues>
            name="va"
            label={t('fields.va.label')}
            hint={t('fields.va.hint')}
            autoComplete="name"
            required
          />
          <TextField<GeneratorValues>
            name="contact"
            label={t('fields.contact.label')}
            hint={t('fields.contact.hint')}
            {...VERBATIM_INPUT}
            maxLength={CONTACT_INPUT_MAX_LENGTH}
          />
          <ContactNote contact={contact} />
          <ChoiceField<GeneratorValues>
            name="lang"
            legend={t('fields.lang.legend')}
            hint={t('fields.lang.hint')}
            choices={LANGUAGE_CHOICES}
          />
          <AccentField accent={settings.accent} />
          <TextField<GeneratorValues>
            name="reportTo"
            label={t('fields.report.label')}
            hint={t('fields.report.hint')}
            {...VERBATIM_INPUT}
            maxLength={1000}
          />
        </Form>
      </section>

      <section className="generator-section" aria-labelledby="generator-output-title">
        <h2 id="generator-output-title">{t('output.title')}</h2>
        <div role="status">
          {dropped.length > 0 && (
            <p className="generator-incomplete">
              {contact && !settings.va ? t('output.needsName') : t('output.incomplete')}
            </p>
          )}
        </div>
        <CopyField
          label={t('output.link.label')}
          hint={t('output.link.hint')}
          value={directLink}
          copyLabel={t('output.link.copy')}
          copiedText={t('output.link.copied')}
          rows={3}
        >
          <a className="button text" href={directLink} target="_blank" rel="noopener noreferrer">
            {t('output.link.open')}
          </a>
        </CopyField>
        <CopyField
          label={t('output.script.label')}
          hint={t('output.script.hint')}
          value={scriptSnippet(appUrl, settings)}
          copyLabel={t('output.script.copy')}
          copiedText={t('output.script.copied')}
          rows={4}
        />
        <CopyField
          label={t('output.iframe.label')}
          hint={t('output.iframe.hint', { height: FRAME_HEIGHT })}
          value={iframeSnippet(appUrl, settings)}
          copyLabel={t('output.iframe.copy')}
          copiedText={t('output.iframe.copied')}
          rows={9}
        />
      </section>

      <ReadingLinkForm />
      <EmbedHelp />
      <WidgetPreview src={previewSrc} />
    </div>
  );
}
