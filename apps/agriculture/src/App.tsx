// ./App: the whole S-AGRICULTURE module, rendered by the shell at /sector/S-AGRICULTURE.
import type { SectorModuleComponent } from '@thidua/ui/contract';
import { ModuleVersion, SectorApp } from '@thidua/ui/sector';
import { FOCUS, GOAL, KEY_INDICATOR, SECTOR_ID } from './sector.js';

// Typed as the shell mounts it (the contract in @thidua/ui): a module asking for more than the shell gives fails here.
const App: SectorModuleComponent = () => (
  <>
    <SectorApp sectorId={SECTOR_ID} keyIndicator={KEY_INDICATOR} goal={GOAL} title={FOCUS.title} why={FOCUS.why} />
    <ModuleVersion version={__MODULE_VERSION__} />
  </>
);

export default App;
