/** Opens the browser's print dialog; not itself printed. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-11 items-center gap-2 rounded-md bg-accent px-4 py-2 font-semibold text-surface shadow-sm hover:bg-accent-strong print:hidden"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
        className="size-5"
      >
        <path d="M6 7V3h8v4" />
        <rect x="2.5" y="7" width="15" height="7" rx="1.5" />
        <path d="M6 12h8v5H6z" />
      </svg>
      {label}
    </button>
  );
}
