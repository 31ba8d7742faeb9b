import { bandOf, type Band } from './band';
import { decideFit, type Verdict } from './decide-fit';
import { DIMENSIONS, type Dimension } from './dimensions';
import { priorities, weakestFirst } from './priorities';
import type { AnswerFlag } from './answer-flags';
import type { Scores } from './score-answers';

/**
 * The assistant's reading of a client's results (README, "The assistant's reading"): the same
 * scores, read from the other side of the table. An assistant is an independent professional
 * with several clients, so the question is not "is this owner ready?" but "do I take this
 * client now, on what terms, and what do I ask and agree first?". Everything here is ids and
 * translation keys; the words live in locales/{es,it}/assistant-view.json.
 */

export const ASSISTANT_DECISIONS = [
  'take-now',
  'take-with-conditions',
  'prepare-first',
  'suggest-employee',
] as const;
export type AssistantDecision = (typeof ASSISTANT_DECISIONS)[number];

/** A band below high: where the client will need something from the assistant. */
export type WeakBand = Exclude<Band, 'high'>;

export interface ClientNeed {
  readonly dimension: Dimension;
  readonly band: WeakBand;
  /** What the client will probably need from the assistant. */
  readonly needKey: `needs.${Dimension}.${WeakBand}.need`;
  /** What to agree before starting. */
  readonly agreeKey: `needs.${Dimension}.${WeakBand}.agree`;
}

/** Two first-call questions per dimension, five general ones to fill up with. */
export type QuestionId = `${Dimension}.${1 | 2}` | `general.${1 | 2 | 3 | 4 | 5}`;

/** One step per dimension, plus the opening and closing steps every plan has. */
export type PlanStepId = 'kickoff' | 'trial' | 'first-tasks' | Dimension | 'review';

const GENERAL_QUESTIONS = [1, 2, 3, 4, 5].map((n) => `general.${n}` as QuestionId);

/** Every question and plan step the reading can name: each needs a text in both languages. */
export const QUESTION_IDS: readonly QuestionId[] = [
  ...DIMENSIONS.flatMap((d) => [`${d}.1`, `${d}.2`] as const),
  ...GENERAL_QUESTIONS,
];
export const PLAN_STEPS: readonly PlanStepId[] = ['kickoff', 'trial', 'first-tasks', ...DIMENSIONS, 'review'];

export const WARNINGS = ['fixed-hours', 'every-step', 'any-time', 'no-access'] as const;

/**
 * For `suggest-employee`, in place of an onboarding plan: how to tell the client, what (if
 * anything) an independent assistant could still take on, and how to refer them onwards.
 */
export const HANDOVER_STEPS = ['tell', 'scope', 'refer'] as const;
export type HandoverStep = (typeof HANDOVER_STEPS)[number];
export type Warning = (typeof WARNINGS)[number];

export interface AssistantReading {
  readonly kind: 'decided';
  readonly decision: AssistantDecision;
  /** The dimensions that decided it, in the quiz's order (those of `decideFit`). */
  readonly decidedBy: readonly Dimension[];
  /** The owner's verdict the decision comes from. */
  readonly verdict: Verdict;
  /** Every dimension below high, weakest first (ties in quiz order). Empty when all are high. */
  readonly needs: readonly ClientNeed[];
  /** At least MIN_QUESTIONS, at most MAX_QUESTIONS, the weakest dimensions' first. */
  readonly questions: readonly QuestionId[];
  /** Three to five steps for the first 30 days, in order; none when the client should hire instead. */
  readonly plan: readonly PlanStepId[];
  /** For `suggest-employee` only: how to tell the client and refer them, instead of a plan. */
  readonly handover: readonly HandoverStep[];
  /** Signs of a client who wants a remote employee; only when supervision, teamwork or trust is low. */
  readonly warnings: readonly Warning[];
}

export const MIN_QUESTIONS = 5;
export const MAX_QUESTIONS = 7;

/**
 * Verdict → decision. The verdict's rules (README, "Scoring") already carry the profession's picture:
 * - `employee` (supervision or procedures low): the client wants someone under direct, exclusive,
 *   on-demand direction; an independent assistant should say so and suggest hiring.
 * - `not-yet` (delegation or trust low): whoever is hired would get tasks back or be checked on
 *   everything; the assistant can guide the preparation, but not start the service yet.
 * - `assistant-after-prep` (another dimension low, or the mean under 70): take the client, with the
 *   agreements of the weak dimensions written into the start.
 * - `assistant`: take the client now.
 */
const DECISION_OF: Record<Verdict, AssistantDecision> = {
  employee: 'suggest-employee',
  'not-yet': 'prepare-first',
  'assistant-after-prep': 'take-with-conditions',
  assistant: 'take-now',
};

/** Which low dimension raises which warning sign, in the order they are shown. */
const WARNINGS_OF: Partial<Record<Dimension, readonly Warning[]>> = {
  supervision: ['fixed-hours', 'every-step'],
  teamwork: ['any-time'],
  trust: ['no-access'],
};

/**
 * Questions for the first call: one per weak dimension, weakest first, then a second one for
 * each low dimension, up to MAX_QUESTIONS; general questions fill up to MIN_QUESTIONS.
 */
function questionsFor(needs: readonly ClientNeed[]): QuestionId[] {
  const first = needs.map((n): QuestionId => `${n.dimension}.1`);
  const second = needs.filter((n) => n.band === 'low').map((n): QuestionId => `${n.dimension}.2`);
  const chosen = [...first, ...second].slice(0, MAX_QUESTIONS);
  for (const general of GENERAL_QUESTIONS) {
    if (chosen.length >= MIN_QUESTIONS) break;
    chosen.push(general);
  }
  return chosen;
}

/**
 * The first 30 days: an opening step, the priorities' steps (at most three dimensions below high,
 * weakest first: `priorities`), and a review on day 30, so at most five steps. A client who is not to be taken on yet gets a closed trial instead of a
 * kickoff; one with nothing weak gets a first batch of tasks, so the plan always has 3–5 steps.
 */
function planFor(decision: AssistantDecision, scores: Scores): PlanStepId[] {
  const opening: PlanStepId =
    decision === 'take-now' || decision === 'take-with-conditions' ? 'kickoff' : 'trial';
  const middle: PlanStepId[] = priorities(scores, decideFit(scores).decidedBy);
  return [opening, ...(middle.length > 0 ? middle : ['first-tasks' as const]), 'review'];
}

/**
 * Answers the response check flagged (README, "Answers that say nothing"): no decision, and the
 * first-call questions that find out what the quiz could not, one per dimension.
 */
export interface UnclearAssistantReading {
  readonly kind: 'unclear';
  readonly flags: readonly AnswerFlag[];
  readonly questions: readonly QuestionId[];
}

export function readForAssistant(scores: Scores): AssistantReading;
export function readForAssistant(
  scores: Scores,
  flags: readonly AnswerFlag[],
): AssistantReading | UnclearAssistantReading;
export function readForAssistant(
  scores: Scores,
  flags: readonly AnswerFlag[] = [],
): AssistantReading | UnclearAssistantReading {
  const fit = decideFit(scores); // refuses scores that are not integers 0–100
  if (flags.length > 0) {
    return { kind: 'unclear', flags, questions: DIMENSIONS.map((d): QuestionId => `${d}.1`) };
  }
  const decision = DECISION_OF[fit.verdict];
  const needs = weakestFirst(scores, fit.decidedBy).flatMap((dimension): ClientNeed[] => {
    const band = bandOf(scores[dimension]);
    if (band === 'high') return [];
    return [
      {
        dimension,
        band,
        needKey: `needs.${dimension}.${band}.need`,
        agreeKey: `needs.${dimension}.${band}.agree`,
      },
    ];
  });
  const warnings = needs.filter((n) => n.band === 'low').flatMap((n) => WARNINGS_OF[n.dimension] ?? []);
  // Suggesting an employee and handing over a 30-day plan would argue against each other.
  const hire = decision === 'suggest-employee';
  return {
    kind: 'decided',
    decision,
    decidedBy: fit.decidedBy,
    verdict: fit.verdict,
    needs,
    questions: questionsFor(needs),
    plan: hire ? [] : planFor(decision, scores),
    handover: hire ? HANDOVER_STEPS : [],
    warnings,
  };
}
