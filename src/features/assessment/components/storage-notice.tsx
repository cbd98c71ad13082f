import { assessmentStore, type StorageProblem } from '../lib/assessment-store';
import { downloadText } from '../lib/download';

/** Tells the learner when saved data could not be read or a change could not be saved. */
export function StorageNotice({ problem }: { problem: StorageProblem | null }) {
  if (!problem) return null;
  if (problem.kind === 'newer') {
    return (
      <div role="alert" className="rounded-lg border-2 border-danger bg-surface p-4">
        <p className="font-semibold">Saved by a newer version of Ladder</p>
        <p className="mt-1 text-ink-muted">{problem.message}</p>
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="mt-3 min-h-11 rounded-md bg-accent px-4 font-semibold text-surface"
        >
          Reload this page
        </button>
      </div>
    );
  }
  if (problem.kind === 'not-saved') {
    return (
      <div role="alert" className="rounded-lg border-2 border-danger bg-surface p-4">
        <p className="font-semibold">Not saved</p>
        <p className="mt-1 text-ink-muted">
          {problem.message} Your ratings stay on this page until you close it: export them to keep a copy.
        </p>
      </div>
    );
  }
  return (
    <div role="alert" className="rounded-lg border-2 border-danger bg-surface p-4">
      <p className="font-semibold">Saved assessments could not be read</p>
      <p className="mt-1 text-ink-muted">
        Ladder could not read the assessments saved in this browser because {problem.reason}.{' '}
        {problem.asideKey
          ? 'They have been kept aside, not deleted, and Ladder has started afresh.'
          : 'They have been left as they are, and nothing new can be saved until there is room.'}{' '}
        Download them to keep them or to send them for help.
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => downloadText('ladder-unreadable-assessments.json', problem.raw, 'application/json')}
          className="min-h-11 rounded-md bg-accent px-4 font-semibold text-surface"
        >
          Download the unreadable data
        </button>
        <button
          type="button"
          onClick={() => assessmentStore().dismissProblem()}
          className="min-h-11 rounded-md border border-line px-4 font-semibold"
        >
          Hide this message
        </button>
      </div>
    </div>
  );
}
