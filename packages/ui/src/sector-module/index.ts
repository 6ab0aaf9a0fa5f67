// @thidua/ui/sector: a sector programme's full module (charts, per-commune table, data entry, approval flow), rendered
// by each sector remote and by the shell's generic sector page. A separate entry, loaded when a sector page opens.
// Its files import the shared UI by package name: a relative import would bundle a second copy of its React contexts.
export { SectorModule } from './sector-module.js';
export { SectorApp, type SectorFocus } from './sector-app.js';
export { ModuleVersion } from './module-version.js';
export { RegisterPanel, useRegistersTab } from './register-panel.js';
export type { RegistersTab } from './sector-module.js';
export { ownSectorModule, type SectorAbout } from './own-sector-module.js';
