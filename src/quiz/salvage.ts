import { RETIRED_STATEMENT_IDS, STATEMENTS } from './questions';
import { isAnswerValue, type AnswerValue, type Answers } from './statement';

// No zod here: the answer store reads storage before the first render (README, "Performance").
const STATEMENT_IDS: ReadonlySet<string> = new Set(STATEMENTS.map((s) => s.id));
const RETIRED: ReadonlySet<string> = new Set(RETIRED_STATEMENT_IDS);

/**
 * Keeps every valid answer of an untrusted object and counts what it had to drop,
 * so that a damaged store loses only what is really lost. Answers to retired statements are
 * left out without counting as damage: they were valid answers to a question no longer asked.
 */
export function salvageAnswers(raw: unknown): { answers: Answers; dropped: number } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { answers: {}, dropped: raw == null ? 0 : 1 };
  }
  const answers: Record<string, AnswerValue> = {};
  let dropped = 0;
  for (const [id, value] of Object.entries(raw)) {
    if (STATEMENT_IDS.has(id) && isAnswerValue(value)) answers[id] = value;
    else if (!RETIRED.has(id)) dropped += 1;
  }
  return { answers, dropped };
}
