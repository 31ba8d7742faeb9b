import * as z from 'zod/mini';
import {
  accentSchema,
  CONTACT_MAX_LENGTH,
  CONTACT_TOO_LONG,
  contactSchema,
  reportToSchema,
  VA_MAX_LENGTH,
  vaSchema,
} from '../../config/params';
import { graphemesOf } from '../../lib/graphemes';
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

/** What the contact field takes: a long URL with room to spare, never a 100 KB paste. */
export const CONTACT_INPUT_MAX_LENGTH = CONTACT_MAX_LENGTH * 2;

/**
 * People type their email or site as they say it; a link needs `mailto:` or `https://` in
 * front. Only a bare domain is completed: anything with a scheme is judged as it is. The
 * patterns backtrack on long text, so only text of a sensible length is matched at all.
 */
export const contactFromInput = (raw: string): string => {
  const text = raw.trim();
  if (text.length > CONTACT_INPUT_MAX_LENGTH) return text;
  if (BARE_EMAIL.test(text)) return `mailto:${text}`;
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
      issue(tooLong ? 'contactTooLong' : /^\s*http:/i.test(raw) ? 'contactInsecure' : 'contactInvalid', raw),
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

export const generatorSchema = z.object({
  va: vaField,
  contact: contactField,
  lang: z.enum(LANGUAGES),
  accent: accentField,
  reportTo: reportToField,
});

export type GeneratorValues = z.input<typeof generatorSchema>;

/** What the link and the snippets carry: only the valid fields, whatever state the form is in. */
export interface WidgetSettings {
  readonly lang: Language;
  readonly va?: string;
  readonly contact?: string;
  readonly accent?: string;
  /** The only sites that may hear the scores (`report=scores` + `report-to`); none: verdict only. */
  readonly reportTo?: readonly string[];
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
    reportTo: validOrNothing(shape.reportTo, values.reportTo),
  };
}
