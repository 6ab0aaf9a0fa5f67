// The data a sector screen needs: the programme (from the plan), approved aggregates, and the year's report.
import { useQuery } from '@tanstack/react-query';
import type { RouterOutputs } from '@thidua/api';
import { useApi } from '../api/api-provider.js';

export type SectorInfo = RouterOutputs['sectors']['list'][number];
export type SectorSummary = RouterOutputs['sectors']['summary'];
export type SectorReportView = RouterOutputs['sectors']['report'];

export const useSectorInfo = (sectorId: string) => {
  const api = useApi();
  const list = useQuery({
    queryKey: ['sectors.list'],
    queryFn: () => api.sectors.list.query(),
    staleTime: 10 * 60_000,
  });
  return { ...list, sector: list.data?.find((s) => s.id === sectorId) };
};

export const useSectorSummary = (sectorId: string) => {
  const api = useApi();
  return useQuery({ queryKey: ['sectors.summary', sectorId], queryFn: () => api.sectors.summary.query({ sectorId }) });
};

export const useSectorReport = (sectorId: string, year: number, enabled: boolean) => {
  const api = useApi();
  return useQuery({
    queryKey: ['sectors.report', sectorId, year],
    queryFn: () => api.sectors.report.query({ sectorId, year }),
    enabled,
  });
};
