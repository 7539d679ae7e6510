import type { Context } from 'hono';
import type { ExportFormat, PersonExport } from '../../shared/privacy/export';
import type { AppEnv } from '../http/context';
import { exportCsv } from './csv';

/** The export as a download: `<base>-<date>.json|csv`, attachment, never cached (API headers). */
export function sendExport(c: Context<AppEnv>, doc: PersonExport, format: ExportFormat, base: string): Response {
  const file = `${base}-${doc.exportedAt.slice(0, 10)}.${format}`;
  c.header('Content-Disposition', `attachment; filename="${file}"`);
  if (format === 'csv') {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    return c.body(exportCsv(doc.sections, c.get('user').timeZone));
  }
  c.header('Content-Type', 'application/json; charset=utf-8');
  return c.body(JSON.stringify(doc, null, 2));
}
