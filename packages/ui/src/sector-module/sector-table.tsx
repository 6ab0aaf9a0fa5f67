// The year's figures per commune (rows) and indicator (columns), sortable, as the sector office entered them.
import { type Column, DataTable, formatNumber, type SectorReportView, useI18n } from '@thidua/ui';

type Commune = SectorReportView['communes'][number];

export const SectorTable = ({ view }: { view: SectorReportView }) => {
  const { t, pick, lang } = useI18n();
  const values = view.report?.values ?? [];
  const valueOf = (unitId: string, indicatorId: string) => {
    const v = values.find((x) => x.unitId === unitId && x.indicatorId === indicatorId);
    return v ? (v.boolValue !== null ? (v.boolValue ? 100 : 0) : v.numberValue) : null;
  };
  const columns: Column<Commune>[] = [
    {
      key: 'name',
      header: t('common.commune'),
      cell: (c) => (lang === 'en' ? c.nameEn : c.name),
      sortValue: (c) => (lang === 'en' ? c.nameEn : c.name),
    },
    ...view.indicators.map((i) => ({
      key: i.id,
      header: (
        <span title={pick(i.label)}>
          {i.id} ({pick(i.unit)})
        </span>
      ),
      cell: (c: Commune) => {
        const v = valueOf(c.id, i.id);
        if (i.measure.kind === 'boolean') return v === null ? '—' : t(v === 100 ? 'common.yes' : 'common.no');
        return formatNumber(v, lang);
      },
      sortValue: (c: Commune) => valueOf(c.id, i.id),
      align: 'end' as const,
    })),
  ];
  if (!view.report) return <p className="td-muted">{t('common.none')}</p>;
  return (
    <DataTable
      rows={view.communes}
      columns={columns}
      rowKey={(c) => c.id}
      caption={t('sector.byCommune')}
      testId="sector-table"
    />
  );
};
