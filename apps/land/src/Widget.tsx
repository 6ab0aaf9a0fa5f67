// ./Widget: the S-LAND-ENV card on the district dashboard.
import { SectorWidget, type SectorModuleComponent } from '@thidua/ui';
import { SECTOR_ID } from './sector.js';

const Widget: SectorModuleComponent = () => <SectorWidget sectorId={SECTOR_ID} />;

export default Widget;
