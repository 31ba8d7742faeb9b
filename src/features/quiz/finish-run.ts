import { paths } from '../../config/paths';
import { decideFit } from '../../quiz/decide-fit';
import type { Scores } from '../../quiz/score-answers';
import type { AppServices } from '../../services/app-services';
import { navigate } from '../../services/navigation';

/**
 * The last answer is given: the run counts in this browser's history (a results link opened
 * later does not), the page around a widget hears how it ended, and the results open. Here, in
 * the quiz's chunk, because nothing before the quiz needs the verdict's rules.
 */
export function finishRun(scores: Scores, { history, host }: Pick<AppServices, 'history' | 'host'>) {
  history.record(scores);
  const { verdict } = decideFit(scores);
  // Scores only to the listed site around the widget, addressed to it alone; else the verdict.
  const recipient = host.scoresRecipient;
  if (recipient) host.notify({ type: 'delega:complete', verdict, scores: { ...scores } }, recipient);
  else host.notify({ type: 'delega:complete', verdict });
  navigate(paths.results(scores));
}
