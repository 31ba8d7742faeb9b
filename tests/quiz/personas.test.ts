import { describe, expect, it } from 'vitest';
import { decideFit, isComplete, scoreAnswers, type Dimension, type Fit, type Scores } from '../../src/quiz';
import { answersFrom, type Row } from './answers';

/*
 * Realistic owners, answering all 35 statements as a person would (mostly 2–4).
 *
 * Rows list the answers to `<dimension>-1 … -5` in order. The reverse-keyed positions are
 * (pinned in score-answers.test.ts):
 *   tech 2, 4 · communication 3, 5 · delegation 1, 4 · trust 2, 5 ·
 *   supervision 1, 3 · procedures 3, 4 · teamwork 2, 5
 * A direct answer v is worth v − 1 steps of 25 points, a reverse answer 5 − v steps. With all
 * five answered, a dimension's score is (sum of steps · 25) / 5 = 5 · (sum of steps).
 * Every expected score below was computed by hand that way (steps shown for each row).
 */
interface Persona {
  readonly who: string;
  readonly rows: Readonly<Record<Dimension, Row>>;
  readonly scores: Scores;
  readonly fit: Fit;
}

const personas: readonly Persona[] = [
  {
    // Marta runs a small digital agency. She lives in shared drives and writes crisp briefs,
    // but she wants to approve every step and know what everyone is doing at every moment.
    // However good the rest, a freelancer cannot work under step-by-step control: employee.
    who: 'Marta, tech-savvy agency owner who micromanages',
    rows: {
      tech: [5, 1, 5, 2, 4], //          steps 4+4+4+3+3 = 18 → 90
      communication: [5, 4, 2, 4, 2], // steps 4+3+3+3+3 = 16 → 80
      delegation: [3, 3, 4, 3, 3], //    steps 2+2+3+2+2 = 11 → 55
      trust: [4, 3, 4, 4, 3], //         steps 3+2+3+3+2 = 13 → 65
      supervision: [5, 2, 5, 2, 2], //   steps 0+1+0+1+1 =  3 → 15 (low)
      procedures: [4, 4, 2, 2, 4], //    steps 3+3+3+3+3 = 15 → 75
      teamwork: [4, 2, 4, 3, 2], //      steps 3+3+3+2+3 = 14 → 70
    },
    scores: {
      tech: 90,
      communication: 80,
      delegation: 55,
      trust: 65,
      supervision: 15,
      procedures: 75,
      teamwork: 70,
    },
    fit: { verdict: 'employee', decidedBy: ['supervision'], alsoLow: [] },
  },
  {
    // Paolo, an accountant, plans his weeks months ahead and documents his processes, but he is
    // sure nobody can do his work as well as he does and redoes whatever he hands over.
    // Planning is not enough while he cannot let go: not-yet, because of delegation.
    who: 'Paolo, organised accountant who will not let go',
    rows: {
      tech: [4, 2, 4, 2, 4], //          steps 3+3+3+3+3 = 15 → 75
      communication: [4, 3, 3, 4, 3], // steps 3+2+2+3+2 = 12 → 60
      delegation: [4, 2, 3, 4, 2], //    steps 1+1+2+1+1 =  6 → 30 (low)
      trust: [3, 4, 3, 4, 3], //         steps 2+1+2+3+2 = 10 → 50
      supervision: [4, 3, 3, 4, 3], //   steps 1+2+2+3+2 = 10 → 50
      procedures: [5, 4, 2, 1, 5], //    steps 4+3+3+4+4 = 18 → 90
      teamwork: [4, 2, 4, 4, 2], //      steps 3+3+3+3+3 = 15 → 75
    },
    scores: {
      tech: 75,
      communication: 60,
      delegation: 30,
      trust: 50,
      supervision: 50,
      procedures: 90,
      teamwork: 75,
    },
    fit: { verdict: 'not-yet', decidedBy: ['delegation'], alsoLow: [] },
  },
  {
    // Lucía, a consultant with a growing practice, already works with freelancers: she writes
    // briefs, checks results at agreed points and respects their hours. Nothing is low and her
    // mean is 530 / 7 = 75.7: ready for an assistant, every dimension a strength.
    who: 'Lucía, consultant ready to delegate',
    rows: {
      tech: [4, 2, 5, 2, 4], //          steps 3+3+4+3+3 = 16 → 80
      communication: [4, 4, 2, 4, 2], // steps 3+3+3+3+3 = 15 → 75
      delegation: [2, 4, 4, 2, 4], //    steps 3+3+3+3+3 = 15 → 75
      trust: [4, 2, 4, 4, 2], //         steps 3+3+3+3+3 = 15 → 75
      supervision: [2, 4, 3, 4, 4], //   steps 3+3+2+3+3 = 14 → 70
      procedures: [4, 3, 2, 2, 4], //    steps 3+2+3+3+3 = 14 → 70
      teamwork: [4, 2, 5, 4, 1], //      steps 3+3+4+3+4 = 17 → 85
    },
    scores: {
      tech: 80,
      communication: 75,
      delegation: 75,
      trust: 75,
      supervision: 70,
      procedures: 70,
      teamwork: 85,
    },
    fit: {
      verdict: 'assistant',
      decidedBy: ['tech', 'communication', 'delegation', 'trust', 'supervision', 'procedures', 'teamwork'],
      alsoLow: [],
    },
  },
  {
    // Giorgio, a wedding photographer, is happy to hand over his admin and respects people's
    // time, but he avoids video calls, keeps his diary on paper and drops new apps. Only tech
    // is low: an assistant fits after he learns the basic tools.
    who: 'Giorgio, willing photographer who avoids digital tools',
    rows: {
      tech: [2, 4, 2, 4, 3], //          steps 1+1+1+1+2 =  6 → 30 (low)
      communication: [3, 3, 3, 4, 3], // steps 2+2+2+3+2 = 11 → 55
      delegation: [3, 4, 4, 2, 4], //    steps 2+3+3+3+3 = 14 → 70
      trust: [4, 3, 3, 4, 3], //         steps 3+2+2+3+2 = 12 → 60
      supervision: [2, 4, 3, 4, 4], //   steps 3+3+2+3+3 = 14 → 70
      procedures: [3, 3, 3, 4, 3], //    steps 2+2+2+1+2 =  9 → 45
      teamwork: [4, 2, 4, 4, 2], //      steps 3+3+3+3+3 = 15 → 75
    },
    scores: {
      tech: 30,
      communication: 55,
      delegation: 70,
      trust: 60,
      supervision: 70,
      procedures: 45,
      teamwork: 75,
    },
    fit: { verdict: 'assistant-after-prep', decidedBy: ['tech'], alsoLow: [] },
  },
  {
    // Carmen, who sells handmade cosmetics online, answers "neither agree nor disagree" to
    // much of it: nothing is low, but nothing much is high either, and her mean is
    // 425 / 7 = 60.7. After preparation, on the five dimensions below 70.
    who: 'Carmen, online shop owner, middling everywhere',
    rows: {
      tech: [4, 2, 4, 2, 4], //          steps 3+3+3+3+3 = 15 → 75
      communication: [3, 3, 3, 3, 3], // steps 2+2+2+2+2 = 10 → 50
      delegation: [3, 3, 3, 3, 3], //    steps 2+2+2+2+2 = 10 → 50
      trust: [3, 3, 4, 4, 3], //         steps 2+2+3+3+2 = 12 → 60
      supervision: [3, 3, 3, 4, 3], //   steps 2+2+2+3+2 = 11 → 55
      procedures: [4, 4, 3, 3, 3], //    steps 3+3+2+2+2 = 12 → 60
      teamwork: [4, 2, 4, 4, 2], //      steps 3+3+3+3+3 = 15 → 75
    },
    scores: {
      tech: 75,
      communication: 50,
      delegation: 50,
      trust: 60,
      supervision: 55,
      procedures: 60,
      teamwork: 75,
    },
    fit: {
      verdict: 'assistant-after-prep',
      decidedBy: ['communication', 'delegation', 'trust', 'supervision', 'procedures'],
      alsoLow: [],
    },
  },
  {
    // Antonio runs a restaurant in permanent emergency mode: everything is for today, nothing is
    // written down or planned, and he also finds it hard to trust outsiders. Procedures low wins
    // over trust low: he needs someone on hand under his direction, an employee.
    who: 'Antonio, restaurant owner in permanent emergency mode',
    rows: {
      tech: [3, 3, 3, 3, 2], //          steps 2+2+2+2+1 =  9 → 45
      communication: [3, 3, 4, 3, 4], // steps 2+2+1+2+1 =  8 → 40
      delegation: [3, 3, 3, 3, 3], //    steps 2+2+2+2+2 = 10 → 50
      trust: [2, 4, 3, 3, 4], //         steps 1+1+2+2+1 =  7 → 35 (low)
      supervision: [3, 3, 3, 3, 3], //   steps 2+2+2+2+2 = 10 → 50
      procedures: [2, 1, 5, 5, 2], //    steps 1+0+0+0+1 =  2 → 10 (low)
      teamwork: [3, 4, 3, 3, 4], //      steps 2+1+2+2+1 =  8 → 40
    },
    scores: {
      tech: 45,
      communication: 40,
      delegation: 50,
      trust: 35,
      supervision: 50,
      procedures: 10,
      teamwork: 40,
    },
    fit: { verdict: 'employee', decidedBy: ['procedures'], alsoLow: ['trust'] },
  },
  {
    // Francesca, an architect, has been burnt before: she cannot hand work to someone she does
    // not see, and expects things to go wrong even after months of good work. She plans well
    // and delegates moderately, but trust is low: not-yet, because of trust.
    who: 'Francesca, architect who trusts nobody she cannot see',
    rows: {
      tech: [4, 2, 4, 2, 4], //          steps 3+3+3+3+3 = 15 → 75
      communication: [4, 3, 3, 4, 3], // steps 3+2+2+3+2 = 12 → 60
      delegation: [3, 3, 4, 3, 3], //    steps 2+2+3+2+2 = 11 → 55
      trust: [2, 5, 3, 3, 4], //         steps 1+0+2+2+1 =  6 → 30 (low)
      supervision: [3, 3, 3, 4, 4], //   steps 2+2+2+3+3 = 12 → 60
      procedures: [4, 3, 3, 2, 4], //    steps 3+2+2+3+3 = 13 → 65
      teamwork: [4, 2, 4, 4, 2], //      steps 3+3+3+3+3 = 15 → 75
    },
    scores: {
      tech: 75,
      communication: 60,
      delegation: 55,
      trust: 30,
      supervision: 60,
      procedures: 65,
      teamwork: 75,
    },
    fit: { verdict: 'not-yet', decidedBy: ['trust'], alsoLow: [] },
  },
  {
    // Sergio, an insurance broker, is solid everywhere but likes to keep an eye on things:
    // supervision lands on 40, the lowest medium, so not employee. With no low dimension his
    // mean is 485 / 7 = 69.3, just short of 70: after preparation, on supervision alone.
    who: 'Sergio, solid broker who likes to keep an eye on things',
    rows: {
      tech: [4, 2, 4, 2, 4], //          steps 3+3+3+3+3 = 15 → 75
      communication: [4, 4, 2, 4, 2], // steps 3+3+3+3+3 = 15 → 75
      delegation: [2, 4, 4, 2, 4], //    steps 3+3+3+3+3 = 15 → 75
      trust: [4, 2, 4, 4, 2], //         steps 3+3+3+3+3 = 15 → 75
      supervision: [4, 3, 4, 3, 3], //   steps 1+2+1+2+2 =  8 → 40 (medium, just)
      procedures: [4, 3, 2, 2, 4], //    steps 3+2+3+3+3 = 14 → 70
      teamwork: [4, 2, 4, 4, 2], //      steps 3+3+3+3+3 = 15 → 75
    },
    scores: {
      tech: 75,
      communication: 75,
      delegation: 75,
      trust: 75,
      supervision: 40,
      procedures: 70,
      teamwork: 75,
    },
    fit: { verdict: 'assistant-after-prep', decidedBy: ['supervision'], alsoLow: [] },
  },
];

describe('personas', () => {
  it.each(personas.map((p) => [p.who, p] as const))('%s', (_who, persona) => {
    const report = scoreAnswers(answersFrom(persona.rows));
    expect(report.incomplete).toEqual([]);
    expect(report.scores).toEqual(persona.scores);
    if (!isComplete(report)) throw new Error('unreachable: the persona answered everything');
    expect(decideFit(report.scores)).toEqual(persona.fit);
  });

  it('cover all four verdicts', () => {
    expect(new Set(personas.map((p) => p.fit.verdict))).toEqual(
      new Set(['assistant', 'assistant-after-prep', 'employee', 'not-yet']),
    );
  });

  it('answer as people do: mostly 2, 3 and 4, not all 1s and 5s', () => {
    for (const persona of personas) {
      const values = Object.values(persona.rows).flat();
      expect(values).toHaveLength(35);
      const middling = values.filter((v) => v >= 2 && v <= 4).length;
      expect(middling, persona.who).toBeGreaterThanOrEqual(24);
    }
  });
});
