// The unit's yearly report through Excel, on the unit workspace.
import { ExcelExchange, useI18n } from '@thidua/ui';

export const ReportExcel = ({ unitId, year, editable }: { unitId: string; year: number; editable: boolean }) => {
  const { t } = useI18n();
  const base = `/api/excel/report/${encodeURIComponent(unitId)}/${year}`;
  return (
    <ExcelExchange
      title={t('excel.title')}
      hint={t('excel.hint')}
      downloadHref={base}
      downloadLabel={t('excel.download')}
      uploadHref={base}
      editable={editable}
      savedText={(count) => t('excel.saved', { count })}
      testId="report-excel"
    />
  );
};
