import { STATEMENTS } from './questions';
import { isAnswerValue, type AnswerValue, type Answers } from './statement';

// No zod here: the answer store reads storage before the first render (README, "Performance").
const STATEMENT_IDS: ReadonlySet<string> = new Set(STATEMENTS.map((s) => s.id));

/**
 * Keeps every valid answer of an untrusted object and counts what it had to drop,
 * so that a damaged store loses only what is really lost.
 */
export function salvageAnswers(raw: unknown): { answers: Answers; dropped: number } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { answers: {}, dropped: raw == null ? 0 : 1 };
  }
  const answers: Record<string, AnswerValue> = {};
  let dropped = 0;
  for (const [id, value] of Object.entries(raw)) {
    if (STATEMENT_IDS.has(id) && isAnswerValue(value)) answers[id] = value;
    else dropped += 1;
  }
  return { answers, dropped };
}
