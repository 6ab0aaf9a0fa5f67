// ./App: the whole S-EDUCATION module, rendered by the shell at /sector/S-EDUCATION.
import { IndicatorFocus, useI18n } from '@thidua/ui';
import { SectorModule } from '@thidua/ui/sector';
import { FOCUS, GOAL, KEY_INDICATOR, SECTOR_ID } from './sector.js';

const App = () => {
  const { pick } = useI18n();
  return (
    <SectorModule
      sectorId={SECTOR_ID}
      focus={
        <IndicatorFocus sectorId={SECTOR_ID} indicatorId={KEY_INDICATOR} goal={GOAL} title={pick(FOCUS.title)}>
          <p>{pick(FOCUS.why)}</p>
        </IndicatorFocus>
      }
    />
  );
};

export default App;
