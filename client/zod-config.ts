import { z } from 'zod';

// Imported first: zod otherwise probes `new Function` once, which the Content-Security-Policy
// (no 'unsafe-eval') reports as a violation even though zod catches it.
z.config({ jitless: true });
