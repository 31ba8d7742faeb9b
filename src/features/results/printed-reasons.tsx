import { useTranslation } from 'react-i18next';
import { bandOf, type DecidedResults, type Dimension } from '../../quiz';
import { firstStepOf } from './next-steps';
import { useVerdictBody } from './verdict-panel';

/** The first sentence of a text: "why it matters" as one line, where the page has room for one. */
export const firstSentenceOf = (text: string): string => text.split(/(?<=[.!?])\s+/)[0] ?? text;

/** The dimensions the report explains: those the next steps name, or, for a ready owner, the strengths. */
function explained(reading: DecidedResults): readonly Dimension[] {
  const { nextSteps } = reading;
  if (nextSteps.kind === 'hire') return nextSteps.causes;
  const named = nextSteps.kind === 'start' ? [] : nextSteps.dimensions;
  return reading.verdict === 'assistant' ? [...named, ...reading.weighed.dimensions] : named;
}

/**
 * What the printed page (and the PDF a browser makes of it) adds to the first screen, so the
 * report carries its reasons: why the verdict, the verdict's own next step when the first screen
 * lists priorities instead, and for each dimension it names a line of why it matters and where the
 * owner stands (with a ready owner's strengths, how to use them). Hidden on screen,
 * where the panel and the cards below say the same at length.
 */
export function PrintedReasons({ reading }: { reading: DecidedResults }) {
  const { t } = useTranslation(['common', 'quiz', 'results']);
  const body = useVerdictBody(reading);
  const dimensions = explained(reading);
  return (
    <section className="print-only printed-reasons" aria-labelledby="printed-reasons-title">
      <h2 id="printed-reasons-title">{t('results:aboutVerdict')}</h2>
      <p>{body}</p>
      {reading.nextSteps.kind === 'prepare' && <p>{t(`quiz:verdicts.${reading.verdict}.next`)}</p>}
      {dimensions.length > 0 && (
        <>
          <h3>{t('results:why')}</h3>
          <ul>
            {dimensions.map((dimension) => {
              const band = bandOf(reading.scores[dimension]);
              return (
                <li key={dimension}>
                  <strong>{t(`quiz:dimensions.${dimension}.name`)}:</strong>{' '}
                  {firstSentenceOf(t(`quiz:dimensions.${dimension}.why`))}{' '}
                  {t(`quiz:dimensions.${dimension}.bands.${band}.summary`)}
                  {/* A ready owner's strengths come with how to use them (the first screen lists no steps);
                      what to practise, with the step after the one on the first screen. */}
                  {reading.nextSteps.kind === 'start' && ` ${firstStepOf(t, dimension, reading.scores)}`}
                  {reading.nextSteps.kind === 'practise' &&
                    ` ${firstStepOf(t, dimension, reading.scores, 1)}`}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
