import { Component, type ErrorInfo, type ReactNode } from 'react';
import { PageHead } from '../../components/page-head';

interface RouteErrorBoundaryProps {
  /** The page's path: moving to another page clears the error. */
  resetKey: string;
  children: ReactNode;
}

/**
 * One page failing to render (a bug, or a page's code gone after a new deploy)
 * shows this in place of the page; the header, search and footer stay usable.
 * Moving to another page clears it; moving within a page never remounts it.
 */
export class RouteErrorBoundary extends Component<RouteErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept in the console for whoever debugs it; the reader gets the message below.
    console.error(error, info.componentStack);
  }

  override componentDidUpdate(previous: RouteErrorBoundaryProps) {
    if (previous.resetKey !== this.props.resetKey && this.state.error !== null) this.setState({ error: null });
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return <RouteError />;
  }
}

export function RouteError() {
  return (
    <section role="alert" className="max-w-2xl space-y-4">
      <PageHead title="Something went wrong" description="This page of Ladder could not be shown." />
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="text-lg text-ink-muted">
        This page could not be shown. Reloading often helps, for example after the site was updated.
      </p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="min-h-11 rounded-md bg-accent px-4 py-2 font-semibold text-surface"
      >
        Reload the page
      </button>
    </section>
  );
}
