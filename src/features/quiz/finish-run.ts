import { paths } from '../../config/paths';
import { readResults, type AnswerFlag, type Scores } from '../../quiz';
import type { AppServices } from '../../services/app-services';
import { navigate } from '../../services/navigation';

/**
 * The last answer is given: the run counts in this browser's history (a results link opened
 * later does not), the page around a widget hears how it ended, and the results open. Here, in
 * the quiz's chunk, because nothing before the quiz needs the verdict's rules. A run the
 * response check flagged has no verdict: the host hears `unclear`, and the run is not kept as
 * progress, since its scores say nothing about the owner.
 */
export function finishRun(
  scores: Scores,
  flags: readonly AnswerFlag[],
  { history, host }: Pick<AppServices, 'history' | 'host'>,
) {
  const reading = readResults(scores, flags);
  const run = reading.kind === 'decided' ? history.record(scores) : undefined;
  const verdict = reading.kind === 'decided' ? reading.verdict : 'unclear';
  // Scores only to the listed site around the widget, addressed to it alone; else the verdict.
  const recipient = host.scoresRecipient;
  if (recipient) host.notify({ type: 'delega:complete', verdict, scores: { ...scores } }, recipient);
  else host.notify({ type: 'delega:complete', verdict });
  // The entry remembers which run it shows: its history compares this run, not any run that
  // happened to score the same.
  navigate(paths.results(scores, flags), { state: { run: run?.date } });
}
