// The app's `zod` (vite.config.ts aliases it here in the browser build): zod otherwise probes
// `new Function` on its first parse, which the Content-Security-Policy (no 'unsafe-eval') reports
// as a violation even though zod catches it. Configured where zod loads, so zod stays out of the
// first-load bundle: only the lazily loaded forms and sync code bring it.
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
