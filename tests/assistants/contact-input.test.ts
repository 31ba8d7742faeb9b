import { describe, expect, it } from 'vitest';
import { contactFromInput, isLocalPhoneNumber } from '../../src/features/assistants/generator-schema';
import { parseConfig } from '../../src/config/params';

describe('the contact an assistant types', () => {
  it.each([
    ['ana@ejemplo.com', 'mailto:ana@ejemplo.com'],
    ['  www.ana.es ', 'https://www.ana.es'],
    ['ana-va.it/contatti', 'https://ana-va.it/contatti'],
    ['https://ana.es', 'https://ana.es'],
    ['http://ana.es', 'http://ana.es'], // judged as typed: refused later with "use https://"
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ['ana', 'ana'],
    ['+34 600 11 22 33', 'https://wa.me/34600112233'],
    ['0039 347-123.4567', 'https://wa.me/393471234567'],
    ['(+39) 347 1234567', 'https://wa.me/393471234567'],
    ['600 11 22 33', '600 11 22 33'], // no country code: refused, asking for it
  ])('%s becomes %s', (typed, expected) => {
    expect(contactFromInput(typed)).toBe(expected);
  });

  it('never turns something hostile into a valid link', () => {
    for (const typed of ['javascript:alert(1)', 'data:text/html,x', 'http://ana.es', 'ana']) {
      expect(parseConfig(`?contact=${encodeURIComponent(contactFromInput(typed))}`).contact).toBeUndefined();
    }
  });

  it('asks for the country code of a number typed without it', () => {
    expect(isLocalPhoneNumber('600 11 22 33')).toBe(true);
    expect(isLocalPhoneNumber('+34 600 11 22 33')).toBe(false);
    expect(isLocalPhoneNumber('ana@ejemplo.com')).toBe(false);
  });
});
