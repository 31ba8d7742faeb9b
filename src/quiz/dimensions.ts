/** The seven prerequisites, in the order the quiz asks them and the chart draws them. Ids are a public contract (links, storage, tests). */
export const DIMENSIONS = [
  'tech',
  'communication',
  'delegation',
  'trust',
  'supervision',
  'procedures',
  'teamwork',
] as const;

export type Dimension = (typeof DIMENSIONS)[number];
