// ./Widget: the S-AGRICULTURE card on the district dashboard.
import { SectorWidget } from '@thidua/ui';
import type { SectorModuleComponent } from '@thidua/ui/contract';
import { SECTOR_ID } from './sector.js';

const Widget: SectorModuleComponent = () => <SectorWidget sectorId={SECTOR_ID} />;

export default Widget;
