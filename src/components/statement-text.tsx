import { splitStatement } from '../lib/statement';

/** A statement with its topic as a bold lead-in; one without a separator is shown whole. */
export function StatementText({ text }: { text: string }) {
  const { topic, description } = splitStatement(text);
  return (
    <>
      {topic !== null && (
        <>
          <strong className="font-semibold">{topic}</strong>
          <span className="text-ink-muted"> — </span>
        </>
      )}
      {description}
    </>
  );
}
