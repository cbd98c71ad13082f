import type { Assessment } from './assessment';
import {
  LEGACY_STORAGE_KEY,
  STORAGE_KEY,
  loadAssessments,
  saveAssessments,
  takeLegacyChanges,
  type LegacySeen,
  type LoadResult,
  type SaveResult,
} from './storage';

/** What the app must tell the learner about their saved data, if anything. */
export type StorageProblem =
  | { kind: 'unreadable'; reason: string; asideKey: string | null; raw: string }
  | { kind: 'not-saved'; message: string }
  | { kind: 'newer'; message: string };

export interface AssessmentState {
  assessments: Record<string, Assessment>;
  problem: StorageProblem | null;
}

type Listener = () => void;

const NEWER_MESSAGE =
  'Your assessments were saved by a newer version of Ladder, in another tab or window. Reload this page to see them; changes made here are not saved until then.';
const UNAVAILABLE_MESSAGE = 'This browser does not let Ladder save, so changes last only until you close the page.';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Some browsers refuse storage altogether (strict privacy settings).
    return null;
  }
}

function problemOf(result: LoadResult): StorageProblem | null {
  if (result.status === 'unreadable') {
    return { kind: 'unreadable', reason: result.reason, asideKey: result.asideKey, raw: result.raw };
  }
  return result.status === 'newer' ? { kind: 'newer', message: NEWER_MESSAGE } : null;
}

/**
 * The one owner of saved assessments in the page: saves on every change,
 * and follows changes made in other tabs through the storage event.
 */
export class AssessmentStore {
  private state: AssessmentState;
  private legacySeen: LegacySeen = {};
  /** Set while the saved data is a newer Ladder's: nothing is written over it. */
  private readOnly = false;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly storage: Storage | null = browserStorage()) {
    this.state = { assessments: {}, problem: null };
    if (!storage) return;
    const result = loadAssessments(storage, new Date());
    this.apply(result);
    this.state = { assessments: result.status === 'ok' ? result.assessments : {}, problem: problemOf(result) };
    // Upgraded from format 1: saved once in format 2, so the upgrade happens once.
    if (result.status === 'ok' && result.migratedFrom !== undefined) {
      saveAssessments(storage, result.assessments, this.legacySeen);
    }
  }

  private apply(result: LoadResult) {
    this.readOnly = result.status === 'newer';
    if (result.status === 'ok') this.legacySeen = result.legacySeen;
  }

  getSnapshot = (): AssessmentState => this.state;

  private readonly onStorage = (event: StorageEvent) => {
    // key is null when another tab cleared all storage.
    if (event.key === STORAGE_KEY || event.key === null) this.reload();
    // A tab still on the Ladder of format 1 saved: take in what it changed.
    else if (event.key === LEGACY_STORAGE_KEY) this.takeLegacy();
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
    const result = loadAssessments(this.storage, new Date());
    this.apply(result);
    if (result.status === 'ok') {
      const kept = this.state.problem?.kind === 'newer' ? null : this.state.problem;
      this.emit({ assessments: result.assessments, problem: kept });
    } else {
      // What is on screen stays: the learner keeps what they see, and is told why it is not saved.
      this.emit({ assessments: this.state.assessments, problem: problemOf(result) });
    }
  }

  private takeLegacy() {
    if (!this.storage || this.readOnly) return;
    const taken = takeLegacyChanges(this.storage, this.state.assessments, this.legacySeen);
    if (!taken) return;
    this.legacySeen = taken.legacySeen;
    this.commit(taken.assessments);
  }

  private commit(assessments: Record<string, Assessment>): SaveResult {
    let result: SaveResult;
    if (!this.storage) result = { ok: false, reason: 'unavailable', message: UNAVAILABLE_MESSAGE };
    else if (this.readOnly) result = { ok: false, reason: 'unavailable', message: NEWER_MESSAGE };
    else result = saveAssessments(this.storage, assessments, this.legacySeen);
    const problem: StorageProblem | null = result.ok
      ? this.state.problem?.kind === 'not-saved'
        ? null
        : this.state.problem
      : this.readOnly
        ? { kind: 'newer', message: NEWER_MESSAGE }
        : { kind: 'not-saved', message: result.message };
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
