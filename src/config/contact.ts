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

/** International numbers are at most 15 digits (E.164); fewer than 8 is no one's mobile. */
const WHATSAPP_NUMBER = /^[1-9][0-9]{7,14}$/;
const WHATSAPP_HOSTS: ReadonlySet<string> = new Set(['wa.me', 'api.whatsapp.com']);

/** The browser's own spelling of a host: IDN to punycode (`gооgle.com` → `xn--ggle-55da.com`). */
const punycodeHost = (host: string): string => new URL(`https://${host}`).hostname;

/** The number of `https://wa.me/<number>` or `https://api.whatsapp.com/send?phone=<number>`. */
function whatsappNumberOf(url: URL): string | undefined {
  if (!WHATSAPP_HOSTS.has(url.hostname)) return undefined;
  const number =
    url.hostname === 'wa.me'
      ? /^\/\+?([0-9]+)\/?$/.exec(url.pathname)?.[1]
      : url.pathname === '/send'
        ? url.searchParams.get('phone')?.replace(/^\+/, '')
        : undefined;
  return number && WHATSAPP_NUMBER.test(number) ? number : undefined;
}

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
export function contactHref(contact: Contact): string {
  switch (contact.kind) {
    case 'mail':
      return new URL(`mailto:${contact.address}`).href;
    case 'web':
      return contact.url;
    case 'whatsapp':
      return `https://wa.me/${contact.number}`;
  }
}

/** The contact as a person reads it: the address, the page's host, or the number with its `+`. */
export function contactText(contact: Contact): string {
  switch (contact.kind) {
    case 'mail':
      return contact.address;
    case 'web':
      return contact.host;
    case 'whatsapp':
      return `+${contact.number}`;
  }
}
