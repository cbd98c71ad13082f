import { useEffect, useState } from 'react';
import { paths } from '../../../config/paths';
import type { LevelId } from '../../../lib/levels';
import { absoluteUrl } from '../../../lib/site-url';

interface CopyStatementLinkProps {
  soc: string;
  level: LevelId;
  anchor: string;
  number: number;
  /** Says what happened, in the list's shared live region. */
  onCopied: (message: string) => void;
}

export function CopyStatementLink({ soc, level, anchor, number, onCopied }: CopyStatementLinkProps) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 2000);
    return () => window.clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    const url = absoluteUrl(paths.statement.getHref(soc, level, anchor));
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      onCopied(`Link to statement ${number} copied.`);
    } catch {
      // No clipboard (an insecure page, or permission refused): the link is still shown to copy by hand.
      onCopied(`Copy the link to statement ${number}: ${url}`);
    }
  };

  return (
    <button
      type="button"
      onClick={() => void copy()}
      aria-label={`Copy link to statement ${number}`}
      className="-mx-2 min-h-9 shrink-0 rounded-md border border-transparent px-2 text-sm text-ink-muted hover:border-line hover:text-ink sm:mx-0 sm:-my-1 print:hidden"
    >
      {copied ? 'Copied' : 'Copy link'}
    </button>
  );
}
