/** The locale files of each language (`locales/<lang>/<namespace>.json`), each its own chunk. */
export const NAMESPACES = ['common', 'quiz', 'results', 'assistants', 'assistant-view'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** The strings each page needs from its first paint, fetched in parallel at start. */
export const NAMESPACES_OF: Record<
  'intro' | 'quiz' | 'results' | 'assistants' | 'assistant-view',
  Namespace[]
> = {
  intro: ['common'],
  quiz: ['common', 'quiz'],
  results: ['common', 'quiz', 'results'],
  assistants: ['common', 'assistants'],
  // The assistant's reading names the dimensions (quiz) and has its own strings, fetched only here.
  'assistant-view': ['common', 'quiz', 'assistant-view', 'results'],
};
