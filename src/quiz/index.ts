// The public API of the quiz domain: pure TypeScript, no React, no DOM.
export { DIMENSIONS, type Dimension } from './dimensions';
export { ANSWER_VALUES, isAnswerValue, type AnswerValue, type Answers, type Statement } from './statement';
export { RETIRED_STATEMENT_IDS, STATEMENTS, type BankStatement } from './questions';
export { QUIZ_ORDER } from './order';
export { BANDS, bandOf, HIGH_FROM, LOW_BELOW, type Band } from './band';
export { isScore, MAX_SCORE, MIN_SCORE } from './score';
export { countAnswered, firstUnanswered, furthestReachable } from './progress';
export { scoreAnswers, isComplete, statementsOf, type Scores, type ScoreReport } from './score-answers';
export {
  decideFit,
  DIRECTION_DIMENSIONS,
  meanOf,
  VERDICTS,
  type DirectionDimension,
  type Fit,
  type Verdict,
} from './decide-fit';
export { MAX_PRIORITIES, priorities, strongestFirst, weakestFirst } from './priorities';
export { ANSWER_FLAGS, isAnswerFlag, type AnswerFlag } from './answer-flags';
export { checkResponses, type ResponseCheck } from './response-check';
export {
  readResults,
  roundedMean,
  STRENGTHS_NAMED,
  type DecidedResults,
  type NamedDimensions,
  type NextSteps,
  type Reason,
  type ResultsReading,
  type UnclearResults,
} from './results-reading';
export { answerValueSchema } from './schemas';
export { salvageAnswers } from './salvage';
export {
  readForAssistant,
  ASSISTANT_DECISIONS,
  HANDOVER_STEPS,
  WARNINGS,
  MIN_QUESTIONS,
  MAX_QUESTIONS,
  PLAN_STEPS,
  QUESTION_IDS,
  type AssistantDecision,
  type AssistantReading,
  type ClientNeed,
  type HandoverStep,
  type UnclearAssistantReading,
  type PlanStepId,
  type QuestionId,
  type Warning,
  type WeakBand,
} from './assistant-reading';
