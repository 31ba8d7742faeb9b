import esAssistants from '../../locales/es/assistants.json' with { type: 'json' };
import itAssistants from '../../locales/it/assistants.json' with { type: 'json' };
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { APP_URL } from './support/app-url';
import { hostPage, startHostServer } from './support/host-server';

/** An assistant builds their link and embed code, as they would on a phone. */

const APP = APP_URL;

const words = {
  es: {
    name: /Tu nombre o el de tu negocio/,
    contact: /Tu contacto/,
    hex: 'Código del color',
    link: 'Enlace directo',
    script: 'Código para tu sitio web (recomendado)',
    iframe: 'Código iframe, sin script',
    preview: 'Vista previa del widget de Delega',
    offeredBy: 'Cuestionario ofrecido por',
    contactError: esAssistants.errors.contactInvalid,
  },
  it: {
    name: /Il tuo nome o quello della tua attività/,
    contact: /Il tuo contatto/,
    hex: 'Codice del colore',
    link: 'Link diretto',
    script: 'Codice per il tuo sito (consigliato)',
    iframe: 'Codice iframe, senza script',
    preview: 'Anteprima del widget di Delega',
    offeredBy: 'Questionario offerto da',
    contactError: itAssistants.errors.contactInvalid,
  },
} as const;

const textOf = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true }).inputValue();

// The outputs in Spanish, in step with the fields: tests/assistants/generator-page.test.tsx; here
// the live preview, a real frame, in Italian.
for (const [lang, w] of [['it', words.it]] as const) {
  test(`in ${lang}, the generator builds the link, both snippets and a live preview`, async ({ page }) => {
    await page.goto(`./?for=assistants&lang=${lang}`);
    await page.getByRole('textbox', { name: w.name }).fill('Ana Pérez');
    await page.getByRole('textbox', { name: w.contact }).fill('ana@ejemplo.com');
    await page.getByRole('textbox', { name: w.hex, exact: true }).fill('#aa3377');

    const query = `lang=${lang}&va=Ana+P%C3%A9rez&contact=mailto%3Aana%40ejemplo.com&accent=%23aa3377`;
    expect(await textOf(page, w.link)).toBe(`${APP}?${query}`);
    const script = await textOf(page, w.script);
    expect(script).toContain(`data-lang="${lang}" data-va="Ana Pérez" data-contact="mailto:ana@ejemplo.com"`);
    expect(script).toContain(`<script src="${APP}embed.js" async></script>`);
    const iframe = await textOf(page, w.iframe);
    expect(iframe).toContain(`src="${APP}?${query.replaceAll('&', '&amp;')}&amp;embed=1"`);

    // The preview is the widget itself: the assistant's name, their colour, sized to its content.
    const preview = page.frameLocator(`iframe[title="${w.preview}"]`);
    await expect(preview.getByText(`${w.offeredBy} Ana Pérez`)).toBeVisible();
    await expect(preview.locator('html')).toHaveClass('embed');
    // The accent is applied a moment after the class: asked until it is there.
    await expect
      .poll(() => preview.locator('html').evaluate((html) => html.style.getPropertyValue('--accent-light')))
      .toBe('#aa3377');
    const frame = page.getByTitle(w.preview);
    await expect
      .poll(async () => {
        const outer = await frame.evaluate((f) => f.getBoundingClientRect().height);
        const inner = await preview
          .locator('#root')
          .evaluate((root) => Math.ceil(root.getBoundingClientRect().height));
        return outer - inner;
      })
      .toBe(0);
  });
}

test('a javascript: contact is refused in words and never reaches the link', async ({ page }) => {
  await page.goto('./?for=assistants&lang=es');
  const contact = page.getByRole('textbox', { name: words.es.contact });
  await contact.fill('javascript:alert(document.domain)');
  await contact.blur();
  await expect(contact).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(words.es.contactError)).toBeVisible();
  expect(await textOf(page, words.es.link)).not.toContain('javascript');
  expect(await textOf(page, words.es.script)).not.toContain('javascript');
});

// The copy button and its message: tests/assistants/generator-page.test.tsx.

test('fits a 320 px phone: no sideways scroll, tap targets of 44 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./?for=assistants&lang=it');
  await page
    .getByRole('textbox', { name: words.it.name })
    .fill('Studio Bianchi Assistenza Virtuale di Anna Maria Bianchi');
  await page
    .getByRole('textbox', { name: words.it.contact })
    .fill('https://www.studio-bianchi-assistenza.example.it/contatti');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  const targets = page.locator(
    'main button, main input:not([type=radio]):not([type=checkbox]), main .field-choice, main .field-check-row, main .generator-back a',
  );
  for (const target of await targets.all()) {
    const box = await target.boundingBox();
    expect(box?.height, await target.evaluate((el) => el.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44);
  }
});

// Both layouts, a language each (Spanish on the phone, Italian on the wide screen).
test('axe finds no WCAG A/AA violation on the generator, errors shown @both', async ({ page }, info) => {
  const lang = info.project.name === 'desktop' ? 'it' : 'es';
  await page.goto(`./?for=assistants&lang=${lang}`);
  await page.getByRole('textbox', { name: words[lang].contact }).fill('http://example.com');
  await page.getByRole('textbox', { name: words[lang].hex, exact: true }).fill('#ffff00');
  await page.getByRole('textbox', { name: words[lang].name }).fill('Ana');
  await expect(
    page.frameLocator('iframe').first().getByText(words[lang].offeredBy, { exact: false }),
  ).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test('a contact typed first asks for the name at once, and the link carries it only with a name', async ({
  page,
}) => {
  await page.goto('./?for=assistants&lang=es');
  await page.getByRole('textbox', { name: words.es.contact }).fill('ana@ejemplo.com');
  // The name field was never visited: its error shows anyway, and the page says what is missing.
  const name = page.getByRole('textbox', { name: words.es.name });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(esAssistants.errors.vaRequired)).toBeVisible();
  await expect(page.getByText(esAssistants.output.needsName)).toBeVisible();
  expect(await textOf(page, words.es.link)).not.toContain('contact');
  expect(await textOf(page, words.es.script)).not.toContain('data-contact');

  await name.fill('Ana');
  await expect(page.getByText(esAssistants.output.needsName)).toHaveCount(0);
  await expect(name).not.toHaveAttribute('aria-invalid');
  expect(await textOf(page, words.es.link)).toContain('va=Ana&contact=mailto%3Aana%40ejemplo.com');
});

test('a phone number becomes a WhatsApp contact, named as such, in the link and the snippet', async ({
  page,
}) => {
  await page.goto('./?for=assistants&lang=it');
  await page.getByRole('textbox', { name: words.it.name }).fill('Anna');
  await page.getByRole('textbox', { name: words.it.contact }).fill('+39 347 123 4567');
  await expect(
    page.getByText(
      'Ti arriveranno su WhatsApp, al numero +393471234567, con il link dei risultati nel messaggio.',
    ),
  ).toBeVisible();
  expect(await textOf(page, words.it.link)).toContain('contact=https%3A%2F%2Fwa.me%2F393471234567');
  expect(await textOf(page, words.it.script)).toContain('data-contact="https://wa.me/393471234567"');
});

test('framed by another site, the generator shows only a link to open it in its own tab', async ({
  page,
}) => {
  const site = await startHostServer({
    '/host.css': { body: '', type: 'text/css' },
    '/host.js': { body: '', type: 'text/javascript' },
    '/': {
      body: hostPage(
        'Una página cualquiera',
        `<iframe title="generador" style="width: 100%; height: 600px" src="${APP}?for=assistants&lang=es"></iframe>`,
      ),
    },
  });
  try {
    await page.goto(`${site.origin}/`);
    const framed = page.frameLocator('iframe[title="generador"]');
    await expect(framed.getByRole('heading', { level: 1, name: esAssistants.framed.title })).toBeVisible();
    const open = framed.getByRole('link', { name: esAssistants.framed.open });
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('href', `${APP}?for=assistants&lang=es`);
    // Nothing to type into, nothing to copy: no field, no code.
    await expect(framed.getByRole('textbox')).toHaveCount(0);
    await expect(framed.getByRole('button', { name: /Copiar/ })).toHaveCount(0);
  } finally {
    await site.close();
  }
});
