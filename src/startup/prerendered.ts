import type { Language } from '../i18n/languages';

/** The empty mount point in index.html; the prerendered intros are written right after it. */
export const ROOT_ELEMENT = '<div id="root"></div>';

/** The element holding one language's prerendered intro in the built index.html. */
export const prerenderedIdOf = (language: Language) => `intro-${language}`;

/** The `identifierPrefix` of each language's render: both intros sit in one page, ids must not clash. */
export const idPrefixOf = (language: Language) => `${language}-`;
