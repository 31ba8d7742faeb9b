import 'i18next';
import type common from '../../locales/es/common.json';
import type quiz from '../../locales/es/quiz.json';
import type results from '../../locales/es/results.json';
import type assistants from '../../locales/es/assistants.json';
import type assistantView from '../../locales/es/assistant-view.json';

// Keys are typed from the Spanish files: a missing or misspelt key fails `npm run typecheck`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      quiz: typeof quiz;
      results: typeof results;
      assistants: typeof assistants;
      'assistant-view': typeof assistantView;
    };
    returnNull: false;
  }
}
