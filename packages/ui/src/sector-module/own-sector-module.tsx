// A sector remote's ./App from what the remote says about itself (its sector.ts) and its build's version: the sector
// module with the remote's focus, its registers tab and its version line. A remote wanting other screens writes its
// own App instead; the shell only relies on the contract.
import type { LocalizedText } from '@thidua/domain';
import type { SectorModuleComponent } from '@thidua/ui/contract';
import { ModuleVersion } from './module-version.js';
import { useRegistersTab } from './register-panel.js';
import { SectorApp } from './sector-app.js';

/** The exports of a remote's sector.ts. */
export interface SectorAbout {
  SECTOR_ID: string;
  KEY_INDICATOR: string;
  FOCUS: { title: LocalizedText; why: LocalizedText };
}

export const ownSectorModule = (about: SectorAbout, version: string): SectorModuleComponent => {
  const OwnSectorModule: SectorModuleComponent = () => {
    const registers = useRegistersTab(about.SECTOR_ID);
    return (
      <>
        <SectorApp
          sectorId={about.SECTOR_ID}
          keyIndicator={about.KEY_INDICATOR}
          title={about.FOCUS.title}
          why={about.FOCUS.why}
          registersTab={registers}
        />
        <ModuleVersion version={version} />
      </>
    );
  };
  return OwnSectorModule;
};
