/** A score is an integer 0–100 (README, "Links"): the one test of it, for links, messages and the verdict. */
export const MIN_SCORE = 0;
export const MAX_SCORE = 100;

export const isScore = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= MIN_SCORE && (value as number) <= MAX_SCORE;
