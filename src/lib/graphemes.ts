/**
 * A text split into what a reader sees as single characters (grapheme clusters): 👩🏽‍💻, 🇮🇹
 * or "é" written as e + accent each count as one, so cutting a text never splits them.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export const graphemesOf = (text: string): string[] =>
  Array.from(segmenter.segment(text), (segment) => segment.segment);
