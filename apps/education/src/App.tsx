// ./App: the whole S-EDUCATION module, rendered by the shell at /sector/S-EDUCATION: its focus, its registers and its version.
import type { SectorModuleComponent } from '@thidua/ui/contract';
import { ownSectorModule } from '@thidua/ui/sector';
import * as about from './sector.js';

// Typed as the shell mounts it (the contract in @thidua/ui): a module asking for more than the shell gives fails here.
const App: SectorModuleComponent = ownSectorModule(about, __MODULE_VERSION__);

export default App;
