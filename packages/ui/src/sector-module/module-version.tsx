// The version of a sector module, shown under its page: what a clerk reads out when support asks "which version?".
// Built into the module (with @thidua/ui/sector); the i18n it reads is the shell's, by package name.
import { useI18n } from '@thidua/ui';

export const ModuleVersion = ({ version }: { version: string }) => {
  const { t } = useI18n();
  return (
    <p className="td-muted" data-testid="module-version">
      {t('sector.moduleVersion', { version })}
    </p>
  );
};
