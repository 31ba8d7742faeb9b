// @vitest-environment node
// Throughput of the scoring core (README, "Performance"): `npm run bench`.
import { bench, describe } from 'vitest';
import {
  decideFit,
  scoreAnswers,
  STATEMENTS,
  type Answers,
  type AnswerValue,
  type Scores,
} from '../../src/quiz';

/** A small seeded generator (mulberry32): the same answer sets on every run, so runs compare. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SETS = 1024;
const next = random(0x5eed);
const answerSets: Answers[] = Array.from({ length: SETS }, () =>
  Object.fromEntries(STATEMENTS.map((s) => [s.id, (1 + Math.floor(next() * 5)) as AnswerValue])),
);
const scoreSets = answerSets.map((answers) => scoreAnswers(answers).scores as Scores);

let i = 0;
let sink = 0; // keeps the results alive so nothing is optimised away

describe('quiz core, random complete answer sets', () => {
  bench('scoreAnswers + decideFit', () => {
    const { scores } = scoreAnswers(answerSets[i++ % SETS]!);
    sink += decideFit(scores as Scores).decidedBy.length;
  });

  bench('scoreAnswers', () => {
    sink += scoreAnswers(answerSets[i++ % SETS]!).incomplete.length;
  });

  bench('decideFit', () => {
    sink += decideFit(scoreSets[i++ % SETS]!).decidedBy.length;
  });
});

export { sink };
