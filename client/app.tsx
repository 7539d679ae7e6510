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
const InvitationPage = lazy(() => import('./onboarding/invitation-page').then((m) => ({ default: m.InvitationPage })));
const PeopleListPage = lazy(() => import('./people/people-list-page').then((m) => ({ default: m.PeopleListPage })));
const NewPersonPage = lazy(() => import('./people/person-page').then((m) => ({ default: m.NewPersonPage })));
const PersonPage = lazy(() => import('./people/person-admin-page').then((m) => ({ default: m.PersonAdminPage })));
const SyncPage = lazy(() => import('./sync/sync-page').then((m) => ({ default: m.SyncPage })));
// Planning (assignments.plan): its own chunk, never in a worker's download.
const PlanningPage = lazy(() => import('./planning/planning-page').then((m) => ({ default: m.PlanningPage })));
// Planners' pages (assignments.plan): their own chunks.
const CoverRequestsPage = lazy(() =>
  import('./cover-requests/requests-page').then((m) => ({ default: m.RequestsPage })),
);
// Through the planners' chunk, whose preload list the entry holds already: the route costs the first load little.
const OpenShiftsPlannerPage = lazy(() =>
  import('./planning/planning-page').then((m) => ({ default: m.OpenShiftsPlannerPage })),
);
const SeriesPage = lazy(() => import('./series/series-page').then((m) => ({ default: m.SeriesPage })));
const RotationPage = lazy(() => import('./rotation/rotation-page').then((m) => ({ default: m.RotationPage })));
const AuditPage = lazy(() => import('./audit/audit-page').then((m) => ({ default: m.AuditPage })));
// Administration (association.manage): its own chunks, never in a worker's download.
const AdminHubPage = lazy(() => import('./masterdata/admin-hub-page').then((m) => ({ default: m.AdminHubPage })));
const adminList = () => import('./masterdata/master-list-page');
const adminEdit = () => import('./masterdata/master-edit-page');
const MunicipalitiesPage = lazy(() => adminList().then((m) => ({ default: m.MunicipalitiesPage })));
const MunicipalityEditPage = lazy(() => adminEdit().then((m) => ({ default: m.MunicipalityEditPage })));
const SitesPage = lazy(() => adminList().then((m) => ({ default: m.SitesPage })));
const SiteEditPage = lazy(() => adminEdit().then((m) => ({ default: m.SiteEditPage })));
const ServiceTypesPage = lazy(() => adminList().then((m) => ({ default: m.ServiceTypesPage })));
const ServiceTypeEditPage = lazy(() => adminEdit().then((m) => ({ default: m.ServiceTypeEditPage })));
const ClosureDaysPage = lazy(() => adminList().then((m) => ({ default: m.ClosureDaysPage })));
const ClosureDayEditPage = lazy(() => adminEdit().then((m) => ({ default: m.ClosureDayEditPage })));
const AssociationPage = lazy(() =>
  import('./masterdata/association-page').then((m) => ({ default: m.AssociationPage })),
);
// Absences: the person's own page, and the planners' page in a chunk of its own.
const MyAbsencesPage = lazy(() => import('./absences/my-absences-page').then((m) => ({ default: m.MyAbsencesPage })));
const AbsencePlannerPage = lazy(() =>
  import('./absences/planner-page').then((m) => ({ default: m.AbsencePlannerPage })),
);
const InboxPage = lazy(() => import('./notifications/inbox-page').then((m) => ({ default: m.InboxPage })));
const AccountPage = lazy(() => import('./account/account-page').then((m) => ({ default: m.AccountPage })));

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
      <Route path="/einladung/:token" component={InvitationPage} />
      <Route path="/" component={AuthedLayout}>
        <Route path="/" component={TodayPage} />
        <Route path="/woche" component={WeekPage} />
        <Route path="/einsatz/:id" component={AssignmentPage} />
        <Route path="/zeiten" component={HoursPage} />
        <Route path="/zeiten/neu" component={NewEntryPage} />
        <Route path="/zeiten/:id" component={EditEntryPage} />
        <Route path="/sync" component={SyncPage} />
        <Route path="/planung" component={PlanningPage} />
        <Route path="/planung/anfragen" component={CoverRequestsPage} />
        <Route path="/verwaltung/protokoll" component={AuditPage} />
        <Route path="/verwaltung" component={AdminHubPage} />
        <Route path="/verwaltung/gemeinden" component={MunicipalitiesPage} />
        <Route path="/verwaltung/gemeinden/:id" component={MunicipalityEditPage} />
        <Route path="/verwaltung/standorte" component={SitesPage} />
        <Route path="/verwaltung/standorte/:id" component={SiteEditPage} />
        <Route path="/verwaltung/leistungen" component={ServiceTypesPage} />
        <Route path="/verwaltung/leistungen/:id" component={ServiceTypeEditPage} />
        <Route path="/verwaltung/schliesstage" component={ClosureDaysPage} />
        <Route path="/verwaltung/schliesstage/:id" component={ClosureDayEditPage} />
        <Route path="/verwaltung/verband" component={AssociationPage} />
        <Route path="/verwaltung/personen" component={PeopleListPage} />
        <Route path="/verwaltung/personen/neu" component={NewPersonPage} />
        <Route path="/verwaltung/personen/:id" component={PersonPage} />
        <Route path="/konto" component={AccountPage} />
        <Route path="/abwesenheiten" component={MyAbsencesPage} />
        <Route path="/planung/abwesenheiten" component={AbsencePlannerPage} />
        <Route path="/mitteilungen" component={InboxPage} />
        <Route path="/planung/serien" component={SeriesPage} />
        <Route path="/planung/offene-dienste" component={OpenShiftsPlannerPage} />
        <Route path="/planung/ausbildung" component={RotationPage} />
        <Route path="*" component={NotFound} />
      </Route>
    </Router>
  );
}
