import { lazy, Suspense } from 'react';
import { Route, Routes as RouterRoutes } from 'react-router';
import { Shell } from './layout/Shell';
import { Loading } from './components/Loading';

// Each screen is its own chunk: the first paint loads the shell and the screen it lands on.
const MyWork = lazy(() => import('./pages/MyWork'));
const Cases = lazy(() => import('./pages/Cases'));
const CasePage = lazy(() => import('./pages/CasePage'));
const ActPage = lazy(() => import('./pages/ActPage'));
const FileAct = lazy(() => import('./pages/FileAct'));
const Supervision = lazy(() => import('./pages/Supervision'));
const Overdue = lazy(() => import('./pages/Overdue'));
const Inbox = lazy(() => import('./pages/Inbox'));
const AdminCalendar = lazy(() => import('./pages/AdminCalendar'));
const AdminDirectory = lazy(() => import('./pages/AdminDirectory'));
const NotFound = lazy(() => import('./pages/NotFound'));

export default function Routes() {
  return (
    <Shell>
      <Suspense fallback={<Loading />}>
        <RouterRoutes>
          <Route path="/" element={<MyWork />} />
          <Route path="/cases" element={<Cases />} />
          <Route path="/cases/:id" element={<CasePage />} />
          <Route path="/cases/:id/file/:type" element={<FileAct />} />
          <Route path="/acts/:id" element={<ActPage />} />
          <Route path="/acts/:actId/edit" element={<FileAct />} />
          <Route path="/supervision" element={<Supervision />} />
          <Route path="/supervision/overdue" element={<Overdue />} />
          <Route path="/inbox" element={<Inbox />} />
          <Route path="/admin/calendar" element={<AdminCalendar />} />
          <Route path="/admin/offices" element={<AdminDirectory />} />
          <Route path="*" element={<NotFound />} />
        </RouterRoutes>
      </Suspense>
    </Shell>
  );
}
