import { createSignal, type JSX, Show } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { FeedSection } from '../ical/feed-section';
import { LangSwitch } from '../i18n/lang-switch';
import { PageTitle } from '../ui/page-title';
import { DevicesSection } from './devices-section';
import { PasswordForm } from './password-form';
import { PushSection } from './push-section';
import { at } from './texts';

/** "Mein Konto" (/konto): every signed-in person, about themselves only. */
export function AccountPage(): JSX.Element {
  // A password change signs out the other devices: the list is read again.
  const [refresh, setRefresh] = createSignal(0);
  const { user } = useAuthed();
  return (
    <>
      <PageTitle>{at('title')}</PageTitle>
      <PasswordForm onChanged={() => setRefresh((n) => n + 1)} />
      <DevicesSection refresh={refresh()} />
      <PushSection />
      <Show when={user.capabilities.includes('assignments.read-own')}>
        <FeedSection />
      </Show>
      <section aria-labelledby="language-title" class="card space-top">
        <h2 id="language-title">{at('languageHeading')}</h2>
        <p>{at('languageIntro')}</p>
        <LangSwitch class="btn" />
      </section>
      <section aria-labelledby="data-title" class="card space-top">
        <h2 id="data-title">{at('dataHeading')}</h2>
        <p>{at('dataIntro')}</p>
        <div class="button-row">
          <a class="btn" href="/api/account/export?format=json" download="" data-testid="export-json">
            {at('downloadJson')}
          </a>
          <a class="btn" href="/api/account/export?format=csv" download="" data-testid="export-csv">
            {at('downloadCsv')}
          </a>
        </div>
      </section>
    </>
  );
}
