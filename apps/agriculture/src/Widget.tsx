// ./Widget: the S-AGRICULTURE card on the district dashboard.
import { SectorWidget } from '@thidua/ui';
import { SECTOR_ID } from './sector.js';

const Widget = () => <SectorWidget sectorId={SECTOR_ID} />;

export default Widget;
