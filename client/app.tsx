import { Route, Router, type RouteSectionProps } from '@solidjs/router';
import { type JSX, lazy } from 'solid-js';
import { TodayPage } from './assignments/today-page';
import { AuthedLayout } from './auth/authed-layout';
import { t } from './i18n/i18n';
import { Announcer } from './ui/announcer';
import { ConfirmHost } from './ui/confirm-dialog';
import { PageTitle } from './ui/page-title';
import { RouteFocus } from './ui/route-focus';
import { SkipLink } from './ui/skip-link';

// Only "Heute" is in the first download; every other page loads when first opened.
const LoginPage = lazy(() => import('./auth/login-page').then((m) => ({ default: m.LoginPage })));
const WeekPage = lazy(() => import('./assignments/week-page').then((m) => ({ default: m.WeekPage })));
const AssignmentPage = lazy(() => import('./assignments/assignment-page').then((m) => ({ default: m.AssignmentPage })));
const HoursPage = lazy(() => import('./time-entries/hours-page').then((m) => ({ default: m.HoursPage })));
const NewEntryPage = lazy(() => import('./time-entries/new-entry-page').then((m) => ({ default: m.NewEntryPage })));
const EditEntryPage = lazy(() => import('./time-entries/edit-entry-page').then((m) => ({ default: m.EditEntryPage })));
const StatementPage = lazy(() => import('./accessibility/statement-page').then((m) => ({ default: m.StatementPage })));
const PeopleListPage = lazy(() => import('./people/people-list-page').then((m) => ({ default: m.PeopleListPage })));
const NewPersonPage = lazy(() => import('./people/person-page').then((m) => ({ default: m.NewPersonPage })));
const PersonPage = lazy(() => import('./people/person-page').then((m) => ({ default: m.PersonPage })));
const SyncPage = lazy(() => import('./sync/sync-page').then((m) => ({ default: m.SyncPage })));

function Root(props: RouteSectionProps): JSX.Element {
  return (
    <>
      <SkipLink />
      <RouteFocus />
      {props.children}
      <ConfirmHost />
      <Announcer />
    </>
  );
}

function NotFound(): JSX.Element {
  return <PageTitle>{t('app.notFound')}</PageTitle>;
}

export function App(): JSX.Element {
  return (
    <Router root={Root}>
      <Route path="/login" component={LoginPage} />
      <Route path="/barrierefreiheit" component={StatementPage} />
      <Route path="/" component={AuthedLayout}>
        <Route path="/" component={TodayPage} />
        <Route path="/woche" component={WeekPage} />
        <Route path="/einsatz/:id" component={AssignmentPage} />
        <Route path="/zeiten" component={HoursPage} />
        <Route path="/zeiten/neu" component={NewEntryPage} />
        <Route path="/zeiten/:id" component={EditEntryPage} />
        <Route path="/sync" component={SyncPage} />
        <Route path="/verwaltung/personen" component={PeopleListPage} />
        <Route path="/verwaltung/personen/neu" component={NewPersonPage} />
        <Route path="/verwaltung/personen/:id" component={PersonPage} />
        <Route path="*" component={NotFound} />
      </Route>
    </Router>
  );
}
