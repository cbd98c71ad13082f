import type { Credit } from '../lib/occupation';

function isWebAddress(value: string): boolean {
  return /^https?:\/\/\S+$/i.test(value);
}

/** Shows a web address from an export as a link, anything else as text. */
function SourceValue({ value }: { value: string }) {
  if (!isWebAddress(value)) return <>{value}</>;
  return (
    <a href={value} rel="noopener noreferrer">
      {value.replace(/^https?:\/\//i, '').replace(/\/$/, '')}
    </a>
  );
}

/** The O*NET source and licence, crosswalk, generator and attribution line of an export. */
export function CreditLine({ credit }: { credit: Credit }) {
  return (
    <dl data-credit className="flex flex-wrap gap-x-5 gap-y-1">
      <div className="flex gap-1">
        <dt className="font-semibold">Source:</dt>
        <dd>
          O*NET <SourceValue value={credit.onet} />
        </dd>
      </div>
      <div className="flex gap-1">
        <dt className="font-semibold">Crosswalk:</dt>
        <dd>
          <SourceValue value={credit.crosswalk} />
        </dd>
      </div>
      <div className="flex gap-1">
        <dt className="font-semibold">Generator:</dt>
        <dd>
          <SourceValue value={credit.generator} />
        </dd>
      </div>
      <div className="flex gap-1">
        <dt className="sr-only">Attribution:</dt>
        <dd>{credit.attribution}</dd>
      </div>
    </dl>
  );
}
