import { describe, expect, it } from 'vitest';
import { contactHref } from '../../src/config/contact';
import { parseConfig } from '../../src/config/params';
import { buildWhatsapp, contactText } from '../../src/features/results/send-links';

const contactOf = (contact: string) => parseConfig(`?${new URLSearchParams({ contact })}`).contact;

describe('the contact, parsed once', () => {
  it.each([
    ['https://wa.me/34600111222', '34600111222'],
    ['https://wa.me/+39 347 123 4567'.replaceAll(' ', ''), '393471234567'],
    ['https://wa.me/34600111222/', '34600111222'],
  ])('reads %s as WhatsApp, number %s', (contact, number) => {
    expect(contactOf(contact)).toEqual({ kind: 'whatsapp', number });
  });

  it.each([
    'https://wa.me/',
    'https://wa.me/1234',
    'https://wa.me/0034600111222',
    'https://wa.me/message/ABCDEF',
    'https://wa.me.evil.example/34600111222',
  ])('reads %s as a web page, not a WhatsApp number', (contact) => {
    expect(contactOf(contact)?.kind).toBe('web');
  });

  it('shows a look-alike mail domain as punycode, as web hosts are', () => {
    // "gооgle.com" with two Cyrillic о.
    const lookAlike = contactOf('mailto:ana@g\u043e\u043egle.com');
    expect(lookAlike).toEqual({ kind: 'mail', address: 'ana@xn--ggle-55da.com' });
    expect(contactText(lookAlike!)).toBe('ana@xn--ggle-55da.com');
    expect(contactOf('mailto:ana@google.com')).toEqual({ kind: 'mail', address: 'ana@google.com' });
  });

  it.each([
    'mailto:ana@example.com',
    'mailto:jos%C3%A9@correo.es',
    'https://www.ana.es/contacto?ref=delega',
    'https://wa.me/34600111222',
  ])('writes %s back into links as it was', (contact) => {
    expect(contactHref(contactOf(contact)!)).toBe(contact);
  });

  it('says each kind as a person reads it', () => {
    expect(contactText(contactOf('https://www.ana.es/contacto')!)).toBe('www.ana.es');
    expect(contactText(contactOf('https://wa.me/34600111222')!)).toBe('+34600111222');
  });

  it('builds a WhatsApp chat with the message typed in', () => {
    expect(
      buildWhatsapp({ kind: 'whatsapp', number: '34600111222' }, 'Hola & adiós\nhttps://x.es/#results?a=1'),
    ).toBe(
      'https://wa.me/34600111222?text=Hola%20%26%20adi%C3%B3s%0Ahttps%3A%2F%2Fx.es%2F%23results%3Fa%3D1',
    );
  });
});
