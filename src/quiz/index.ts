// The public API of the quiz domain: pure TypeScript, no React, no DOM.
export { DIMENSIONS, isDimension, type Dimension } from './dimensions';
export { ANSWER_VALUES, type AnswerValue, type Answers, type Statement } from './statement';
export { STATEMENTS } from './questions';
export { BANDS, bandOf, type Band } from './band';
export { countAnswered, firstUnanswered } from './progress';
export { scoreAnswers, isComplete, statementsOf, type Scores, type ScoreReport } from './score-answers';
export { decideFit, meanOf, VERDICTS, type Verdict, type Fit } from './decide-fit';
export { answerValueSchema, answersSchema, scoreSchema, scoresSchema, statementIdSchema } from './schemas';
export { salvageAnswers } from './salvage';
