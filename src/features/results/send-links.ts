import { contactHref, type Contact } from '../../config/contact';

/**
 * The mail or WhatsApp chat "Send my results to …" opens, and the contact as printed. Here, with the results, rather than
 * in `config/paths.ts`: only the results send, and the first screen need not carry it.
 */

/** The contact as the printed page names it: the address, the page's host, or the number. */
export const contactText = (contact: Contact): string =>
  contact.kind === 'mail' ? contact.address : contact.kind === 'web' ? contact.host : `+${contact.number}`;

/** `?subject=…&body=…` as mail clients and WhatsApp read it: spaces as %20, never `+`. */
const queryOf = (fields: Record<string, string>) =>
  `?${new URLSearchParams(fields).toString().replace(/\+/g, '%20')}`;

/** A `mailto:` link to the assistant with a subject and body. */
export function buildMailto(
  contact: Extract<Contact, { kind: 'mail' }>,
  subject: string,
  body: string,
): string {
  return `${contactHref(contact)}${queryOf({ subject, body })}`;
}

/** A WhatsApp chat with the assistant, the message typed in and waiting to be sent. */
export function buildWhatsapp(contact: Extract<Contact, { kind: 'whatsapp' }>, text: string): string {
  return `${contactHref(contact)}${queryOf({ text })}`;
}
