import * as z from 'zod/mini';
import {
  accentSchema,
  CONTACT_MAX_LENGTH,
  CONTACT_TOO_LONG,
  contactSchema,
  reportToSchema,
  VA_MAX_LENGTH,
  vaSchema,
  type AssistantSetup,
} from '../../config/params';
import { graphemesOf } from '../../lib/graphemes';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../i18n/languages';

/**
 * The generator's form. Each field defers to the validator the app applies to its link
 * (config/params.ts), so "valid" here means exactly what the quiz will accept; the only
 * additions are what a person types: an email without `mailto:`, a phone number for WhatsApp,
 * a colour without `#`.
 * Messages are keys of `assistants:errors`.
 */
export const GENERATOR_ERRORS = [
  'vaRequired',
  'vaTooLong',
  'contactInsecure',
  'contactInvalid',
  'contactPhoneCountry',
  'contactTooLong',
  'accentInvalid',
  'reportToInvalid',
] as const;
export type GeneratorError = (typeof GENERATOR_ERRORS)[number];

export const isGeneratorError = (message: string): message is GeneratorError =>
  (GENERATOR_ERRORS as readonly string[]).includes(message);

const issue = (message: GeneratorError, input: string) => ({ code: 'custom' as const, message, input });

const vaField = z.pipe(
  z.string(),
  z.transform((raw, ctx) => {
    // Say it is too long rather than let the link's schema shorten it behind the user's back.
    if (graphemesOf(raw.trim()).length > VA_MAX_LENGTH) ctx.issues.push(issue('vaTooLong', raw));
    else {
      const va = vaSchema.safeParse(raw);
      if (va.success) return va.data;
      ctx.issues.push(issue('vaRequired', raw));
    }
    return z.NEVER;
  }),
);

const BARE_EMAIL = /^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/;
const BARE_DOMAIN = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#]\S*)?$/i;
/** A phone number as people write it: `+34 600 11 22 33`, `0039 347-123.4567`, `(+39) 347…`. */
const PHONE = /^\(?(\+|00)?\)?[0-9][0-9 ().-]{6,20}$/;

/** The digits of a phone number with its country code (`+` or `00`), or undefined. */
const internationalDigitsOf = (text: string): string | undefined => {
  const match = PHONE.exec(text);
  return match?.[1] ? text.replace(/[^0-9]/g, '').replace(/^00/, '') : undefined;
};

/** A phone number without `+34`/`0039`: WhatsApp cannot tell which country it is in. */
export const isLocalPhoneNumber = (raw: string): boolean => {
  const text = raw.trim();
  return PHONE.test(text) && internationalDigitsOf(text) === undefined;
};

/** What the contact field takes: a long URL with room to spare, never a 100 KB paste. */
export const CONTACT_INPUT_MAX_LENGTH = CONTACT_MAX_LENGTH * 2;

/**
 * People type their email, site or phone as they say it; a link needs `mailto:`, `https://`
 * or `https://wa.me/` in front. Only a bare address or number is completed: anything with a
 * scheme is judged as it is. The patterns backtrack on long text, so only text of a sensible
 * length is matched at all.
 */
export const contactFromInput = (raw: string): string => {
  const text = raw.trim();
  if (text.length > CONTACT_INPUT_MAX_LENGTH) return text;
  if (BARE_EMAIL.test(text)) return `mailto:${text}`;
  const phone = internationalDigitsOf(text);
  if (phone) return `https://wa.me/${phone}`;
  return BARE_DOMAIN.test(text) ? `https://${text}` : text;
};

const contactField = z.pipe(
  z.string(),
  z.transform((raw, ctx) => {
    if (!raw.trim()) return undefined; // optional
    const contact = contactSchema.safeParse(contactFromInput(raw));
    if (contact.success) return contact.data;
    const tooLong =
      raw.length > CONTACT_INPUT_MAX_LENGTH ||
      contact.error.issues.some((i) => i.message === CONTACT_TOO_LONG);
    ctx.issues.push(
      issue(
        tooLong
          ? 'contactTooLong'
          : /^\s*http:/i.test(raw)
            ? 'contactInsecure'
            : isLocalPhoneNumber(raw)
              ? 'contactPhoneCountry'
              : 'contactInvalid',
        raw,
      ),
    );
    return z.NEVER;
  }),
);

const accentField = z.pipe(
  z.string(),
  z.transform((raw, ctx) => {
    const text = raw.trim();
    if (!text) return undefined; // optional: Delega's own colour
    const accent = accentSchema.safeParse(text.startsWith('#') ? text : `#${text}`);
    if (accent.success) return accent.data;
    ctx.issues.push(issue('accentInvalid', raw));
    return z.NEVER;
  }),
);

/**
 * The sites that may receive the scores, as an assistant writes them: `www.ana.es`,
 * `https://www.ana.es/contacto`, several separated by spaces or commas. Each becomes its
 * origin (`https://www.ana.es`), the only form the widget compares with its host page.
 */
export function reportToFromInput(raw: string): string {
  return raw
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((site) => {
      try {
        return new URL(/^[a-z][a-z0-9+.-]*:/i.test(site) ? site : `https://${site}`).origin;
      } catch {
        return site; // judged, and refused, as typed
      }
    })
    .join(' ');
}

const reportToField = z.pipe(
  z.string().check(z.maxLength(1000)),
  z.transform((raw, ctx) => {
    if (!raw.trim()) return undefined; // optional: the host page hears the verdict only
    const origins = reportToSchema.safeParse(reportToFromInput(raw));
    if (origins.success) return origins.data;
    ctx.issues.push(issue('reportToInvalid', raw));
    return z.NEVER;
  }),
);

const fields = {
  va: vaField,
  contact: contactField,
  lang: z.enum(LANGUAGES),
  accent: accentField,
  reportTo: reportToField,
};

export const generatorSchema = z.object(fields);

export type GeneratorValues = z.input<typeof generatorSchema>;

const validOrNothing = <T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined => {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
};

/**
 * What the link and the snippets carry: the valid fields, whatever state the form is in, read
 * one by one, so one invalid field leaves the others in the link. A contact without a name
 * stays out: the results page offers "Send my results to <name>" only with a name, so every
 * link would carry a contact no one could use.
 */
export function assistantSetupOf(values: Partial<GeneratorValues>): AssistantSetup {
  const va = validOrNothing(fields.va, values.va);
  return {
    lang: validOrNothing(fields.lang, values.lang) ?? DEFAULT_LANGUAGE,
    va,
    contact: va ? contactOf(values) : undefined,
    accent: validOrNothing(fields.accent, values.accent),
    reportTo: validOrNothing(fields.reportTo, values.reportTo),
  };
}

/** The contact typed, as the link would carry it once there is a name. */
export const contactOf = (values: Partial<GeneratorValues>) => validOrNothing(fields.contact, values.contact);

/** The fields typed as text, in the form's order. */
export const GENERATOR_TEXT_FIELDS = ['va', 'contact', 'accent', 'reportTo'] as const;
type TextFieldName = (typeof GENERATOR_TEXT_FIELDS)[number];

/**
 * What was typed but is left out of the link and the code, in the form's order: a field whose
 * text is not valid, and the name when a contact needs it. The page says so at once, without
 * waiting for a field to be left: an assistant could otherwise hand out a link that loses leads.
 */
export function droppedFieldsOf(values: Partial<GeneratorValues>, setup: AssistantSetup): TextFieldName[] {
  const typed = (name: TextFieldName) => !!values[name]?.trim();
  return GENERATOR_TEXT_FIELDS.filter((name) =>
    name === 'va' ? !setup.va && (typed('va') || typed('contact')) : typed(name) && setup[name] === undefined,
  );
}
