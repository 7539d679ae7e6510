import { type PullResponse, pullResponseSchema } from '../../shared/sync/protocol';
import type { TestApp } from './test-app';

/** A device's pull from `cursor` to the end, every page; throws on anything but 200. */
export async function pullAll(
  t: TestApp,
  cookie: string,
  cursor = 0,
): Promise<{ pages: PullResponse[]; cursor: number }> {
  const pages: PullResponse[] = [];
  for (;;) {
    const res = await t.request(`/api/sync/pull?cursor=${cursor}&limit=1000`, { cookie });
    if (res.status !== 200) throw new Error(`pull failed: ${res.status} ${await res.text()}`);
    const page = pullResponseSchema.parse(await res.json());
    pages.push(page);
    cursor = page.cursor;
    if (!page.more) return { pages, cursor };
  }
}
