/**
 * Where the standalone app keeps the quiz in progress. Its own module, with nothing else in it,
 * so that startup.js can look for saved progress without bundling the store.
 */
export const QUIZ_STORAGE_KEY = 'delega:quiz';
