/**
 * The response check's flags (response-check.ts), in a module of their own: results links carry
 * them (`check=`), so the start-up code reads them without the check itself.
 */
export const ANSWER_FLAGS = ['same-answer', 'agree-both', 'disagree-both'] as const;
export type AnswerFlag = (typeof ANSWER_FLAGS)[number];

export const isAnswerFlag = (value: unknown): value is AnswerFlag =>
  (ANSWER_FLAGS as readonly unknown[]).includes(value);
