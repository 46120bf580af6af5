import { normalizeEmail, normalizePhone, phoneLoginForms } from './contact';

describe('contacts', () => {
  it('reads every way a Vietnamese phone number is written as one form', () => {
    for (const written of [
      '0912345678',
      '+84912345678',
      '84912345678',
      '0912 345 678',
      '0912.345.678',
      '(091) 234-5678',
    ])
      expect(normalizePhone(written)).toBe('0912345678');
    expect(normalizePhone('02363822123')).toBe('02363822123');
  });

  it('refuses what is not a phone number', () => {
    for (const written of ['', '12345', '091234567', '091234567890', 'abc0912345678', '+1 912345678'])
      expect(normalizePhone(written)).toBeNull();
  });

  it('matches a login registered with the national or the +84 form', () => {
    expect(phoneLoginForms('0912345678')).toEqual(['0912345678', '+84912345678']);
  });

  it('lower-cases e-mail and refuses what is not one', () => {
    expect(normalizeEmail(' An.Nguyen@QuangAn.gov.vn ')).toBe('an.nguyen@quangan.gov.vn');
    expect(normalizeEmail('an.nguyen@')).toBeNull();
    expect(normalizeEmail('an nguyen@x.vn')).toBeNull();
  });
});
