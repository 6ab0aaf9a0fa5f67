// Charts are a separate chunk, fetched when the first chart is on screen.
import { lazy, Suspense, type ComponentProps } from 'react';
import { Loading } from '../components/primitives.js';
import { useI18n } from '../i18n/i18n.js';

const LineChartImpl = lazy(() => import('./line-chart.js'));

export type { Series } from './line-chart.js';

export const LineChart = (props: ComponentProps<typeof LineChartImpl>) => {
  const { t } = useI18n();
  return (
    <Suspense fallback={<Loading label={t('chart.loading')} />}>
      <LineChartImpl {...props} />
    </Suspense>
  );
};
