/**
 * Whether a new screen may take focus: never the first screen of a visit (a widget must not
 * steal focus from its host page, a page must not jump past its skip links), every one after.
 */
export interface ScreenFocus {
  /** Counts a screen shown; true when it should take focus. */
  claim(): boolean;
}

export function createScreenFocus(): ScreenFocus {
  let shown = 0;
  return { claim: () => ++shown > 1 };
}
