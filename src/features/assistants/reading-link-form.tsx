import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, useZodForm, type ErrorText } from '../../components/ui/form';
import { TextField } from '../../components/ui/form-field';
import { appUrlOf } from '../../config/paths';
import { isReadingError, readingLinkSchema, type ReadingLinkValues } from './reading-link-schema';

/** An assistant pastes the results link a client sent and opens the reading made for them. */
export function ReadingLinkForm() {
  const { t } = useTranslation('assistants');
  const schema = useMemo(() => readingLinkSchema(appUrlOf(window.location)), []);
  // Judged on submit, not on blur: an error appearing as the field loses focus would push the
  // button down between press and release, and the click would be lost.
  const form = useZodForm(schema, { mode: 'onSubmit', defaultValues: { link: '' } });
  const errorText: ErrorText = (message) =>
    isReadingError(message) ? t(`errors.${message}`) : t('errors.generic');

  return (
    <section className="generator-section" aria-labelledby="reading-form-title">
      <h2 id="reading-form-title">{t('reading.title')}</h2>
      <p>{t('reading.lead')}</p>
      <Form
        form={form}
        errorText={errorText}
        aria-labelledby="reading-form-title"
        onSubmit={({ link }) => window.location.assign(link)}
      >
        <TextField<ReadingLinkValues>
          name="link"
          type="url"
          label={t('reading.label')}
          hint={t('reading.hint')}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          dir="ltr"
        />
        <div className="actions">
          <button type="submit" className="button primary">
            {t('reading.open')}
          </button>
        </div>
      </Form>
    </section>
  );
}
