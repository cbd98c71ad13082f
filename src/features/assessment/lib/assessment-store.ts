import type { Assessment } from './assessment';
import { STORAGE_KEY, loadAssessments, saveAssessments, type LoadResult, type SaveResult } from './storage';

/** What the app must tell the learner about their saved data, if anything. */
export type StorageProblem =
  { kind: 'unreadable'; reason: string; asideKey: string | null; raw: string } | { kind: 'not-saved'; message: string };

export interface AssessmentState {
  assessments: Record<string, Assessment>;
  problem: StorageProblem | null;
}

type Listener = () => void;

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Some browsers refuse storage altogether (strict privacy settings).
    return null;
  }
}

function fromLoad(result: LoadResult): AssessmentState {
  return result.status === 'ok'
    ? { assessments: result.assessments, problem: null }
    : {
        assessments: {},
        problem: { kind: 'unreadable', reason: result.reason, asideKey: result.asideKey, raw: result.raw },
      };
}

/**
 * The one owner of saved assessments in the page: saves on every change,
 * and follows changes made in other tabs through the storage event.
 */
export class AssessmentStore {
  private state: AssessmentState;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly storage: Storage | null = browserStorage()) {
    this.state = storage ? fromLoad(loadAssessments(storage, new Date())) : { assessments: {}, problem: null };
  }

  getSnapshot = (): AssessmentState => this.state;

  private readonly onStorage = (event: StorageEvent) => {
    // key is null when another tab cleared all storage.
    if (event.key === STORAGE_KEY || event.key === null) this.reload();
  };

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) window.addEventListener('storage', this.onStorage);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) window.removeEventListener('storage', this.onStorage);
    };
  };

  private emit(next: AssessmentState) {
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  /** Another tab saved: read again, keeping any problem already shown. */
  reload() {
    if (!this.storage) return;
    const loaded = fromLoad(loadAssessments(this.storage, new Date()));
    this.emit({ assessments: loaded.assessments, problem: loaded.problem ?? this.state.problem });
  }

  private commit(assessments: Record<string, Assessment>): SaveResult {
    const result: SaveResult = this.storage
      ? saveAssessments(this.storage, assessments)
      : {
          ok: false,
          reason: 'unavailable',
          message: 'This browser does not let Ladder save, so changes last only until you close the page.',
        };
    const problem = result.ok
      ? this.state.problem?.kind === 'not-saved'
        ? null
        : this.state.problem
      : { kind: 'not-saved' as const, message: result.message };
    // The change stays in the page even when it could not be saved, so nothing typed is lost.
    this.emit({ assessments, problem });
    return result;
  }

  put(assessment: Assessment): SaveResult {
    return this.commit({ ...this.state.assessments, [assessment.soc]: assessment });
  }

  remove(soc: string): Assessment | undefined {
    const removed = this.state.assessments[soc];
    const rest = Object.fromEntries(Object.entries(this.state.assessments).filter(([key]) => key !== soc));
    this.commit(rest);
    return removed;
  }

  dismissProblem() {
    this.emit({ ...this.state, problem: null });
  }
}

let shared: AssessmentStore | undefined;

/** The page's store, created on first use so that merely loading the code touches no storage. */
export function assessmentStore(): AssessmentStore {
  shared ??= new AssessmentStore();
  return shared;
}
