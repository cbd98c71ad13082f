import { NotFoundMessage } from '../../components/not-found-message';

export function NotFoundRoute() {
  return <NotFoundMessage detail="There is no page at this address. It may have moved, or the link may be mistyped." />;
}
