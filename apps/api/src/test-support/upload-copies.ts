import type { ChildProcess } from 'node:child_process';

import type { DataSource } from 'typeorm';

import type { Entry, Track } from '@contest/contracts';
import { ApiClient, createUser, freePort, outputOf, pollUntil, spawnApi } from '@contest/server/testing';

import { linkCallSettings } from './contests';

/** An api process (built code) on a free port, once it answers; it joins `copies`, for the test to kill. */
export async function startApiCopy(
  copies: ChildProcess[],
  env: Record<string, string> = {},
): Promise<string> {
  const port = await freePort();
  const child = spawnApi(port, env);
  copies.push(child);
  const url = `http://127.0.0.1:${port}`;
  await pollUntil(
    async () => (await fetch(`${url}/api/health`).catch(() => null))?.ok,
    `an api copy to answer (${outputOf(child)})`,
  );
  return url;
}

const tusHeaders = (cookie: string, more: Record<string, string> = {}) => ({
  'tus-resumable': '1.0.0',
  cookie,
  ...more,
});

/**
 * A unit admin of a clip track open now (files up to `maxMegabytes`), signed in through `base`,
 * and the tus requests their phone sends, each to the api copy the test names.
 */
export async function clipUploader(db: DataSource, base: string, maxMegabytes: number, unitCode: string) {
  const organizer = new ApiClient(base);
  const o = await createUser(db, { role: 'organizer' });
  await organizer.login(o.login, o.password);
  const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
  const created = await organizer.post<Track>(`/contests/${contestId}/tracks`, {
    kind: 'clip',
    settings: {
      ...linkCallSettings('Clip qua nhiều máy chủ', 10),
      topics: ['Cải cách hành chính'],
      allowFiles: true,
      allowLinks: false,
      maxMegabytes,
      maxDurationSeconds: 60,
    },
  });
  expect(created.status).toBe(201);
  const a = await createUser(db, { role: 'unit_admin', unitCode });
  const admin = new ApiClient(base);
  await admin.login(a.login, a.password);
  const cookie = admin.sessionCookie!;

  /** A draft entry of theirs, for a clip. */
  const draft = async (title: string) =>
    (
      await admin.post<Entry>(`/tracks/${created.body.id}/entries`, {
        title,
        description: 'Một clip tải qua hai máy chủ',
        topic: 'Cải cách hành chính',
        authors: ['Nguyễn Văn An'],
        linkUrl: null,
      })
    ).body.id;
  /** A new upload of `size` bytes for the entry, created through `copy`; with `whole`, sent with it. */
  const create = async (copy: string, entryId: number, size: number, whole?: Buffer) => {
    const meta = { entryId: String(entryId), filename: 'clip.mp4', filetype: 'video/mp4' };
    const upload = await fetch(`${copy}/api/uploads`, {
      method: 'POST',
      headers: tusHeaders(cookie, {
        'upload-length': String(size),
        'upload-metadata': Object.entries(meta)
          .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
          .join(','),
        ...(whole ? { 'content-type': 'application/offset+octet-stream' } : {}),
      }),
      body: whole && new Uint8Array(whole),
    });
    expect(upload.status).toBe(201);
    const id = upload.headers.get('location')!.split('/').pop()!;
    return { id, path: `/api/uploads/${id}`, offset: Number(upload.headers.get('upload-offset') ?? 0) };
  };

  return {
    draft,
    create,
    /** A draft entry and a new upload of `size` bytes for it, created through `copy`. */
    begin: async (copy: string, size: number, title: string) => {
      const entryId = await draft(title);
      return { entryId, ...(await create(copy, entryId, size)) };
    },
    offsetAt: async (copy: string, path: string) => {
      const head = await fetch(`${copy}${path}`, { method: 'HEAD', headers: tusHeaders(cookie) });
      expect(head.status).toBe(200);
      return Number(head.headers.get('upload-offset'));
    },
    patch: (copy: string, path: string, offset: number, bytes: Buffer) =>
      fetch(`${copy}${path}`, {
        method: 'PATCH',
        headers: tusHeaders(cookie, {
          'upload-offset': String(offset),
          'content-type': 'application/offset+octet-stream',
        }),
        body: new Uint8Array(bytes),
      }),
    /** A PATCH whose body sends `bytes` and then waits, as a phone's upload does when the line stalls. */
    stalledPatch: (copy: string, path: string, offset: number, bytes: Buffer) => {
      let stall!: () => void;
      const stalled = new Promise<void>((resolve) => (stall = resolve));
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(bytes));
        },
        // Never closes: the request stays open until the server ends it or the test is done.
        pull: () => stalled,
      });
      const response = fetch(`${copy}${path}`, {
        method: 'PATCH',
        headers: tusHeaders(cookie, {
          'upload-offset': String(offset),
          'content-type': 'application/offset+octet-stream',
        }),
        body,
        duplex: 'half',
      } as RequestInit).catch(() => null);
      return { response, stall };
    },
    /** Ends an upload, as a phone's "cancel" does (tus termination). */
    terminate: (copy: string, path: string) =>
      fetch(`${copy}${path}`, { method: 'DELETE', headers: tusHeaders(cookie) }),
  };
}
