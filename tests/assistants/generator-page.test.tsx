import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { codeBox, openGenerator } from './open-generator';

describe('generator page', () => {
  it('offers the fields and the three outputs in Spanish', async () => {
    await openGenerator('es');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Crea tu enlace y tu widget de Delega' }),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: /Tu nombre o el de tu negocio/ })).toBeRequired();
    expect(screen.getByRole('textbox', { name: /Tu contacto/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Idioma del cuestionario' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Español' })).toBeChecked();
    expect(screen.getByLabelText('Elegir en la paleta')).toHaveAttribute('type', 'color');
    expect(screen.getByRole('textbox', { name: 'Código del color' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Web que recibirá las puntuaciones (opcional)' })).toHaveValue(
      '',
    );
    expect(codeBox('Enlace directo')).toHaveAttribute('readonly');
    expect(codeBox('Código para tu sitio web (recomendado)')).toHaveAttribute('readonly');
    expect(codeBox('Código iframe, sin script')).toHaveAttribute('readonly');
    expect(screen.getByTitle('Vista previa del widget de Delega')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Volver al cuestionario' })).toHaveAttribute(
      'href',
      'http://localhost:3000/?lang=es',
    );
    expect(document.title).toBe('Delega para asistentes virtuales · Tu enlace y tu widget');
  });

  it('speaks Italian with ?lang=it', async () => {
    await openGenerator('it');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Crea il tuo link e il tuo widget di Delega' }),
    ).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Italiano' })).toBeChecked();
    expect(codeBox('Link diretto').value).toBe('http://localhost:3000/?lang=it');
  });

  it('keeps every output in step with the fields as the assistant types', async () => {
    const { user } = await openGenerator('es');
    await user.type(screen.getByRole('textbox', { name: /Tu nombre/ }), 'Ana Pérez');
    await user.type(screen.getByRole('textbox', { name: /Tu contacto/ }), 'ana@ejemplo.com');
    await user.click(screen.getByRole('radio', { name: 'Italiano' }));
    await user.type(screen.getByRole('textbox', { name: 'Código del color' }), '#AA3377');
    await user.type(screen.getByRole('textbox', { name: /recibirá las puntuaciones/ }), 'www.ana.es/widget');

    expect(codeBox('Enlace directo').value).toBe(
      'http://localhost:3000/?lang=it&va=Ana+P%C3%A9rez&contact=mailto%3Aana%40ejemplo.com&accent=%23aa3377',
    );
    expect(codeBox(/Código para tu sitio web/).value).toBe(
      '<div data-delega data-lang="it" data-va="Ana Pérez" data-contact="mailto:ana@ejemplo.com" data-accent="#aa3377" data-report="scores" data-report-to="https://www.ana.es" style="min-height: clamp(840px, 900px + (529px - 100vw) * 60, 900px)"></div>\n' +
        '<script src="http://localhost:3000/embed.js" async></script>',
    );
    const iframe = codeBox(/Código iframe/).value;
    expect(iframe).toContain(
      'src="http://localhost:3000/?lang=it&amp;va=Ana+P%C3%A9rez&amp;contact=mailto%3Aana%40ejemplo.com&amp;accent=%23aa3377&amp;report=scores&amp;report-to=https%3A%2F%2Fwww.ana.es&amp;embed=1"',
    );
    expect(iframe).toContain(
      'title="Delega: questionario per capire se è il momento di lavorare con un assistente virtuale"',
    );
    expect(iframe).toMatch(
      /loading="lazy"[\s\S]*width="100%"[\s\S]*height="720"[\s\S]*allow="clipboard-write"/,
    );
  });

  it('writes a name with markup into the snippets as escaped text', async () => {
    const { user } = await openGenerator('es');
    await user.type(screen.getByRole('textbox', { name: /Tu nombre/ }), 'Ana "la mejor" <b>&');
    expect(codeBox(/Código para tu sitio web/).value).toContain(
      'data-va="Ana &quot;la mejor&quot; &lt;b&gt;&amp;"',
    );
  });

  it.each([
    [
      'javascript:alert(1)',
      'Escribe una dirección web que empiece por https://, un correo electrónico como ana@ejemplo.com o un número de WhatsApp con prefijo, como +34 600 123 456.',
    ],
    [
      'data:text/html,hola',
      'Escribe una dirección web que empiece por https://, un correo electrónico como ana@ejemplo.com o un número de WhatsApp con prefijo, como +34 600 123 456.',
    ],
    ['http://ana.example.com', 'La dirección empieza por http://: usa la versión segura, con https://.'],
  ])('refuses %s as contact, says why and leaves it out of the link', async (contact, message) => {
    const { user } = await openGenerator('es');
    await user.type(screen.getByRole('textbox', { name: /Tu nombre/ }), 'Ana');
    const field = screen.getByRole('textbox', { name: /Tu contacto/ });
    await user.type(field, contact);
    await user.tab();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.getByText(message)).toBeVisible();
    expect(codeBox('Enlace directo').value).not.toContain('contact');
    expect(screen.getByText(/Hay campos por corregir/)).toBeVisible();

    await user.clear(field);
    await user.type(field, 'https://ana.example.com');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(message)).toBeNull();
    expect(codeBox('Enlace directo').value).toContain('contact=https%3A%2F%2Fana.example.com%2F');
  });
});
