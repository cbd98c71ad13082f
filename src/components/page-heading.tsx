import { useEffect, useRef, type ReactNode } from 'react';

// The first page of a visit keeps the browser's own focus; after that, moving
// focus to each new page's heading tells screen reader users the page changed.
let firstPageShown = false;

interface PageHeadingProps {
  children: ReactNode;
  id?: string;
  className?: string;
}

export function PageHeading({ children, id, className = '' }: PageHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPageShown) heading.current?.focus();
    firstPageShown = true;
  }, []);
  return (
    <h1
      ref={heading}
      id={id}
      tabIndex={-1}
      className={`text-3xl font-bold tracking-tight text-balance text-ink outline-none sm:text-4xl ${className}`}
    >
      {children}
    </h1>
  );
}
