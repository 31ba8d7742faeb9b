import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layers of README "Architecture" are enforced by lint: an upward or sideways import must fail.
describe('the lint rule for layers', () => {
  let eslint: ESLint;
  beforeAll(async () => {
    eslint = new ESLint();
    await eslint.lintText('', { filePath: 'src/quiz/probe.ts' }); // loads the parser once
  }, 60_000);
  const errorsOf = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
  };

  it.each([
    ['src/quiz/probe.ts', "import { useState } from 'react';"],
    ['src/quiz/probe.ts', "import { paths } from '../config/paths';"],
    ['src/config/probe.ts', "import { useApp } from '../services/app-services';"],
    ['src/services/probe.ts', "import { DamagedLink } from '../components/ui/damaged-link';"],
    ['src/components/ui/probe.ts', "import { NextSteps } from '../../features/results/next-steps';"],
    ['src/features/results/probe.ts', "import { QuizScreen } from '../quiz/quiz-screen';"],
    ['src/features/results/probe.ts', "import { QuizScreen } from '../../features/quiz/quiz-screen';"],
    ['src/features/results/probe.ts', "import { App } from '../../app/app';"],
    ['src/startup/probe.ts', "import { createAnswerStore } from '../state/answer-store';"],
    ['src/embed/probe.ts', "import { App } from '../app/app';"],
  ])('refuses, in %s, %s', async (file, code) => {
    expect(await errorsOf(file, code)).toBe(1);
  });

  it.each([
    ['src/features/results/probe.ts', "import { readResults } from '../../quiz';"],
    ['src/features/results/probe.ts', "import { NextSteps } from './next-steps';"],
    ['src/features/results/probe.ts', "import { useApp } from '../../services/app-services';"],
    ['src/app/probe.ts', "import { ResultsScreen } from '../features/results/results-screen';"],
  ])('allows, in %s, %s', async (file, code) => {
    expect(await errorsOf(file, code)).toBe(0);
  });
});
