import { Navigate, createBrowserRouter } from 'react-router-dom';

import { GuestOnly } from '../features/auth/GuestOnly';
import { LoginPage } from '../features/auth/LoginPage';
import { RegisterPage } from '../features/auth/RegisterPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { HistoryPage } from '../features/history/HistoryPage';
import { HomePage } from '../features/home/HomePage';
import { AppLayout } from '../features/layout/AppLayout';
import { OpenLayout } from '../features/layout/OpenLayout';
import { PublicLayout } from '../features/layout/PublicLayout';
import { RequireOrganizer } from '../features/organizer/RequireOrganizer';
import { PublicRoundPage } from '../features/public-results/PublicRoundPage';
import { PublishedRoundsPage } from '../features/public-results/PublishedRoundsPage';
import { ResultPage } from '../features/results/ResultPage';
import { QuizPage } from '../features/take-quiz/QuizPage';
import { UnitsBoardShell } from '../features/units-board/UnitsBoardShell';
import { NotFoundPage } from '../shared/NotFoundPage';
import { PageLoader } from '../shared/PageLoader';
import { paths, routePatterns } from '../shared/paths';

// Participants on phones never download the organizer console: it is its own chunk, loaded on first visit.
const organizerPages = () => import('../features/organizer/pages');
type OrganizerPage = keyof Awaited<ReturnType<typeof organizerPages>>;
const organizerPage = (name: OrganizerPage) => async () => ({ Component: (await organizerPages())[name] });
// The unit admin's area and the board of units carry the charts library: their own chunks too.
const myUnitPage = async () => ({ Component: (await import('../features/my-unit/MyUnitPage')).MyUnitPage });
// The clip track: entrants' pages, judges' score sheets and the public gallery, each its own chunk.
const entriesPages = () => import('../features/entries/pages');
const entriesPage = (name: keyof Awaited<ReturnType<typeof entriesPages>>) => async () => ({
  Component: (await entriesPages())[name],
});
const judgingPages = () => import('../features/judging/pages');
const judgingPage = (name: keyof Awaited<ReturnType<typeof judgingPages>>) => async () => ({
  Component: (await judgingPages())[name],
});
const galleryPages = () => import('../features/gallery/pages');
const galleryPage = (name: keyof Awaited<ReturnType<typeof galleryPages>>) => async () => ({
  Component: (await galleryPages())[name],
});
const initiativesPages = () => import('../features/initiatives/pages');
const initiativesPage = (name: keyof Awaited<ReturnType<typeof initiativesPages>>) => async () => ({
  Component: (await initiativesPages())[name],
});
// A hall's projector loads only the live final's own chunk.
const livePages = () => import('../features/live-final/pages');
const livePage = (name: keyof Awaited<ReturnType<typeof livePages>>) => async () => ({
  Component: (await livePages())[name],
});
const unitsBoardPage = async () => ({
  Component: (await import('../features/units-board/UnitsBoardPage')).UnitsBoardPage,
});

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    children: [
      {
        element: <GuestOnly />,
        children: [
          { path: paths.login, element: <LoginPage /> },
          { path: paths.register, element: <RegisterPage /> },
        ],
      },
    ],
  },
  {
    element: <OpenLayout />,
    children: [
      { path: paths.publicResults, element: <PublishedRoundsPage /> },
      { path: routePatterns.publicRound, element: <PublicRoundPage /> },
      { path: paths.clips, lazy: galleryPage('ClipTracksListPage') },
      { path: routePatterns.gallery, lazy: galleryPage('GalleryPage') },
      { path: routePatterns.galleryRanking, lazy: galleryPage('RankingPage') },
      { path: routePatterns.trackResults, lazy: galleryPage('TrackResultsPage') },
    ],
  },
  {
    path: paths.unitsBoard,
    element: <UnitsBoardShell />,
    hydrateFallbackElement: <PageLoader />,
    children: [{ index: true, lazy: unitsBoardPage }],
  },
  // Public and bare: a projector shows no menu and needs no sign-in.
  {
    path: routePatterns.liveBoard,
    lazy: livePage('LiveProjectorPage'),
    hydrateFallbackElement: <PageLoader />,
  },
  {
    element: <RequireAuth />,
    hydrateFallbackElement: <PageLoader />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { path: paths.home, element: <HomePage /> },
          { path: paths.history, element: <HistoryPage /> },
          { path: paths.myUnit, lazy: myUnitPage },
          { path: paths.unitInitiatives, lazy: initiativesPage('UnitInitiativesPage') },
          { path: paths.judging, lazy: judgingPage('JudgingHomePage') },
          { path: routePatterns.liveJudging, lazy: judgingPage('LiveJudgingPage') },
          { path: routePatterns.scoreSheet, lazy: judgingPage('ScoreSheetPage') },
          { path: routePatterns.myEntries, lazy: entriesPage('MyEntriesPage') },
          { path: '/attempts/:attemptId', element: <QuizPage /> },
          { path: '/attempts/:attemptId/result', element: <ResultPage /> },
          {
            element: <RequireOrganizer />,
            children: [
              { path: paths.organizer, element: <Navigate to={paths.contests} replace /> },
              { path: paths.contests, lazy: organizerPage('ContestsPage') },
              { path: paths.newContest, lazy: organizerPage('ContestWizardPage') },
              { path: routePatterns.contest, lazy: organizerPage('ContestDetailPage') },
              { path: routePatterns.questionBank, lazy: organizerPage('QuestionBankPage') },
              { path: routePatterns.collectivePrizes, lazy: organizerPage('CollectivePrizesPage') },
              { path: paths.questionBanks, lazy: organizerPage('QuestionBanksPage') },
              { path: routePatterns.roundDashboard, lazy: organizerPage('DashboardPage') },
              { path: routePatterns.roundOverrides, lazy: organizerPage('OverridesPage') },
              { path: routePatterns.roundResults, lazy: organizerPage('RoundResultsPage') },
              { path: paths.units, lazy: organizerPage('UnitsPage') },
              { path: paths.reports, lazy: organizerPage('ReportsPage') },
              { path: paths.clipTracks, lazy: organizerPage('ClipTracksPage') },
              { path: routePatterns.trackSettings, lazy: organizerPage('TrackSettingsPage') },
              { path: routePatterns.screening, lazy: organizerPage('ScreeningPage') },
              { path: routePatterns.assignments, lazy: organizerPage('AssignmentsPage') },
              { path: routePatterns.stageResults, lazy: organizerPage('StageResultsPage') },
              { path: routePatterns.liveControl, lazy: organizerPage('LiveControlPage') },
              { path: routePatterns.quotas, lazy: organizerPage('QuotasPage') },
              { path: routePatterns.originality, lazy: organizerPage('OriginalityPage') },
              { path: routePatterns.awards, lazy: organizerPage('AwardsPage') },
              { path: routePatterns.interactions, lazy: organizerPage('InteractionsPage') },
              { path: routePatterns.entryOriginality, lazy: organizerPage('OriginalityComparePage') },
              { path: paths.initiativeRegister, lazy: organizerPage('RegisterPage') },
              { path: paths.exports, lazy: organizerPage('ExportsPage') },
              { path: paths.audit, lazy: organizerPage('AuditPage') },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
