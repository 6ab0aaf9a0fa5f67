// Demo data must never pass for the real thing: a banner on every screen of an instance that is not production.
import { useI18n } from '@thidua/ui';
import { useInstance } from './instance.js';

export const DemoBanner = () => {
  const { t } = useI18n();
  const instance = useInstance();
  if (!instance.data?.demo) return null;
  return (
    <div className="td-demo-banner" role="note" data-testid="demo-banner">
      {t('demo.banner')}
    </div>
  );
};
