import { ApiError } from './api-error';
import { routeUrl } from './http';
import { uploadFile } from './upload';

function respond(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('uploadFile', () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();
  const realFetch = global.fetch;

  afterAll(() => {
    global.fetch = realFetch;
  });

  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('posts the file as the raw body with the query and parses the import report', async () => {
    fetchMock.mockResolvedValue(
      respond(200, {
        ok: false,
        dryRun: true,
        rowsRead: 3,
        imported: 0,
        problems: [
          {
            row: 2,
            column: 'Đáp án đúng',
            code: 'key_invalid',
            params: { given: 'G' },
            message: 'phải là A–F',
          },
        ],
      }),
    );
    const file = new Blob(['Câu hỏi,Phương án A'], { type: 'text/csv' });

    const report = await uploadFile('importQuestions', {
      params: { contestId: 4 },
      query: { format: 'csv', dryRun: 'true' },
      file,
    });

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/contests/4/questions/import?format=csv&dryRun=true');
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    expect(init.body).toBe(file);
    expect(report.problems).toEqual([
      { row: 2, column: 'Đáp án đúng', code: 'key_invalid', params: { given: 'G' }, message: 'phải là A–F' },
    ]);
  });

  it('turns a refusal such as a file too large into an ApiError', async () => {
    fetchMock.mockResolvedValue(
      respond(413, {
        statusCode: 413,
        error: 'Payload Too Large',
        code: 'file_too_large',
        params: { maxMb: 5 },
        message: 'Tệp quá lớn (tối đa 5 MB)',
      }),
    );

    const error = await uploadFile('importQuestions', {
      params: { contestId: 4 },
      query: { format: 'xlsx' },
      file: new Blob(['x']),
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 413, message: 'Tệp quá lớn (tối đa 5 MB)' });
  });

  it('rejects a report that breaks the contract', async () => {
    fetchMock.mockResolvedValue(respond(200, { ok: 'yes' }));

    await expect(
      uploadFile('importQuestions', {
        params: { contestId: 1 },
        query: { format: 'csv' },
        file: new Blob([]),
      }),
    ).rejects.toThrow();
  });
});

describe('routeUrl', () => {
  it('builds the address of a download route', () => {
    expect(routeUrl('downloadExport', { params: { exportId: 9 } })).toBe('/api/exports/9/file');
    expect(routeUrl('questionTemplate', { params: { contestId: 2 } })).toBe(
      '/api/contests/2/questions/template',
    );
  });
});
