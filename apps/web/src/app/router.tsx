import { createBrowserRouter } from 'react-router-dom';

import { GuestOnly } from '../features/auth/GuestOnly';
import { LoginPage } from '../features/auth/LoginPage';
import { RegisterPage } from '../features/auth/RegisterPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { HistoryPage } from '../features/history/HistoryPage';
import { HomePage } from '../features/home/HomePage';
import { AppLayout } from '../features/layout/AppLayout';
import { PublicLayout } from '../features/layout/PublicLayout';
import { MyUnitPage } from '../features/my-unit/MyUnitPage';
import { ResultPage } from '../features/results/ResultPage';
import { QuizPage } from '../features/take-quiz/QuizPage';
import { NotFoundPage } from '../shared/NotFoundPage';
import { paths } from '../shared/paths';

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
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { path: paths.home, element: <HomePage /> },
          { path: paths.history, element: <HistoryPage /> },
          { path: paths.myUnit, element: <MyUnitPage /> },
          { path: '/attempts/:attemptId', element: <QuizPage /> },
          { path: '/attempts/:attemptId/result', element: <ResultPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
