import { createContext } from 'react';
import type { Params } from 'react-router-dom';

/**
 * What a page whose content the build cannot know (it depends on the address's
 * query, or on what this browser has saved) shows in its HTML before its code
 * runs: the site's header and footer, the page's heading and a skeleton. The
 * browser then renders the page afresh over it (decision 015). Which routes have
 * one is the build's table (src/app/render-page.tsx).
 */
export interface FirstFrame {
  /** Null in the app shell, which answers every address that has no page of its own. */
  heading: string | null;
  description: string;
}

/** The app shell's first frame: the header and footer around a skeleton. */
export const SHELL_FRAME: FirstFrame = { heading: null, description: '' };

/** A route's first frame, from the route's parameters; null for an address it cannot be built for. */
export type FirstFrameOf = (params: Params) => FirstFrame | null;

/** Set only while the build renders a first frame (src/app/render-page.tsx). */
export const FirstFrameContext = createContext<FirstFrame | null>(null);
