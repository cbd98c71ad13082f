import { SkeletonBar } from './skeleton';

export function LoadingPanel() {
  return (
    <section aria-busy="true" aria-labelledby="level-loading" className="border-t-4 border-line pt-4">
      <h2 id="level-loading" className="mb-4 text-lg text-ink-muted">
        Loading the framework…
      </h2>
      <ul className="space-y-3">
        {[0, 1, 2, 3].map((row) => (
          <li key={row} className="space-y-2 rounded-md border border-line bg-surface p-4">
            <SkeletonBar className="h-4 w-1/3" />
            <SkeletonBar className="h-4 w-11/12" />
          </li>
        ))}
      </ul>
    </section>
  );
}
