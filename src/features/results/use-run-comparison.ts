import { useSyncExternalStore } from 'react';
import { useApp } from '../../services/app-services';
import { runOnScreen } from '../../services/navigation';
import { compareRuns, type Run } from '../../state/run-history';

export interface RunComparison {
  /** The run on screen, when this browser recorded it. */
  readonly current?: Run;
  /** The run these scores are compared with: the one before them in this browser. */
  readonly previous?: Run;
  /** How many runs this browser keeps; 0 also when storage cannot keep any. */
  readonly kept: number;
  readonly clear: () => void;
}

/**
 * This browser's earlier runs, as far as they concern the results on screen: the run this tab
 * finished (its entry says which), never one found by its scores.
 */
export function useRunComparison(): RunComparison {
  const { history } = useApp();
  const runs = useSyncExternalStore(history.subscribe, history.list);
  const available = history.available();
  return {
    ...(available ? compareRuns(runs, runOnScreen()) : {}),
    kept: available ? runs.length : 0,
    clear: history.clear,
  };
}
