/** The locale files of each language (`locales/<lang>/<namespace>.json`), each its own chunk. */
export const NAMESPACES = ['common', 'quiz', 'results', 'assistants', 'assistant-view'] as const;
export type Namespace = (typeof NAMESPACES)[number];
