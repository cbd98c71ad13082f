import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from './app/react-dom-client';
import { BrowserRouter } from 'react-router-dom';
import { AppProvider } from './app/provider';
import { createQueryClient } from './app/query-client';
import { preloadPage } from './app/preload-page';
import { AppRoutes, routes } from './app/router';
import { registerServiceWorker } from './lib/service-worker';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
const ready = preloadPage(routes, window.location, queryClient, import.meta.env.BASE_URL);

// The same tree as the build's prerender (app/render-page.tsx), so that its HTML hydrates.
const app = (
  <StrictMode>
    <AppProvider queryClient={queryClient}>
      {/* Without transitions, the address updates as each key is typed, so inputs bound to it lose nothing. */}
      <BrowserRouter basename={import.meta.env.BASE_URL} useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </AppProvider>
  </StrictMode>
);

const render = () => {
  // React adds each page's own title, description and canonical link; those of the HTML (the shell's
  // title, or a prerendered page's head when the address differs) would otherwise stay beside them.
  for (const element of document.head.querySelectorAll('title, meta[name="description"], link[rel="canonical"]')) {
    element.remove();
  }
  // Not hydrated: the HTML (a page, or a first frame) is thrown away.
  delete root.dataset.prerendered;
  delete root.dataset.firstFrame;
  // A transition renders in small slices, so the first render never blocks input for long.
  startTransition(() => {
    createRoot(root).render(app);
  });
};

// The build wrote this page's HTML for this address, without query (data-prerendered, see
// site-generation/prerender-plugin.ts). Any other address served it as a fallback, and the app renders afresh.
const prerendered = root.dataset.prerendered === window.location.pathname && window.location.search === '';
if (prerendered) {
  // Hydrating needs the page's data in hand, or the first render would not match the HTML; the
  // content is on screen meanwhile. Without it (offline, say), the app renders as if not prerendered.
  void ready.then((loaded) => {
    if (loaded) startTransition(() => void hydrateRoot(root, app));
    else render();
  });
} else {
  render();
}

registerServiceWorker();
