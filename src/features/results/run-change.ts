/** "+15", "−3", "0": a change of score, signed the way the language writes it. */
export const formatChange = (change: number, language: string): string =>
  new Intl.NumberFormat(language, { signDisplay: 'exceptZero' }).format(change);

/** "12 de marzo" / "12 marzo": the day of an earlier run. */
export const formatRunDay = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long' }).format(new Date(iso));
