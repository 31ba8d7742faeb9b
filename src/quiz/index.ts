// The public API of the quiz domain: pure TypeScript, no React, no DOM.
export { DIMENSIONS, type Dimension } from './dimensions';
export { ANSWER_VALUES, isAnswerValue, type AnswerValue, type Answers, type Statement } from './statement';
export { RETIRED_STATEMENT_IDS, STATEMENTS, type BankStatement } from './questions';
export { QUIZ_ORDER } from './order';
export { BANDS, bandOf, HIGH_FROM, LOW_BELOW, type Band } from './band';
export { isScore, MAX_SCORE, MIN_SCORE } from './score';
export { countAnswered, firstUnanswered } from './progress';
export { scoreAnswers, isComplete, statementsOf, type Scores, type ScoreReport } from './score-answers';
export { decideFit, meanOf, VERDICTS, type Verdict, type Fit } from './decide-fit';
export { MAX_PRIORITIES, priorities, weakestFirst } from './priorities';
export { decidedByMean, strongestOf, STRENGTHS_NAMED } from './highlights';
export { answerValueSchema } from './schemas';
export { salvageAnswers } from './salvage';
export {
  readForAssistant,
  ASSISTANT_DECISIONS,
  WARNINGS,
  MIN_QUESTIONS,
  MAX_QUESTIONS,
  PLAN_STEPS,
  QUESTION_IDS,
  type AssistantDecision,
  type AssistantReading,
  type ClientNeed,
  type PlanStepId,
  type QuestionId,
  type Warning,
  type WeakBand,
} from './assistant-reading';
