import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { INestApplicationContext } from '@nestjs/common';
import * as tus from 'tus-js-client';
import type { DataSource } from 'typeorm';

import type { Entry, MyEntries, Track } from '@contest/contracts';
import {
  ApiClient,
  createUser,
  makeTestVideo,
  pollUntil,
  startWorkerInProcess,
  TEST_ENV,
  testDb,
} from '@contest/server/testing';

import { startApi, type RunningApi } from './test-support/start-api';

const HOUR = 3600_000;

/** Uploads a file with the real tus client, as the browser does; resolves with the upload's URL. */
function tusUpload(
  api: RunningApi,
  client: ApiClient,
  file: Buffer,
  metadata: Record<string, string>,
  options: { chunkSize?: number; uploadUrl?: string; stopAfterBytes?: number } = {},
): Promise<{ url: string; stoppedAt?: number; firstOffset: number }> {
  return new Promise((resolve, reject) => {
    let firstOffset = -1;
    const upload: tus.Upload = new tus.Upload(file, {
      endpoint: `${api.url}/api/uploads`,
      uploadUrl: options.uploadUrl ?? null,
      chunkSize: options.chunkSize ?? Infinity,
      metadata,
      headers: { cookie: client.sessionCookie ?? '' },
      retryDelays: null,
      storeFingerprintForResuming: false,
      onProgress: (sent) => {
        if (firstOffset < 0) firstOffset = sent;
      },
      onChunkComplete: (_chunk, accepted) => {
        if (options.stopAfterBytes && accepted >= options.stopAfterBytes) {
          // The connection drops here, as on a train going into a tunnel.
          void upload
            .abort(false)
            .then(() => resolve({ url: upload.url!, stoppedAt: accepted, firstOffset }));
        }
      },
      onSuccess: () => resolve({ url: upload.url!, firstOffset }),
      onError: reject,
    });
    upload.start();
  });
}

/** The api's refusal from a tus error: status and the api's own error body. */
function refusalOf(error: unknown): { status: number; code: string; message: string } {
  const response = (error as tus.DetailedError).originalResponse;
  const body = JSON.parse(response?.getBody() ?? '{}');
  return { status: response?.getStatus() ?? 0, code: body.code, message: body.message };
}

describe('clip uploads: resumable, processed by the worker, refused with a reason', () => {
  let db: DataSource;
  let api: RunningApi;
  let worker: INestApplicationContext;
  let dir: string;
  let track: Track;
  let admin: ApiClient;
  let otherAdmin: ApiClient;
  let clip: Buffer;

  const entryOf = async (id: number) => (await admin.get<Entry>(`/entries/${id}`)).body;
  const newEntry = async (title: string) => {
    const r = await admin.post<Entry>(`/tracks/${track.id}/entries`, {
      title,
      description: 'Phóng sự ngắn về một cửa liên thông',
      topic: 'Cải cách hành chính',
      authors: ['Nguyễn Văn An', 'Trần Thị Bình'],
      linkUrl: null,
    });
    expect(r.status).toBe(201);
    return r.body;
  };
  const storedKeys = async (entryId: number) => {
    const at = join(TEST_ENV.STORAGE_DIR, 'entries', String(entryId));
    return existsSync(at) ? (await readdir(at)).filter((f) => !f.includes('~')) : [];
  };

  beforeAll(async () => {
    db = await testDb();
    api = await startApi();
    worker = await startWorkerInProcess();
    dir = await mkdtemp(join(tmpdir(), 'clip-upload-'));
    await makeTestVideo(join(dir, 'clip.mp4'), { seconds: 2 });
    clip = await readFile(join(dir, 'clip.mp4'));

    const organizer = api.client();
    const o = await createUser(db, { role: 'organizer' });
    await organizer.login(o.login, o.password);
    const [{ id: contestId }] = await db.query('SELECT min(id) AS id FROM contests');
    const created = await organizer.post<Track>(`/contests/${contestId}/tracks`, {
      kind: 'clip',
      settings: {
        title: 'Video clip cải cách hành chính',
        rulesText: 'Mỗi đơn vị gửi tối đa 2 clip, dài không quá 60 giây.',
        opensAt: new Date(Date.now() - HOUR).toISOString(),
        closesAt: new Date(Date.now() + HOUR).toISOString(),
        submitter: 'unit_admin',
        entriesPerUnit: 10,
        topics: ['Cải cách hành chính', 'Chuyển đổi số'],
        allowFiles: true,
        allowLinks: true,
        maxMegabytes: 1,
        maxDurationSeconds: 60,
        formats: ['mp4', 'mov'],
      },
    });
    expect(created.status).toBe(201);
    track = created.body;

    const a = await createUser(db, { role: 'unit_admin', unitCode: 'QA-S02' });
    admin = api.client();
    await admin.login(a.login, a.password);
    const b = await createUser(db, { role: 'unit_admin', unitCode: 'QA-S03' });
    otherAdmin = api.client();
    await otherAdmin.login(b.login, b.password);
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
    await db.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  it('resumes an interrupted upload where it stopped, then makes a web copy, a thumbnail and a hash', async () => {
    const entry = await newEntry('Một cửa liên thông: nhanh hơn, gọn hơn');
    expect(entry.status).toBe('draft');
    const meta = { entryId: String(entry.id), filename: 'Clip một cửa.mp4', filetype: 'video/mp4' };
    const first = await tusUpload(api, admin, clip, meta, {
      chunkSize: 16 * 1024,
      stopAfterBytes: 16 * 1024,
    });
    expect(first.stoppedAt).toBeLessThan(clip.length);

    // What the server holds after the drop: exactly the bytes acknowledged.
    const head = await fetch(first.url, {
      method: 'HEAD',
      headers: { 'tus-resumable': '1.0.0', cookie: admin.sessionCookie! },
    });
    expect(head.status).toBe(200);
    const offset = Number(head.headers.get('upload-offset'));
    expect(offset).toBe(first.stoppedAt);
    // Nobody else can see or resume it.
    const foreign = await fetch(first.url, {
      method: 'HEAD',
      headers: { 'tus-resumable': '1.0.0', cookie: otherAdmin.sessionCookie! },
    });
    expect(foreign.status).toBe(404);

    const resumed = await tusUpload(api, admin, clip, meta, { chunkSize: 16 * 1024, uploadUrl: first.url });
    expect(resumed.firstOffset).toBeGreaterThanOrEqual(offset);

    const ready = await pollUntil(async () => {
      const e = await entryOf(entry.id);
      return e.status === 'submitted' && e.file?.status === 'ready' ? e : null;
    }, 'the clip to be processed');
    expect(ready.file).toMatchObject({ originalName: 'Clip một cửa.mp4', bytes: clip.length, height: 240 });
    expect(ready.file!.durationSeconds).toBeCloseTo(2, 0);
    expect(ready.screening).toBe('pending');
    const [row] = await db.query('SELECT sha256, video_codec, audio_codec FROM entry_files WHERE id = $1', [
      ready.file!.id,
    ]);
    expect(row.sha256).toBe(createHash('sha256').update(clip).digest('hex'));

    // The player asks for ranges; the copy starts with its index (fast start) so it plays at once.
    const full = await admin.download(`/entries/${entry.id}/video?v=${ready.file!.id}`);
    expect(full.status).toBe(200);
    expect(full.headers.get('accept-ranges')).toBe('bytes');
    const part = await fetch(`${api.url}${ready.videoUrl}`, {
      headers: { range: 'bytes=0-99', cookie: admin.sessionCookie! },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-type')).toBe('video/mp4');
    expect(part.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/);
    const head100 = Buffer.from(await part.arrayBuffer());
    expect(head100.length).toBe(100);
    expect(head100.subarray(4, 8).toString()).toBe('ftyp');
    const whole = Buffer.from(
      await (
        await fetch(`${api.url}${ready.videoUrl}`, {
          headers: { cookie: admin.sessionCookie! },
        })
      ).arrayBuffer(),
    );
    expect(whole.indexOf('moov')).toBeLessThan(whole.indexOf('mdat'));
    const thumb = await fetch(`${api.url}${ready.thumbnailUrl}`, {
      headers: { cookie: admin.sessionCookie! },
    });
    expect(thumb.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await thumb.arrayBuffer()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));

    // Not public before acceptance and the gallery: another unit gets a 404, not the clip.
    const peek = await fetch(`${api.url}${ready.videoUrl}`, {
      headers: { cookie: otherAdmin.sessionCookie! },
    });
    expect(peek.status).toBe(404);
    expect((await otherAdmin.get(`/entries/${entry.id}`)).status).toBe(404);
    // Nothing is left in the upload folder once the file moved to storage.
    expect(
      (await readdir(join(TEST_ENV.STORAGE_DIR, 'incoming'))).filter((f) =>
        f.startsWith(new URL(first.url).pathname.split('/').pop()!),
      ),
    ).toEqual([]);
  });

  it('keeps none of a withdrawn entry’s bytes', async () => {
    const entry = await newEntry('Clip rút lại');
    await tusUpload(api, admin, clip, { entryId: String(entry.id), filename: 'rut.mp4' });
    await pollUntil(
      async () => (await entryOf(entry.id)).file?.status === 'ready',
      'the clip to be processed',
    );
    expect((await storedKeys(entry.id)).length).toBe(3);
    const withdrawn = await admin.post<Entry>(`/entries/${entry.id}/withdraw`);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(await storedKeys(entry.id)).toEqual([]);
  });

  it('refuses what is not a playable clip, says why, and keeps no bytes of it', async () => {
    const cases: [string, Buffer | (() => Promise<Buffer>), string][] = [
      ['chuong-trinh.mp4', randomBytes(40_000), 'not_video'],
      [
        'cat-doi.mp4',
        async () => {
          const cut = join(dir, 'cut.mp4');
          await writeFile(cut, clip);
          await truncate(cut, Math.floor(clip.length / 2));
          return readFile(cut);
        },
        'truncated',
      ],
      [
        'chi-am-thanh.mp4',
        async () => {
          const { execFile } = await import('node:child_process');
          const out = join(dir, 'tone.m4a');
          await new Promise<void>((done, fail) =>
            execFile(
              'ffmpeg',
              ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', '-c:a', 'aac', out],
              (e) => (e ? fail(e) : done()),
            ),
          );
          return readFile(out);
        },
        'audio_only',
      ],
    ];
    for (const [name, source, reason] of cases) {
      const entry = await newEntry(`Bài lỗi ${name}`);
      const bytes = typeof source === 'function' ? await source() : source;
      await tusUpload(api, admin, bytes, { entryId: String(entry.id), filename: name });
      const failed = await pollUntil(async () => {
        const e = await entryOf(entry.id);
        return e.pendingFile?.status === 'failed' ? e : null;
      }, `${name} to be refused`);
      expect({
        name,
        rejection: failed.pendingFile!.rejection,
        status: failed.status,
        file: failed.file,
      }).toEqual({
        name,
        rejection: reason,
        status: 'draft',
        file: null,
      });
      // The worker removes the bytes just after it records the refusal (a crash in between leaves
      // stray bytes, never an entry stuck in processing): wait for that last step, then none are kept.
      await pollUntil(async () => (await storedKeys(entry.id)).length === 0, `${name}'s bytes to be removed`);
      expect(await storedKeys(entry.id)).toEqual([]);
      await admin.post(`/entries/${entry.id}/withdraw`);
    }
  });

  it('refuses a file too large, of a format not taken, or sent for another unit, before any byte is stored', async () => {
    const entry = await newEntry('Chuyển đổi số ở xã Tân Lập');
    const big = await tusUpload(api, admin, Buffer.alloc(1024 * 1024 + 1), {
      entryId: String(entry.id),
      filename: 'lon.mp4',
    }).catch(refusalOf);
    expect(big).toMatchObject({ status: 413, code: 'upload_too_large', message: 'Tệp quá lớn: tối đa 1 MB' });
    const exe = await tusUpload(api, admin, clip, { entryId: String(entry.id), filename: 'setup.exe' }).catch(
      refusalOf,
    );
    expect(exe).toMatchObject({ status: 415, code: 'upload_format_not_allowed' });
    expect((exe as { message: string }).message).toContain('".exe"');
    const foreign = await tusUpload(api, otherAdmin, clip, {
      entryId: String(entry.id),
      filename: 'a.mp4',
    }).catch(refusalOf);
    // Another unit's entry is as absent as a missing one: ids reveal nothing.
    expect(foreign).toMatchObject({ status: 404, code: 'entry_not_found' });
    const anonymous = await tusUpload(api, api.client(), clip, {
      entryId: String(entry.id),
      filename: 'a.mp4',
    }).catch(refusalOf);
    expect(anonymous).toMatchObject({ status: 401, code: 'unauthenticated' });
    const empty = await tusUpload(api, admin, Buffer.alloc(0), {
      entryId: String(entry.id),
      filename: 'a.mp4',
    }).catch(refusalOf);
    expect(empty).toMatchObject({ status: 422, code: 'upload_empty' });
    const noEntry = await tusUpload(api, admin, clip, { filename: 'a.mp4' }).catch(refusalOf);
    expect(noEntry).toMatchObject({ status: 400, code: 'upload_metadata_invalid' });
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM entry_files WHERE entry_id = $1', [
      entry.id,
    ]);
    expect(n).toBe(0);
    expect(await storedKeys(entry.id)).toEqual([]);
  });

  it('answers hostile tus requests with a 4xx in the api’s shape, and takes a whole file sent with its creation', async () => {
    const entry = await newEntry('Một yêu cầu, cả tệp');
    const b64 = (v: string) => Buffer.from(v, 'utf8').toString('base64');
    const send = (method: string, path: string, headers: Record<string, string>, body?: Buffer) =>
      fetch(`${api.url}/api/uploads${path}`, {
        method,
        headers: { 'tus-resumable': '1.0.0', cookie: admin.sessionCookie ?? '', ...headers },
        body,
      });
    const expectRefusal = async (r: Response, status: number, code: string) => {
      expect(r.status).toBe(status);
      const body = (await r.json()) as { statusCode: number; code: string; message: string };
      expect(body).toMatchObject({ statusCode: status, code });
      expect(body.message).not.toMatch(/postgres|invalid byte sequence|0x00/i);
    };
    const metadata = (filename: string) => `entryId ${b64(String(entry.id))},filename ${b64(filename)}`;

    const patch = { 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' };
    expect((await send('HEAD', '/abc%00def', {})).status).toBe(400);
    await expectRefusal(await send('PATCH', '/abc%00def', patch), 400, 'upload_id_invalid');
    // Half a surrogate pair cannot be UTF-8: refused before routing.
    await expectRefusal(
      await send('PATCH', '/abc%ED%A0%80', {
        'upload-offset': '0',
        'content-type': 'application/offset+octet-stream',
      }),
      400,
      'invalid_utf8',
    );
    await expectRefusal(await send('PATCH', `/${'f'.repeat(32)}`, patch), 404, 'upload_not_found');
    await expectRefusal(
      await send('POST', '', {
        'upload-length': String(clip.length),
        'upload-metadata': metadata('a\u0000.mp4'),
      }),
      400,
      'upload_metadata_invalid',
    );
    await expectRefusal(
      await send('POST', '', {
        'upload-length': String(clip.length),
        'upload-metadata': 'entryId !!!,filename ***',
      }),
      400,
      'upload_metadata_invalid',
    );
    await expectRefusal(
      await send('POST', '', {
        'upload-concat': 'partial',
        'upload-length': '10',
        'upload-metadata': metadata('a.mp4'),
      }),
      400,
      'upload_extension_unsupported',
    );
    expect(await storedKeys(entry.id)).toEqual([]);

    // creation-with-upload: the whole file in the creating request.
    const whole = await send(
      'POST',
      '',
      {
        'upload-length': String(clip.length),
        'upload-metadata': metadata('ca-tep.mp4'),
        'content-type': 'application/offset+octet-stream',
      },
      clip,
    );
    expect(whole.status).toBe(201);
    expect(whole.headers.get('upload-offset')).toBe(String(clip.length));
    const processed = await pollUntil(async () => {
      const e = await entryOf(entry.id);
      return e.status === 'submitted' && e;
    }, 'the clip sent whole to be processed');
    expect(processed.file?.originalName).toBe('ca-tep.mp4');
  });

  it('takes nothing once the window has closed: no new upload, no resumed bytes, no edit', async () => {
    const entry = await newEntry('Dân vận khéo');
    const half = await tusUpload(
      api,
      admin,
      clip,
      { entryId: String(entry.id), filename: 'b.mp4' },
      {
        chunkSize: 16 * 1024,
        stopAfterBytes: 16 * 1024,
      },
    );
    await db.query(`UPDATE entry_tracks SET closes_at = now() - interval '1 second' WHERE id = $1`, [
      track.id,
    ]);
    try {
      const resumed = await tusUpload(
        api,
        admin,
        clip,
        { entryId: String(entry.id), filename: 'b.mp4' },
        {
          uploadUrl: half.url,
        },
      ).catch(refusalOf);
      expect(resumed).toMatchObject({ status: 409, code: 'track_closed' });
      const fresh = await tusUpload(api, admin, clip, { entryId: String(entry.id), filename: 'c.mp4' }).catch(
        refusalOf,
      );
      expect(fresh).toMatchObject({ status: 409, code: 'track_closed' });
      const edit = await admin.put(`/entries/${entry.id}`, {
        title: 'Sửa sau giờ',
        description: '',
        topic: 'Chuyển đổi số',
        authors: ['Nguyễn Văn An'],
        linkUrl: null,
      });
      expect(edit.status).toBe(409);
      expect(edit.body.code).toBe('track_closed');
      const mine = await admin.get<MyEntries>(`/tracks/${track.id}/my-entries`);
      expect(mine.body.track.phase).toBe('closed');
    } finally {
      await db.query(`UPDATE entry_tracks SET closes_at = now() + interval '1 hour' WHERE id = $1`, [
        track.id,
      ]);
    }
  });
});
