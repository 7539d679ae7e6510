import { A } from '@solidjs/router';
import { createResource, type JSX, Show } from 'solid-js';
import { type AboutResponse, STATEMENT_DATE } from '../../shared/accessibility/schema';
import { formatDate, t } from '../i18n/i18n';
import { PageTitle } from '../ui/page-title';
import { PublicHeader } from '../ui/public-header';

/** The operator's contact for barrier reports; null when none is set or the server cannot be reached. */
async function loadContact(): Promise<string | null> {
  try {
    const res = await fetch('/api/about', { credentials: 'same-origin' });
    return res.ok ? ((await res.json()) as AboutResponse).accessibilityContact : null;
  } catch {
    return null; // offline: the statement still reads, with the general way to report
  }
}

/**
 * The accessibility statement public bodies must publish (EU 2016/2102, model of 2018/1523):
 * compliance status, known barriers, how it was assessed, where to report, enforcement. Readable
 * without logging in; the operator sets the contact with ACCESSIBILITY_CONTACT.
 */
export function StatementPage(): JSX.Element {
  const [contact] = createResource(loadContact);
  const href = (c: string) => (c.includes('@') && !c.includes('://') ? `mailto:${c}` : c);
  return (
    <>
      <PublicHeader />
      <main id="main" tabindex="-1" class="statement-page">
        <PageTitle>{t('a11y.title')}</PageTitle>
        <p>{t('a11y.intro')}</p>
        <h2>{t('a11y.statusTitle')}</h2>
        <p>{t('a11y.status')}</p>
        <h2>{t('a11y.knownTitle')}</h2>
        <ul>
          <li>{t('a11y.knownAudit')}</li>
          <li>{t('a11y.knownDates')}</li>
        </ul>
        <h2>{t('a11y.methodTitle')}</h2>
        <p>{t('a11y.method', { date: formatDate(STATEMENT_DATE) })}</p>
        <h2>{t('a11y.feedbackTitle')}</h2>
        <Show when={contact()} fallback={<p>{t('a11y.feedbackNone')}</p>}>
          {(c) => (
            <p>
              {t('a11y.feedbackContact')}{' '}
              <a href={href(c())} data-testid="a11y-contact">
                {c()}
              </a>
            </p>
          )}
        </Show>
        <h2>{t('a11y.enforcementTitle')}</h2>
        <p>{t('a11y.enforcement')}</p>
        <p>
          <A href="/">{t('app.back')}</A>
        </p>
      </main>
    </>
  );
}
