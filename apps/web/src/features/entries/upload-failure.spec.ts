import { apiRefusalOf, shouldRetryUpload, uploadFailureOf } from './upload-failure';

const refusal = (statusCode: number, code: string) =>
  JSON.stringify({ statusCode, error: 'Conflict', code, message: 'Đã hết hạn nhận bài', params: {} });

describe('apiRefusalOf', () => {
  it("reads the api's error JSON from a tus answer", () => {
    expect(apiRefusalOf(refusal(409, 'track_closed'))).toMatchObject({ code: 'track_closed' });
  });

  it("ignores tus's own plain answers and empty bodies", () => {
    expect(apiRefusalOf('Upload-Offset conflict\n')).toBeNull();
    expect(apiRefusalOf('')).toBeNull();
    expect(apiRefusalOf(null)).toBeNull();
    expect(apiRefusalOf('{"statusCode":409}')).toBeNull();
  });
});

describe('shouldRetryUpload', () => {
  it('retries a dropped connection and a server failure while online', () => {
    expect(shouldRetryUpload({ status: 0, body: null, online: true })).toBe(true);
    expect(shouldRetryUpload({ status: 502, body: '<html>Bad gateway</html>', online: true })).toBe(true);
  });

  it('waits instead while the device says it is offline', () => {
    expect(shouldRetryUpload({ status: 0, body: null, online: false })).toBe(false);
  });

  it("retries tus's offset conflict and lock, but not the api's 409 refusals", () => {
    expect(shouldRetryUpload({ status: 409, body: 'Upload-Offset conflict', online: true })).toBe(true);
    expect(shouldRetryUpload({ status: 423, body: '', online: true })).toBe(true);
    expect(shouldRetryUpload({ status: 409, body: refusal(409, 'track_closed'), online: true })).toBe(false);
    expect(shouldRetryUpload({ status: 409, body: refusal(409, 'entry_processing'), online: true })).toBe(
      false,
    );
  });

  it('never retries another client error', () => {
    expect(shouldRetryUpload({ status: 413, body: refusal(413, 'upload_too_large'), online: true })).toBe(
      false,
    );
    expect(shouldRetryUpload({ status: 403, body: 'Forbidden', online: true })).toBe(false);
  });
});

describe('uploadFailureOf', () => {
  it("tells the api's refusal from a dropped line and from anything else", () => {
    expect(
      uploadFailureOf({ status: 415, body: refusal(415, 'upload_format_not_allowed'), online: true }),
    ).toBe('refused');
    expect(uploadFailureOf({ status: 0, body: null, online: true })).toBe('connection');
    expect(uploadFailureOf({ status: 0, body: null, online: false })).toBe('connection');
    expect(uploadFailureOf({ status: 504, body: 'Gateway Timeout', online: true })).toBe('connection');
    expect(uploadFailureOf({ status: 500, body: refusal(500, 'upload_storage_failed'), online: true })).toBe(
      'other',
    );
    expect(uploadFailureOf({ status: 400, body: 'Invalid Tus-Resumable', online: true })).toBe('other');
  });
});
