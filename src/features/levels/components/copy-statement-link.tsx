import { useEffect, useState } from 'react';
import { paths } from '../../../config/paths';
import type { LevelId } from '../../../lib/levels';
import { absoluteUrl } from '../../../lib/site-url';

/** What the list's live region says; an address to copy by hand comes apart, so that only it may break. */
export interface CopyMessage {
  text: string;
  url?: string;
}

interface CopyStatementLinkProps {
  soc: string;
  level: LevelId;
  anchor: string;
  number: number;
  /** Says what happened, in the list's shared live region. */
  onCopied: (message: CopyMessage) => void;
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
      onCopied({ text: `Link to statement ${number} copied.` });
    } catch {
      // No clipboard (an insecure page, or permission refused): the link is still shown to copy by hand.
      onCopied({ text: `Copy the link to statement ${number}: `, url });
    }
  };

  return (
    <button
      type="button"
      onClick={() => void copy()}
      aria-label={`Copy link to statement ${number}`}
      // On phones, in the statement's left margin under its number (the list item is its frame).
      className="absolute left-3 top-10 grid size-8 shrink-0 place-items-center rounded-md border border-transparent text-sm text-ink-muted hover:border-line hover:text-ink sm:static sm:-my-1 sm:block sm:size-auto sm:min-h-9 sm:px-2 print:hidden"
    >
      <span className="sr-only sm:not-sr-only">{copied ? 'Copied' : 'Copy link'}</span>
      {copied ? <CheckIcon /> : <LinkIcon />}
    </button>
  );
}

const iconClass = 'size-4 sm:hidden';

function LinkIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      className={iconClass}
    >
      <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5L10 5" strokeLinecap="round" />
      <path d="M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" strokeLinecap="round" />
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="2" className={iconClass}>
      <path d="M4.5 10.5l3.5 3.5 7.5-8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
