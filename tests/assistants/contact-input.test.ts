import { describe, expect, it } from 'vitest';
import { contactFromInput } from '../../src/features/assistants/generator-schema';
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
  ])('%s becomes %s', (typed, expected) => {
    expect(contactFromInput(typed)).toBe(expected);
  });

  it('never turns something hostile into a valid link', () => {
    for (const typed of ['javascript:alert(1)', 'data:text/html,x', 'http://ana.es', 'ana']) {
      expect(parseConfig(`?contact=${encodeURIComponent(contactFromInput(typed))}`).contact).toBeUndefined();
    }
  });
});
