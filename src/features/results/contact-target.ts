/**
 * Where "Send my results" goes, as a visitor should read it before tapping: the one email
 * address of a mailto: contact, or the host name of an https: one (punycode as the browser
 * shows it, so a look-alike domain does not pass for another).
 */
export type ContactTarget =
  { readonly kind: 'mail'; readonly address: string } | { readonly kind: 'web'; readonly host: string };

export function contactTargetOf(contact: string): ContactTarget | undefined {
  try {
    const url = new URL(contact);
    if (url.protocol === 'mailto:') return { kind: 'mail', address: decodeURIComponent(url.pathname) };
    if (url.protocol === 'https:') return { kind: 'web', host: url.hostname };
  } catch {
    // a contact is validated before it gets here; nothing to show otherwise
  }
  return undefined;
}
