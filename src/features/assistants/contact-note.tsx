import { useTranslation } from 'react-i18next';
import type { Contact } from '../../config/contact';

const NOTE = {
  mail: 'fields.contact.asMail',
  web: 'fields.contact.asWeb',
  whatsapp: 'fields.contact.asWhatsapp',
} as const;

/**
 * How a client's results will reach the assistant, read from the contact as the link will carry
 * it: by mail, on their page, or on WhatsApp (a phone number typed in becomes a WhatsApp contact).
 * A live region: it changes as the assistant types, without taking focus. The contact's own
 * fields fill the sentence ({{address}}, {{host}}, {{number}}).
 */
export function ContactNote({ contact }: { contact: Contact | undefined }) {
  const { t } = useTranslation('assistants');
  return (
    <p className="field-hint contact-note" role="status">
      {contact && t(NOTE[contact.kind], { ...contact })}
    </p>
  );
}
