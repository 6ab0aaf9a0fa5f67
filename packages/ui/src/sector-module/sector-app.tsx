// A sector remote's whole ./App: the sector module with the remote's key indicator in focus. Each remote only says
// which sector, which indicator and why (its sector.ts); the page itself is written once, here.
import { indicatorGoal, type LocalizedText } from '@thidua/domain';
import { IndicatorFocus, translator, useI18n, useSectorInfo } from '@thidua/ui';
import { MODULE_TEXTS } from './module-texts.js';
import { SectorModule, type RegistersTab } from './sector-module.js';

export interface SectorFocus {
  sectorId: string;
  keyIndicator: string;
  title: LocalizedText;
  why: LocalizedText;
  /** The remote's registers tab (useRegistersTab). */
  registersTab?: RegistersTab;
}

export const SectorApp = ({ sectorId, keyIndicator, title, why, registersTab }: SectorFocus) => {
  const { pick, lang } = useI18n();
  // The goal is the movement's (the indicator's threshold); a working mark of the district is said to be one.
  const indicator = useSectorInfo(sectorId).sector?.indicators.find((i) => i.id === keyIndicator);
  const goal = indicator ? indicatorGoal(indicator) : null;
  const goalNote = indicator?.workingGoal ? translator(lang, MODULE_TEXTS)('focus.workingGoal') : undefined;
  return (
    <SectorModule
      sectorId={sectorId}
      registersTab={registersTab}
      focus={
        <IndicatorFocus
          sectorId={sectorId}
          indicatorId={keyIndicator}
          goal={goal}
          goalNote={goalNote}
          title={pick(title)}
        >
          <p>{pick(why)}</p>
        </IndicatorFocus>
      }
    />
  );
};
