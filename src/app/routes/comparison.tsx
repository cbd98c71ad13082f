import { ComparisonView } from '../../features/comparison/components/comparison-view';

export function ComparisonRoute() {
  return <ComparisonView />;
}
