import { securityHeaderValues } from './security-headers';

describe('security headers', () => {
  it('are helmet’s headers for our policy, computed once for every answer', () => {
    const headers = securityHeaderValues();
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['cross-origin-embedder-policy']).toBeUndefined();
    expect(securityHeaderValues()).toEqual(headers);
  });
});
