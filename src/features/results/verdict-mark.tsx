import type { Verdict } from '../../quiz';

/**
 * Each verdict's own shape, so the four never look alike even without colour: a tick, a tick
 * on a rising step, a pause, a person at a desk; a question mark when there is no verdict.
 * Decorative: the label beside it says it.
 */
const PATHS: Record<Verdict | 'unclear', string> = {
  assistant: 'M5 12.5l4.5 4.5L19 7.5',
  'assistant-after-prep': 'M3 19h6v-5h6V9h6M9.5 7.5l2 2 4-4',
  'not-yet': 'M9 6v12M15 6v12',
  employee: 'M12 4a3.2 3.2 0 1 1 0 6.4A3.2 3.2 0 0 1 12 4zM5.5 20c.6-4 3.2-6 6.5-6s5.9 2 6.5 6',
  // No verdict (the response check flagged the run): a question mark.
  unclear: 'M8.5 9a3.5 3.5 0 1 1 5 3.2c-1 .5-1.5 1.2-1.5 2.3v.5M12 18.5v.01',
};

export function VerdictMark({ verdict }: { verdict: Verdict | 'unclear' }) {
  return (
    <svg
      className="verdict-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[verdict]} />
    </svg>
  );
}
