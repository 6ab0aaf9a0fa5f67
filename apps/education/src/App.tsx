// ./App: the whole S-EDUCATION module, rendered by the shell at /sector/S-EDUCATION.
import { SectorApp } from '@thidua/ui/sector';
import { FOCUS, GOAL, KEY_INDICATOR, SECTOR_ID } from './sector.js';

const App = () => (
  <SectorApp sectorId={SECTOR_ID} keyIndicator={KEY_INDICATOR} goal={GOAL} title={FOCUS.title} why={FOCUS.why} />
);

export default App;
