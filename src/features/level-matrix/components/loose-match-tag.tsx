/**
 * Marks a statement that may not continue the one before it in its row: the
 * wording links it as closely, or more closely, to another statement at one of
 * the two levels (docs/decisions/014). Seen as a short tag, heard in full.
 */
export function LooseMatchTag({ previousLabel }: { previousLabel: string }) {
  return (
    // In print it runs in line before the topic, so that the matrix keeps to two pages.
    <p className="mb-1.5 print:mr-1 print:mb-0 print:inline">
      <span className="inline-block rounded-sm border border-dashed border-ink-muted px-1.5 py-0.5 text-xs font-semibold text-ink-muted print:px-1 print:py-0 print:text-[8pt] print:leading-none">
        Loose match
        <span className="sr-only">
          : this statement may not continue the {previousLabel} statement before it; the wording points to another
          statement too.
        </span>
      </span>
    </p>
  );
}
