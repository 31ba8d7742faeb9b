import * as z from 'zod/mini';
import { accentSchema, contactSchema, VA_MAX_LENGTH, vaSchema } from '../../config/params';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../i18n/languages';

/**
 * The generator's form. Each field defers to the validator the app applies to its link
 * (config/params.ts), so "valid" here means exactly what the quiz will accept; the only
 * additions are what a person types: an email without `mailto:`, a colour without `#`.
 * Messages are keys of `assistants:errors`.
 */
export const GENERATOR_ERRORS = [
  'vaRequired',
  'vaTooLong',
  'contactInsecure',
  'contactInvalid',
  'accentInvalid',
] as const;
export type GeneratorError = (typeof GENERATOR_ERRORS)[number];

export const isGeneratorError = (message: string): message is GeneratorError =>
  (GENERATOR_ERRORS as readonly string[]).includes(message);

const issue = (message: GeneratorError, input: string) => ({ code: 'custom' as const, message, input });

const vaField = z.pipe(
  z.string(),
  z.transform((raw, ctx) => {
    // Say it is too long rather than let the link's schema shorten it behind the user's back.
    if (raw.trim().length > VA_MAX_LENGTH) ctx.issues.push(issue('vaTooLong', raw));
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

/**
 * People type their email or site as they say it; a link needs `mailto:` or `https://` in
 * front. Only a bare domain is completed: anything with a scheme is judged as it is.
 */
export const contactFromInput = (raw: string): string => {
  const text = raw.trim();
  if (BARE_EMAIL.test(text)) return `mailto:${text}`;
  return BARE_DOMAIN.test(text) ? `https://${text}` : text;
};

const contactField = z.pipe(
  z.string(),
  z.transform((raw, ctx) => {
    if (!raw.trim()) return undefined; // optional
    const contact = contactSchema.safeParse(contactFromInput(raw));
    if (contact.success) return contact.data;
    ctx.issues.push(issue(/^\s*http:/i.test(raw) ? 'contactInsecure' : 'contactInvalid', raw));
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

export const generatorSchema = z.object({
  va: vaField,
  contact: contactField,
  lang: z.enum(LANGUAGES),
  accent: accentField,
  reportScores: z.boolean(),
});

export type GeneratorValues = z.input<typeof generatorSchema>;

/** What the link and the snippets carry: only the valid fields, whatever state the form is in. */
export interface WidgetSettings {
  readonly lang: Language;
  readonly va?: string;
  readonly contact?: string;
  readonly accent?: string;
  readonly reportScores: boolean;
}

const validOrNothing = <T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined => {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
};

/** Reads the fields one by one, so one invalid field leaves the others in the link. */
export function widgetSettingsOf(values: Partial<GeneratorValues>): WidgetSettings {
  const { shape } = generatorSchema;
  return {
    lang: validOrNothing(shape.lang, values.lang) ?? DEFAULT_LANGUAGE,
    va: validOrNothing(shape.va, values.va),
    contact: validOrNothing(shape.contact, values.contact),
    accent: validOrNothing(shape.accent, values.accent),
    reportScores: values.reportScores === true,
  };
}
