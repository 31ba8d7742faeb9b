import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { codeBox, openGenerator } from './open-generator';

// The generator's fields that refuse what would make a link or snippet silently incomplete.
describe('generator page, what it refuses', () => {
  it('says when a contact is too long once it is written as a link, and never freezes on a huge paste', async () => {
    const { user } = await openGenerator('es');
    const field = screen.getByRole('textbox', { name: /Tu contacto/ });
    // 120 characters as typed, over 500 once the accents are percent-encoded.
    await user.click(field);
    await user.paste(`https://ana.example.com/${'è'.repeat(96)}`);
    await user.tab();
    const message =
      /Esta dirección es demasiado larga para un enlace: una vez convertida ocupa más de 500 caracteres/;
    expect(field).toHaveAccessibleDescription(expect.stringMatching(message));
    expect(codeBox('Enlace directo').value).not.toContain('contact');

    // The field takes a long URL with room to spare, never 100 KB.
    expect(field).toHaveAttribute('maxLength', '1000');
    const started = performance.now();
    // 100 KB that the email pattern would take seconds to reject, character by character.
    fireEvent.input(field, { target: { value: `ana@ejemplo.${'a.'.repeat(50_000)}/` } });
    await user.tab();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(field).toHaveAccessibleDescription(expect.stringMatching(message));
  });

  it.each([
    ['site.example', 'data-report-to="https://site.example"'],
    ['https://www.ana.es/contacto, ana.it', 'data-report-to="https://www.ana.es https://ana.it"'],
  ])('turns %s into the sites that may receive the scores', async (typed, attribute) => {
    const { user } = await openGenerator('es');
    await user.type(screen.getByRole('textbox', { name: /recibirá las puntuaciones/ }), typed);
    expect(codeBox(/Código para tu sitio web/).value).toContain(`data-report="scores" ${attribute}`);
  });

  it.each(['http://ana.es', 'javascript:alert(1)', 'a b c d e f'])(
    'refuses %s as a site for the scores, and then sends the verdict only',
    async (typed) => {
      const { user } = await openGenerator('es');
      const field = screen.getByRole('textbox', { name: /recibirá las puntuaciones/ });
      await user.type(field, typed);
      await user.tab();
      expect(field).toHaveAccessibleDescription(
        expect.stringContaining('Tiene que ser segura, con https://.'),
      );
      expect(codeBox(/Código para tu sitio web/).value).not.toContain('data-report');
    },
  );

  it('asks for the name as soon as a contact is typed, without the name field ever being visited', async () => {
    const { user } = await openGenerator('es');
    await user.type(screen.getByRole('textbox', { name: /Tu contacto/ }), 'ana@ejemplo.com');
    const name = screen.getByRole('textbox', { name: /Tu nombre/ });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(
      expect.stringContaining('Escribe tu nombre o el de tu negocio.'),
    );
    expect(
      screen.getByText(/Falta tu nombre: sin él, quien haga el cuestionario no verá el botón/),
    ).toBeVisible();
    // A link that would carry a contact its results page never offers is not handed out.
    expect(codeBox('Enlace directo').value).not.toContain('contact');

    await user.type(name, 'Ana');
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/Falta tu nombre/)).toBeNull();
    expect(codeBox('Enlace directo').value).toContain('contact=mailto%3Aana%40ejemplo.com');
  });

  it.each([
    [
      'es',
      '+34 600 11 22 33',
      'Te llegarán por WhatsApp, al +34600112233, con el enlace de los resultados en el mensaje.',
    ],
    [
      'it',
      '0039 347 123 4567',
      'Ti arriveranno su WhatsApp, al numero +393471234567, con il link dei risultati nel messaggio.',
    ],
  ] as const)('(%s) makes a phone number %s a WhatsApp contact and says so', async (lang, typed, note) => {
    const { user } = await openGenerator(lang);
    await user.type(screen.getByRole('textbox', { name: /Tu nombre|Il tuo nome/ }), 'Ana');
    await user.type(screen.getByRole('textbox', { name: /Tu contacto|Il tuo contatto/ }), typed);
    expect(screen.getByText(note)).toBeVisible();
    const number = typed.replace(/\D/g, '').replace(/^00/, '');
    expect(codeBox(/Enlace directo|Link diretto/).value).toContain(`contact=https%3A%2F%2Fwa.me%2F${number}`);
  });

  it('asks for the country code of a phone number typed without it', async () => {
    const { user } = await openGenerator('es');
    await user.type(screen.getByRole('textbox', { name: /Tu nombre/ }), 'Ana');
    const field = screen.getByRole('textbox', { name: /Tu contacto/ });
    await user.type(field, '600 11 22 33');
    await user.tab();
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Añade el prefijo del país delante del número'),
    );
    expect(codeBox('Enlace directo').value).not.toContain('contact');
  });

  it('asks for a name once the field is left empty, and for at most 60 characters', async () => {
    const { user } = await openGenerator('es');
    const field = screen.getByRole('textbox', { name: /Tu nombre/ });
    await user.click(field);
    await user.tab();
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Escribe tu nombre o el de tu negocio.'),
    );
    await user.type(field, 'x'.repeat(61));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Usa como máximo 60 caracteres.'));
    expect(codeBox('Enlace directo').value).not.toContain('va=');
  });

  it.each(['#12345g', 'red', '#abc', 'url(x)'])('refuses %s as colour', async (accent) => {
    const { user } = await openGenerator('es');
    const field = screen.getByRole('textbox', { name: 'Código del color' });
    await user.type(field, accent);
    await user.tab();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Escribe el color en formato #rrggbb, por ejemplo #1b5e8c.'),
    );
    expect(codeBox('Enlace directo').value).not.toContain('accent');
  });

  it('keeps the colour picker and the hex code in step, and names the readable shade it will use', async () => {
    const { user } = await openGenerator('es');
    const picker = screen.getByLabelText('Elegir en la paleta');
    const hex = screen.getByRole('textbox', { name: 'Código del color' });
    expect(picker).toHaveValue('#1b5e8c');

    fireEvent.input(picker, { target: { value: '#ffdd00' } });
    expect(hex).toHaveValue('#ffdd00');
    // Yellow on white is unreadable: the light theme gets a darker shade of it.
    expect(screen.getByText(/no contrasta lo suficiente con el fondo blanco/)).toHaveTextContent(
      /usaremos #[0-9a-f]{6}/,
    );
    expect(codeBox('Enlace directo').value).toContain('accent=%23ffdd00');

    await user.clear(hex);
    await user.type(hex, '1b5e8c');
    expect(picker).toHaveValue('#1b5e8c');
    expect(screen.getByText('Tu color contrasta bien con el fondo claro: se usará tal cual.')).toBeVisible();
  });

  it('copies a snippet and says so in a polite live region', async () => {
    const { user } = await openGenerator('es');
    await user.type(screen.getByRole('textbox', { name: /Tu nombre/ }), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Copiar el código para tu sitio web' }));
    expect(await navigator.clipboard.readText()).toBe(codeBox(/Código para tu sitio web/).value);
    const block = codeBox(/Código para tu sitio web/).closest('div')!;
    expect(within(block).getByRole('status')).toHaveTextContent('Código para tu sitio web copiado.');

    // Copying again announces again: a fresh node in the live region.
    const before = within(block).getByRole('status').firstChild;
    await user.click(screen.getByRole('button', { name: 'Copiar el código para tu sitio web' }));
    expect(within(block).getByRole('status').firstChild).not.toBe(before);

    // The announcement belongs to that text: once a field changes, it is gone.
    await user.type(screen.getByRole('textbox', { name: /Tu nombre/ }), 'bel');
    expect(within(block).getByRole('status')).toBeEmptyDOMElement();
  });

  it('selects the text and says how to copy it when the clipboard refuses', async () => {
    const { user } = await openGenerator('es');
    const spy = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copiar el enlace' }));
    expect(spy).toHaveBeenCalledOnce();
    const link = codeBox('Enlace directo');
    expect(link).toHaveFocus();
    expect(link.selectionStart).toBe(0);
    expect(link.selectionEnd).toBe(link.value.length);
    expect(within(link.closest('div')!).getByRole('status')).toHaveTextContent(/cópialo con Ctrl\+C/);
  });

  it('translates an error already on screen when the page language changes', async () => {
    const { user } = await openGenerator('es');
    const field = screen.getByRole('textbox', { name: 'Código del color' });
    await user.type(field, 'rojo');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Italiano' }));
    expect(
      await screen.findByText('Scrivi il colore nel formato #rrggbb, per esempio #1b5e8c.'),
    ).toBeVisible();
    // The quiz language is the assistant's choice, not the page's.
    expect(screen.getByRole('radio', { name: 'Español' })).toBeChecked();
  });
});
