import { Navigate, useParams } from 'react-router-dom';
import { paths } from '../../config/paths';

/** An occupation opens at its first level; each level has one address. */
export function OccupationRedirect() {
  const { soc = '' } = useParams();
  return <Navigate replace to={paths.level.getHref(soc, 'emerging')} />;
}
