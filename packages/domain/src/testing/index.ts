// Fixtures for tests, demos and benchmarks: importable as @thidua/domain/testing, kept out of the main entry.
export { syntheticParticipants, seededRandom, type SyntheticParticipant } from './synthetic-participants.js';
export { sectorModuleProblems, type SectorModuleAbout } from './sector-module-problems.js';
