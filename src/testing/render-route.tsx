import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router-dom';
import { AppProvider } from '../app/provider';
import { AppRoutes } from '../app/router';

/** Where the app is, for assertions on the address: `router.state.location`. */
export interface RouterProbe {
  state: { location: Location };
}

function LocationProbe({ onChange }: { onChange: (location: Location) => void }) {
  const location = useLocation();
  useLayoutEffect(() => {
    onChange(location);
  }, [onChange, location]);
  return null;
}

/** Renders the real routes and providers at a path, with a fresh query cache. */
export function renderRoute(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const router: RouterProbe = {
    state: { location: { pathname: '', search: '', hash: '', state: null, key: '' } },
  };
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]} useTransitions={false}>
        <AppRoutes />
        <LocationProbe
          onChange={(location) => {
            router.state.location = location;
          }}
        />
      </MemoryRouter>
    </AppProvider>,
  );
  return { ...view, router, user, queryClient };
}
