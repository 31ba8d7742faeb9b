import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField, VERBATIM_INPUT } from '../../components/ui/form-field';
import { accentShades, DEFAULT_ACCENT } from '../../config/accent';
import type { GeneratorValues } from './generator-schema';

interface AccentFieldProps {
  /** The valid accent in the form, if any (the text field may hold something half-typed). */
  accent: string | undefined;
}

/**
 * The brand colour, two ways in step: the platform's colour picker and the hex code. The
 * picker writes the code; the code, once valid, moves the picker. Below, what the widget will
 * really show, since a colour without contrast is replaced by a readable shade of itself.
 */
export function AccentField({ accent }: AccentFieldProps) {
  const { t } = useTranslation('assistants');
  const pickerId = useId();
  const { setValue } = useFormContext<GeneratorValues>();
  const shades = accent ? accentShades(accent) : undefined;

  return (
    <fieldset className="field field-group accent-field">
      <legend className="field-label">{t('fields.accent.legend')}</legend>
      <div className="accent-controls">
        <div className="accent-picker">
          <label htmlFor={pickerId}>{t('fields.accent.picker')}</label>
          <input
            id={pickerId}
            type="color"
            value={accent ?? DEFAULT_ACCENT}
            onChange={(event) =>
              setValue('accent', event.target.value, {
                shouldValidate: true,
                shouldDirty: true,
                shouldTouch: true,
              })
            }
          />
        </div>
        <TextField<GeneratorValues>
          name="accent"
          label={t('fields.accent.hex')}
          hint={t('fields.accent.hint')}
          className="accent-hex"
          placeholder={DEFAULT_ACCENT}
          {...VERBATIM_INPUT}
        />
      </div>
      {/* Polite: it changes as the user types or drags, and must not interrupt. */}
      <div className="accent-note" aria-live="polite">
        {accent && shades && (
          <>
            <p>
              {shades.light === accent
                ? t('fields.accent.kept')
                : t('fields.accent.adjusted', { shade: shades.light })}
            </p>
            {shades.light !== accent && (
              <p className="accent-swatches" aria-hidden="true">
                <Swatch colour={accent} label={t('fields.accent.chosenSwatch')} />
                <span>→</span>
                <Swatch colour={shades.light} label={t('fields.accent.usedSwatch')} />
              </p>
            )}
            {shades.dark !== accent && <p>{t('fields.accent.dark', { shade: shades.dark })}</p>}
          </>
        )}
      </div>
    </fieldset>
  );
}

/** Colour goes through React's style property, i.e. CSSOM, which the app's CSP allows. */
const Swatch = ({ colour, label }: { colour: string; label: string }) => (
  <span className="accent-swatch">
    <span className="accent-swatch-chip" style={{ backgroundColor: colour }} />
    {label} <code>{colour}</code>
  </span>
);
