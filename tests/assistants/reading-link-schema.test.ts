import { describe, expect, it } from 'vitest';
import { readingLinkSchema } from '../../src/features/assistants/reading-link-schema';

const APP = 'https://ana.example.com/delega/';
const HASH =
  '#results?tech=90&communication=72&delegation=55&trust=41&supervision=70&procedures=0&teamwork=100';
const read = (link: string) => readingLinkSchema(APP).safeParse({ link });
const errorOf = (link: string) => read(link).error?.issues[0]?.message;

describe('the pasted results link', () => {
  it('opens the reading on this Delega, in the link’s language, with the same scores', () => {
    expect(read(`https://elsewhere.example.org/tools/?lang=it&va=Giulia${HASH}`).data).toEqual({
      link: `${APP}?lang=it&va=Giulia&view=assistant${HASH}`,
    });
  });

  it('survives a link wrapped by a mail client and surrounding spaces', () => {
    const wrapped = `  https://x.example.com/?lang=es#results?tech=90&communication=72&delegation=55\n&trust=41&supervision=70&procedures=0&teamwork=100 `;
    expect(read(wrapped).data?.link).toBe(`${APP}?lang=es&view=assistant${HASH}`);
  });

  it('drops parameters a results link never carries, and invalid ones', () => {
    expect(
      read(`https://x.example.com/?embed=1&report=scores&contact=javascript:alert(1)${HASH}`).data,
    ).toEqual({
      link: `${APP}?view=assistant${HASH}`,
    });
  });

  it('asks for a link when the field is empty', () => {
    expect(errorOf('   ')).toBe('readingRequired');
  });

  it.each([
    ['plain text', 'mis resultados'],
    ['another site', 'https://www.example.com/blog/post'],
    ['the quiz itself, not its results', 'https://ana.example.com/delega/?lang=es#quiz'],
    ['a script', `javascript:alert(1)//${HASH}`],
  ])('rejects %s as not a Delega results link', (_, link) => {
    expect(errorOf(link)).toBe('readingNotResults');
  });

  it('says a cut or edited results link is damaged', () => {
    expect(errorOf('https://x.example.com/#results?tech=90&communication=72')).toBe('readingDamaged');
    expect(errorOf(HASH.replace('tech=90', 'tech=101').replace(/^/, 'https://x.example.com/'))).toBe(
      'readingDamaged',
    );
  });
});
