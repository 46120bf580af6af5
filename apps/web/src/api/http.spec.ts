import { ApiError, NetworkError } from './api-error';
import { callApi, setUnauthorizedHandler } from './http';

const user = {
  id: 1,
  fullName: 'Nguyễn Văn A',
  login: '0912345678',
  role: 'participant',
  unitId: 7,
  unitName: 'Sở Nội vụ',
};

function respond(status: number, body?: unknown) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('callApi', () => {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit]>();
  const unauthorized = jest.fn();
  const realFetch = global.fetch;

  afterAll(() => {
    global.fetch = realFetch;
  });

  beforeEach(() => {
    fetchMock.mockReset();
    unauthorized.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
    setUnauthorizedHandler(unauthorized);
  });

  it('fills path parameters, sends JSON with the session cookie and parses the answer', async () => {
    fetchMock.mockResolvedValue(
      respond(200, {
        accepted: [3],
        serverNow: '2025-05-19T03:00:00.000Z',
        deadline: '2025-05-19T03:15:00.000Z',
      }),
    );

    const saved = await callApi('saveAnswers', {
      params: { attemptId: 12 },
      body: { answers: [{ position: 3, option: 1, seq: 5 }] },
    });

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/attempts/12/answers');
    expect(init).toMatchObject({ method: 'PUT', credentials: 'same-origin' });
    expect(JSON.parse(String(init.body))).toEqual({ answers: [{ position: 3, option: 1, seq: 5 }] });
    expect(saved.accepted).toEqual([3]);
  });

  it('builds the query string and sends no body on GET', async () => {
    fetchMock.mockResolvedValue(respond(200, { items: [] }));

    await callApi('searchUnits', { query: { q: 'sở nội vụ', limit: 20 } });

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/units?q=s%E1%BB%9F+n%E1%BB%99i+v%E1%BB%A5&limit=20');
    expect(init.body).toBeUndefined();
  });

  it('accepts an empty 204 answer', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await expect(callApi('logout')).resolves.toBeUndefined();
  });

  it('turns an error body into an ApiError carrying the server message and issues', async () => {
    fetchMock.mockResolvedValue(
      respond(422, {
        statusCode: 422,
        code: 'unprocessable',
        error: 'Unprocessable Entity',
        message: 'Đã hết thời gian làm bài',
        issues: [{ path: 'answers.0.option', message: 'không hợp lệ' }],
      }),
    );

    const error = await callApi('getAttempt', { params: { attemptId: 1 } }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      code: 'unprocessable',
      message: 'Đã hết thời gian làm bài',
      issues: [{ path: 'answers.0.option', message: 'không hợp lệ' }],
    });
  });

  it('keeps the status of an error without a readable body', async () => {
    fetchMock.mockResolvedValue(
      new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );

    await expect(callApi('currentRound')).rejects.toMatchObject({ status: 502, message: '' });
  });

  it('reports a failed connection as a NetworkError', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

    await expect(callApi('currentRound')).rejects.toBeInstanceOf(NetworkError);
  });

  it('signals an expired session on a signed-in route only', async () => {
    const unauthorizedBody = {
      statusCode: 401,
      error: 'Unauthorized',
      code: 'unauthenticated',
      message: 'Vui lòng đăng nhập',
    };
    fetchMock.mockImplementation(async () => respond(401, unauthorizedBody));

    await expect(callApi('me')).rejects.toMatchObject({ status: 401 });
    expect(unauthorized).toHaveBeenCalledTimes(1);

    await expect(callApi('login', { body: { login: '0912345678', password: 'x' } })).rejects.toMatchObject({
      status: 401,
    });
    expect(unauthorized).toHaveBeenCalledTimes(1);
  });

  it('rejects an answer that breaks the contract instead of passing it on', async () => {
    fetchMock.mockResolvedValue(respond(200, { user: { ...user, role: 'superuser' } }));

    await expect(callApi('me')).rejects.toThrow();
  });
});
