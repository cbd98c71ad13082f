import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Built data never changes while a page is open.
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        // One quick retry covers a dropped connection; the error state offers more.
        retry: 1,
      },
    },
  });
}
