/** A grey placeholder bar; the busy container around it carries the spoken label. */
export function SkeletonBar({ className = '' }: { className?: string }) {
  return (
    <div aria-hidden="true" className={`animate-pulse rounded bg-sunken motion-reduce:animate-none ${className}`} />
  );
}
