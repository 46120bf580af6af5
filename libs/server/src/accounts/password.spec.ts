import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('Mật khẩu 2026', 12);
    expect(stored).toMatch(/^scrypt\$12\$8\$1\$/);
    await expect(verifyPassword('Mật khẩu 2026', stored)).resolves.toBe(true);
    await expect(verifyPassword('mật khẩu 2026', stored)).resolves.toBe(false);
  });

  it('salts every hash and rejects a foreign format', async () => {
    expect(await hashPassword('x12345678', 10)).not.toBe(await hashPassword('x12345678', 10));
    await expect(verifyPassword('x', 'md5$abc')).resolves.toBe(false);
  });
});
