import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

const hash =
  '#results?tech=80&communication=75&delegation=70&trust=90&supervision=85&procedures=72&teamwork=88';

describe('the send button says where the results go', () => {
  it.each([
    [
      'es',
      'mailto:ana@ejemplo.com',
      'Enviar mis resultados a Ana',
      'Por correo electrónico a ana@ejemplo.com',
    ],
    ['it', 'mailto:anna@esempio.it', 'Invia i miei risultati a Ana', 'Via email a anna@esempio.it'],
    ['es', 'https://www.ana.es/contacto?ref=delega', 'Enviar mis resultados a Ana', 'Se abre www.ana.es'],
    // A look-alike domain shows as the browser spells it, not as it pretends to look.
    ['it', 'https://аna.es/', 'Invia i miei risultati a Ana', 'Si apre xn--na-6kc.es'],
    // The same for a mail domain: "gооgle.com" with two Cyrillic о.
    [
      'es',
      'mailto:ana@gооgle.com',
      'Enviar mis resultados a Ana',
      'Por correo electrónico a ana@xn--ggle-55da.com',
    ],
    ['es', 'https://wa.me/34600111222', 'Enviar mis resultados a Ana', 'Por WhatsApp al +34600111222'],
    [
      'it',
      'https://wa.me/393471234567',
      'Invia i miei risultati a Ana',
      'Via WhatsApp al numero +393471234567',
    ],
  ] as const)('(%s) %s', async (lang, contact, button, target) => {
    await renderApp(`/?lang=${lang}&va=Ana&contact=${encodeURIComponent(contact)}${hash}`, {
      language: lang,
    });
    const send = await screen.findByRole('link', { name: button });
    expect(screen.getByText(target)).toBeVisible();
    expect(send).toHaveAccessibleDescription(target);
  });
});
