// The version of a sector module, shown under its page: what a clerk reads out when support asks "which version?".
import { useI18n } from '../i18n/i18n.js';

export const ModuleVersion = ({ version }: { version: string }) => {
  const { t } = useI18n();
  return (
    <p className="td-muted" data-testid="module-version">
      {t('sector.moduleVersion', { version })}
    </p>
  );
};
