import { cookieSecure, findBadText, isCrossSite, isMediaType, MAX_INPUT_DEPTH } from './request-guards';

describe('request guards', () => {
  it('tells a cross-site request by Sec-Fetch-Site first, then by Origin against the host', () => {
    const host = 'thi.quangan.gov.vn';
    expect(isCrossSite({ host, 'sec-fetch-site': 'same-origin' }, [], false)).toBe(false);
    expect(isCrossSite({ host, 'sec-fetch-site': 'cross-site' }, [], false)).toBe(true);
    expect(isCrossSite({ host, 'sec-fetch-site': 'same-site' }, [], false)).toBe(true);
    expect(isCrossSite({ host, origin: `https://${host}` }, [], false)).toBe(false);
    expect(isCrossSite({ host, origin: 'https://evil.example' }, [], false)).toBe(true);
    expect(isCrossSite({ host, origin: 'null' }, [], false)).toBe(true);
    expect(isCrossSite({ host }, [], false)).toBe(false);
  });

  it('lets an allowed origin through even where the browser says cross-site', () => {
    const headers = { host: 'api.example', origin: 'https://cong.example', 'sec-fetch-site': 'cross-site' };
    expect(isCrossSite(headers, ['https://cong.example'], false)).toBe(false);
    expect(isCrossSite(headers, [], false)).toBe(true);
  });

  it('believes X-Forwarded-Host only behind a trusted proxy', () => {
    const headers = {
      host: 'internal:3000',
      origin: 'https://evil.example',
      'x-forwarded-host': 'evil.example',
    };
    expect(isCrossSite(headers, [], false)).toBe(true);
    expect(isCrossSite(headers, [], true)).toBe(false);
  });

  it('reads a media type whatever its case and parameters', () => {
    expect(isMediaType('Application/Octet-Stream; x=1', 'application/octet-stream')).toBe(true);
    expect(isMediaType('application/octet-streamx', 'application/octet-stream')).toBe(false);
    expect(isMediaType(undefined, 'application/json')).toBe(false);
  });

  it('finds NUL, lone surrogates and hostile nesting anywhere in a value, but not in a raw file', () => {
    expect(findBadText({ a: [{ b: 'x\u0000' }] })).toEqual({ path: ['a', 0, 'b'], reason: 'bad_text' });
    expect(findBadText({ ['k\ud800']: 1 })).toEqual({ path: ['k\ud800'], reason: 'bad_text' });
    expect(findBadText({ name: 'Nguyễn 😀 Văn' })).toBeNull();
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findBadText(deep)?.reason).toBe('too_deep');
    expect(findBadText(JSON.parse('['.repeat(MAX_INPUT_DEPTH) + ']'.repeat(MAX_INPUT_DEPTH)))).toBeNull();
    expect(findBadText(Buffer.from([0, 0, 0]))).toBeNull();
  });

  it('marks the cookie Secure except on localhost, unless configured', () => {
    expect(cookieSecure(undefined, 'thi.quangan.gov.vn')).toBe(true);
    expect(cookieSecure(undefined, 'localhost:3000')).toBe(false);
    expect(cookieSecure(undefined, '127.0.0.1')).toBe(false);
    expect(cookieSecure(false, 'thi.quangan.gov.vn')).toBe(false);
  });
});
