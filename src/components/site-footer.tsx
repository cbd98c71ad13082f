import { useCatalog } from '../api/get-catalog';
import { CreditLine } from './credit-line';

export function SiteFooter() {
  const { credits } = useCatalog();
  return (
    <footer data-site-credits className="mt-16 border-t border-line bg-surface print:mt-3 print:border-t-0">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-6 text-sm text-ink-muted sm:px-6 print:px-0 print:py-2 print:text-xs">
        <h2 className="font-semibold text-ink">Data sources</h2>
        {credits.length === 0 ? (
          <p>No exports are loaded yet.</p>
        ) : (
          <ul className="space-y-2">
            {credits.map((credit) => (
              <li key={`${credit.onet}|${credit.crosswalk}|${credit.generator}|${credit.attribution}`}>
                <CreditLine credit={credit} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </footer>
  );
}
