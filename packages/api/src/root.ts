// The API: one router per area. This file only composes.
import { adminRouter } from './routers/admin.router.js';
import { grantsRouter } from './routers/grants.router.js';
import { peopleRouter } from './routers/people.router.js';
import { auditRouter } from './routers/audit.router.js';
import { councilRouter } from './routers/council.router.js';
import { decisionsRouter } from './routers/decisions.router.js';
import { documentsRouter } from './routers/documents.router.js';
import { authRouter } from './routers/auth.router.js';
import { initiativesRouter } from './routers/initiatives.router.js';
import { leaderboardRouter } from './routers/leaderboard.router.js';
import { movementRouter } from './routers/movement.router.js';
import { notificationsRouter } from './routers/notifications.router.js';
import { tasksRouter } from './routers/tasks.router.js';
import { nominationsRouter } from './routers/nominations.router.js';
import { openDataRouter } from './routers/open-data.router.js';
import { orgAdminRouter } from './routers/org-admin.router.js';
import { orgUnitsRouter } from './routers/org-units.router.js';
import { plansRouter } from './routers/plans.router.js';
import { registrationsRouter } from './routers/registrations.router.js';
import { reportsRouter } from './routers/reports.router.js';
import { sectorsRouter } from './routers/sectors.router.js';
import { targetsRouter } from './routers/targets.router.js';
import { router } from './trpc.js';

export const appRouter = router({
  auth: authRouter,
  movement: movementRouter,
  orgUnits: orgUnitsRouter,
  orgAdmin: orgAdminRouter,
  registrations: registrationsRouter,
  plans: plansRouter,
  reports: reportsRouter,
  sectors: sectorsRouter,
  openData: openDataRouter,
  leaderboard: leaderboardRouter,
  targets: targetsRouter,
  nominations: nominationsRouter,
  council: councilRouter,
  decisions: decisionsRouter,
  documents: documentsRouter,
  initiatives: initiativesRouter,
  notifications: notificationsRouter,
  tasks: tasksRouter,
  admin: adminRouter,
  grants: grantsRouter,
  people: peopleRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
