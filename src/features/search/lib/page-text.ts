/** The search page's heading and description, shared with its first frame in the built HTML (src/app/render-page.tsx). */
export const SEARCH_PAGE = {
  heading: 'Search',
  description: 'Search every occupation title and every competency statement, at every level.',
} as const;
