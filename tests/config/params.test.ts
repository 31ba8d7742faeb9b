import { describe, expect, it } from 'vitest';
import { parseConfig, VA_MAX_LENGTH } from '../../src/config/params';

const q = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

describe('parseConfig', () => {
  it('reads every known parameter', () => {
    expect(
      parseConfig(
        q({
          lang: 'it',
          embed: '1',
          va: 'Giulia Rossi',
          contact: 'mailto:giulia@example.it',
          accent: '#AA3366',
          report: 'scores',
        }),
      ),
    ).toEqual({
      lang: 'it',
      embed: true,
      va: 'Giulia Rossi',
      contact: 'mailto:giulia@example.it',
      accent: '#aa3366',
      page: 'quiz',
      reportScores: true,
    });
  });

  it('falls back to the defaults for unknown parameters and invalid values', () => {
    expect(
      parseConfig(q({ lang: 'fr', embed: 'yes', accent: 'red', for: 'admins', utm_source: 'x' })),
    ).toEqual({
      lang: undefined,
      embed: false,
      va: undefined,
      contact: undefined,
      accent: undefined,
      page: 'quiz',
      reportScores: false,
    });
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://example.com',
    'https://user:secret@example.com',
    'https://localhost',
    'mailto:not-an-address',
    'vbscript:msgbox(1)',
    '//example.com',
    'example.com',
    `https://example.com/${'a'.repeat(600)}`,
  ])('refuses the contact %s', (contact) => {
    expect(parseConfig(q({ contact })).contact).toBeUndefined();
  });

  it.each([
    ['https://ana.example.com/contacto', 'https://ana.example.com/contacto'],
    ['mailto:ana@example.com', 'mailto:ana@example.com'],
    ['  https://ana.example.com  ', 'https://ana.example.com/'],
  ])('accepts the contact %s', (contact, expected) => {
    expect(parseConfig(q({ contact })).contact).toBe(expected);
  });

  it.each(['#12345', '#1234567', 'rgb(0,0,0)', '#ggg000', 'expression(alert(1))', '#fff;color:red'])(
    'refuses the accent %s',
    (accent) => expect(parseConfig(q({ accent })).accent).toBeUndefined(),
  );

  it('keeps a hostile name as text, trimmed, without control characters and length-limited', () => {
    expect(parseConfig(q({ va: '  <img src=x onerror=alert(1)>  ' })).va).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(parseConfig(q({ va: 'Ana\u202Egnp.exe\u0000 ' })).va).toBe('Anagnp.exe');
    expect(parseConfig(q({ va: '   ' })).va).toBeUndefined();
    expect(parseConfig(q({ va: 'Ana\nPérez\t \u0007 Gil' })).va).toBe('Ana Pérez Gil');
    const long = parseConfig(q({ va: 'x'.repeat(200) })).va!;
    expect([...long]).toHaveLength(VA_MAX_LENGTH);
    expect(long.endsWith('…')).toBe(true);
  });

  it('opens the generator only for for=assistants', () => {
    expect(parseConfig('?for=assistants').page).toBe('assistants');
  });
});
