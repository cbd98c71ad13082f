/**
 * The headings and descriptions of the assessment pages: what the pages show,
 * and what their first frames in the built HTML show before the code runs
 * (src/app/render-page.tsx).
 */
export interface PageText {
  heading: string;
  description: string;
}

export const assessmentPageText = (title: string): PageText => ({
  heading: `Assess yourself: ${title}`,
  description: `Rate yourself on each statement of the ${title} competency framework; your ratings stay in this browser.`,
});

export const resultsPageText = (title: string): PageText => ({
  heading: `Your results: ${title}`,
  description: `Your self-assessment against the ${title} competency framework, level by level.`,
});

export const MY_ASSESSMENTS_PAGE: PageText = {
  heading: 'My assessments',
  description: 'The self-assessments saved in this browser: continue, export, import or delete them.',
};

export const SHARED_ASSESSMENT_PAGE: PageText = {
  heading: 'Shared assessment',
  description: 'A self-assessment someone shared with you: their ratings, level by level.',
};
