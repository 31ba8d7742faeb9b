/** Score bands of the contract (README, "Scoring"): low < 40, medium 40–69, high ≥ 70. */
export const BANDS = ['low', 'medium', 'high'] as const;
export type Band = (typeof BANDS)[number];

export const LOW_BELOW = 40;
export const HIGH_FROM = 70;

export function bandOf(score: number): Band {
  if (score < LOW_BELOW) return 'low';
  if (score < HIGH_FROM) return 'medium';
  return 'high';
}
