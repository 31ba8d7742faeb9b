/**
 * Where an owner can send their results, read once from the link's `contact` (README, "Links")
 * and used everywhere as this value: no feature looks at the URL's scheme again. Zod-free on
 * purpose: the parsing at the edge (`contactSchema`, params.ts) and the links built from it
 * (paths.ts) share it.
 */
export type Contact =
  /** One e-mail address; its domain in punycode, so a look-alike shows as what it is. */
  | { readonly kind: 'mail'; readonly address: string }
  /** A web page, and its host as the browser spells it (punycode), shown beside the button. */
  | { readonly kind: 'web'; readonly url: string; readonly host: string }
  /** A WhatsApp number in international form, digits only (country code first, no `+`). */
  | { readonly kind: 'whatsapp'; readonly number: string };

/**
 * Exactly one address: no second recipient (`a@b.com,x@y.com`, `;`), no header smuggled in the
 * path (`a@b.com%3Fbcc=x`), no query of its own (`?cc=`). Letters of any script are fine.
 */
const ONE_MAIL_ADDRESS = /^[\p{L}\p{N}.!#$&'*+/=^_`{|}~-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/** WhatsApp's own link to a chat with a number. */
const WHATSAPP = 'https://wa.me/';

/** The browser's own spelling of a host: IDN to punycode (`gооgle.com` → `xn--ggle-55da.com`). */
const punycodeHost = (host: string): string => new URL(`https://${host}`).hostname;

/**
 * The number of `https://wa.me/<number>`: international (E.164), a country code first and at
 * most 15 digits; fewer than 8 is no one's mobile.
 */
const whatsappNumberOf = (url: URL): string | undefined =>
  url.hostname === 'wa.me' ? /^\/\+?([1-9][0-9]{7,14})\/?$/.exec(url.pathname)?.[1] : undefined;

/**
 * The contact an already parsed `https:` or `mailto:` URL names, or undefined when it names
 * none (another scheme, a second recipient, credentials in the address). A `wa.me` link is
 * WhatsApp, not a web page: it was sent as one since links could carry it.
 */
export function contactOfUrl(url: URL): Contact | undefined {
  if (url.protocol === 'https:') {
    if (!url.hostname.includes('.') || url.username || url.password) return undefined;
    const number = whatsappNumberOf(url);
    return number ? { kind: 'whatsapp', number } : { kind: 'web', url: url.href, host: url.hostname };
  }
  if (url.protocol !== 'mailto:' || url.search || url.hash) return undefined;
  const address = decodeURIComponent(url.pathname);
  if (!ONE_MAIL_ADDRESS.test(address)) return undefined;
  const at = address.lastIndexOf('@');
  return { kind: 'mail', address: `${address.slice(0, at)}@${punycodeHost(address.slice(at + 1))}` };
}

/** The contact as a link carries it (`contact=`): old links read back as the same value. */
export const contactHref = (contact: Contact): string =>
  contact.kind === 'mail'
    ? new URL(`mailto:${contact.address}`).href
    : contact.kind === 'web'
      ? contact.url
      : `${WHATSAPP}${contact.number}`;
