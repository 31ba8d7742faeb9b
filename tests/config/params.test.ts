import { describe, expect, it } from 'vitest';
import { CONTACT_TOO_LONG, contactSchema, parseConfig, VA_MAX_LENGTH } from '../../src/config/params';

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
      contact: { kind: 'mail', address: 'giulia@example.it' },
      accent: '#aa3366',
      page: 'quiz',
      reportScores: true,
      reportTo: [],
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
      reportTo: [],
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
    [
      'https://ana.example.com/contacto',
      { kind: 'web', url: 'https://ana.example.com/contacto', host: 'ana.example.com' },
    ],
    ['mailto:ana@example.com', { kind: 'mail', address: 'ana@example.com' }],
    [
      '  https://ana.example.com  ',
      { kind: 'web', url: 'https://ana.example.com/', host: 'ana.example.com' },
    ],
  ])('accepts the contact %s', (contact, expected) => {
    expect(parseConfig(q({ contact })).contact).toEqual(expected);
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

  it.each([
    'mailto:a@b.com,x@y.com',
    'mailto:a@b.com,x',
    'mailto:a@b.com;x@y.com',
    'mailto:a@b.com%2Cx@y.com',
    'mailto:a@b.com%2cx',
    'mailto:a@b.com%3Fbcc=x@y.com',
    'mailto:a@b.com%3fbcc%3Dx%40y.com',
    'mailto:a@b.com?bcc=x@y.com',
    'mailto:a@b.com?cc=x@y.com&subject=hi',
    'mailto:a@b.com%0ABcc:x@y.com',
    'mailto:a@b.com%',
    'mailto:%3Ca@b.com%3E',
  ])('refuses the mailto contact %s: exactly one address', (contact) => {
    expect(parseConfig(q({ contact })).contact).toBeUndefined();
  });

  it('accepts one address with letters of any script', () => {
    expect(parseConfig(q({ contact: 'mailto:josé.peña@correo.es' })).contact).toEqual({
      kind: 'mail',
      address: 'josé.peña@correo.es',
    });
  });

  it('measures the contact after normalisation: accented letters count as the URL carries them', () => {
    // 120 typed characters, 620 once percent-encoded: over the limit, so no broken send button.
    const typed = `https://ana.example.com/${'è'.repeat(96)}`;
    expect(typed.length).toBe(120);
    expect(new URL(typed).href.length).toBeGreaterThan(500);
    expect(parseConfig(q({ contact: typed })).contact).toBeUndefined();
    expect(contactSchema.safeParse(typed).error?.issues[0]?.message).toBe(CONTACT_TOO_LONG);
    // Padding that normalisation removes does not count against it.
    const padded = `${' '.repeat(700)}https://ana.example.com/${' '.repeat(700)}`;
    expect(parseConfig(q({ contact: padded })).contact).toMatchObject({ url: 'https://ana.example.com/' });
  });

  it.each([
    ['es', 'es'],
    ['ES', 'es'],
    ['es-ES', 'es'],
    ['es-419', 'es'],
    ['IT', 'it'],
    ['it_IT', 'it'],
    [' it ', 'it'],
    ['fr', undefined],
    ['e', undefined],
    ['espanol', undefined],
  ])('reads lang=%s as %s', (lang, expected) => {
    expect(parseConfig(q({ lang })).lang).toBe(expected);
  });

  it('keeps emoji whole in the name: joiners inside them stay, truncation never splits one', () => {
    const coder = '👩🏽‍💻'; // woman, skin tone, ZWJ, laptop
    const family = '👨‍👩‍👧';
    const flag = '🏴󠁧󠁢󠁳󠁣󠁴󠁿'; // black flag + tag characters
    expect(parseConfig(q({ va: `Ana ${coder}` })).va).toBe(`Ana ${coder}`);
    expect(parseConfig(q({ va: `${family} ❤️‍🔥 ${flag}` })).va).toBe(`${family} ❤️‍🔥 ${flag}`);
    // A joiner or a tag outside an emoji is still an invisible character, and goes.
    expect(parseConfig(q({ va: 'An\u200Da\u{E0041}' })).va).toBe('Ana');
    const long = parseConfig(q({ va: `${'x'.repeat(VA_MAX_LENGTH - 2)}${coder}${coder}${coder}` })).va!;
    expect(long).toBe(`${'x'.repeat(VA_MAX_LENGTH - 2)}${coder}…`);
    const exact = `${'x'.repeat(VA_MAX_LENGTH - 1)}${family}`;
    expect(parseConfig(q({ va: exact })).va).toBe(exact);
  });

  it("keeps a flag's own tag characters and drops every other one (hidden text)", () => {
    const scotland = '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
    const hidden = [...'send bank details']
      .map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0)))
      .join('');
    // 1,200 tags after one flag made a single "character" of 2,400 code units, and a 63,804-character mail link.
    expect(parseConfig(q({ va: `Ana ${scotland}${'\u{E0041}'.repeat(1200)}` })).va).toBe(`Ana ${scotland}`);
    expect(parseConfig(q({ va: `Ana 🏴${hidden}\u{E007F}` })).va).toBe('Ana 🏴');
    expect(parseConfig(q({ va: `Ana ${scotland.slice(0, -2)}${hidden}` })).va).toBe('Ana 🏴');
  });

  it.each([
    ['https://site.example', ['https://site.example']],
    [
      'https://site.example  https://www.site.example:8443',
      ['https://site.example', 'https://www.site.example:8443'],
    ],
    ['http://localhost:8080', ['http://localhost:8080']],
    ['http://127.0.0.1:5000', ['http://127.0.0.1:5000']],
    ['http://site.example', []],
    ['https://site.example/', []],
    ['https://site.example/page', []],
    ['*', []],
    ['null', []],
    ['https://site.example *', []],
    ['javascript:alert(1)', []],
    [
      'https://a.example https://b.example https://c.example https://d.example https://e.example https://f.example',
      [],
    ],
  ])('reads report-to=%s as %j', (reportTo, expected) => {
    expect(parseConfig(q({ 'report-to': reportTo })).reportTo).toEqual(expected);
  });

  it('opens the generator only for for=assistants', () => {
    expect(parseConfig('?for=assistants').page).toBe('assistants');
  });
});
