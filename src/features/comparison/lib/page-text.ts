/** The comparison's heading and description, shared with its first frame in the built HTML (src/app/render-page.tsx). */
export const COMPARISON_PAGE = {
  heading: 'Compare occupations',
  description: 'Compare the competency frameworks of two or more occupations side by side, level by level.',
} as const;
