import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
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
preloadPage(routes, window.location, queryClient, import.meta.env.BASE_URL);

// A transition renders in small slices, so the first render never blocks input for long.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        {/* Without transitions, the address updates as each key is typed, so inputs bound to it lose nothing. */}
        <BrowserRouter basename={import.meta.env.BASE_URL} useTransitions={false}>
          <AppRoutes />
        </BrowserRouter>
      </AppProvider>
    </StrictMode>,
  );
});

registerServiceWorker();
