import * as z from 'zod/mini';
import { ANSWER_VALUES } from './statement';

// zod/mini keeps this schema out of the first screen's budget (see README, "Performance").

/** One answer as a form gives it back: one of the five points of the scale. */
export const answerValueSchema = z.literal(ANSWER_VALUES);
