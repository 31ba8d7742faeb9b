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
  if (reading.kind === 'decided') history.record(scores);
  const verdict = reading.kind === 'decided' ? reading.verdict : 'unclear';
  // Scores only to the listed site around the widget, addressed to it alone; else the verdict.
  const recipient = host.scoresRecipient;
  if (recipient) host.notify({ type: 'delega:complete', verdict, scores: { ...scores } }, recipient);
  else host.notify({ type: 'delega:complete', verdict });
  navigate(paths.results(scores, flags));
}
