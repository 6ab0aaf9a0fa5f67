// A sector remote's whole ./App: the sector module with the remote's key indicator in focus. Each remote only says
// which sector, which indicator and why (its sector.ts); the page itself is written once, here.
import type { LocalizedText } from '@thidua/domain';
import { IndicatorFocus, useI18n } from '@thidua/ui';
import { SectorModule, type ExtraTab } from './sector-module.js';

export interface SectorFocus {
  sectorId: string;
  keyIndicator: string;
  title: LocalizedText;
  why: LocalizedText;
  /** The remote's registers tab (useRegistersTab). */
  registersTab?: ExtraTab;
}

export const SectorApp = ({ sectorId, keyIndicator, title, why, registersTab }: SectorFocus) => {
  const { pick } = useI18n();
  return (
    <SectorModule
      sectorId={sectorId}
      registersTab={registersTab}
      focus={
        <IndicatorFocus sectorId={sectorId} indicatorId={keyIndicator} title={pick(title)}>
          <p>{pick(why)}</p>
        </IndicatorFocus>
      }
    />
  );
};
