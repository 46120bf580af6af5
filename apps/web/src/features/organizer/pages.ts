/** The organizer console's pages, loaded as one chunk only by those who open the console. */
export { AuditPage } from './audit/AuditPage';
export { CollectivePrizesPage } from './collective/CollectivePrizesPage';
export { ContestDetailPage } from './contest-detail/ContestDetailPage';
export { ContestsPage } from './contests/ContestsPage';
export { DashboardPage } from './dashboard/DashboardPage';
export { ExportsPage } from './exports/ExportsPage';
export { OverridesPage } from './overrides/OverridesPage';
export { QuestionBankPage } from './questions/QuestionBankPage';
export { QuestionBanksPage } from './questions/QuestionBanksPage';
export { ReportsPage } from './reports/ReportsPage';
export { RoundResultsPage } from './results/RoundResultsPage';
export { UnitsPage } from './units/UnitsPage';
export { ContestWizardPage } from './wizard/ContestWizardPage';
