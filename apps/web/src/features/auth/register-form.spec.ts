import type { Unit } from '@contest/contracts';

import { fieldErrorsFromIssues, validateRegisterForm } from './register-form';

const unit: Unit = {
  id: 7,
  code: 'SNV',
  name: 'Sở Nội vụ',
  level: 'department',
  parentId: 1,
  ancestry: ['Tỉnh A'],
};

describe('validateRegisterForm', () => {
  it('builds the request from a valid form, trimmed', () => {
    expect(
      validateRegisterForm({
        fullName: '  Nguyễn Văn A ',
        login: ' 0912345678',
        password: 'mat-khau-rieng',
        unit,
      }),
    ).toEqual({
      ok: true,
      request: { fullName: 'Nguyễn Văn A', login: '0912345678', password: 'mat-khau-rieng', unitId: 7 },
    });
  });

  it('accepts an email as login', () => {
    expect(
      validateRegisterForm({ fullName: 'Trần Thị B', login: 'b@so.gov.vn', password: 'mat-khau-rieng', unit })
        .ok,
    ).toBe(true);
  });

  it('refuses a common or blank password before sending it', () => {
    for (const password of ['password123', '12345678', '   ab    '])
      expect(validateRegisterForm({ fullName: 'Trần Thị B', login: 'b@so.gov.vn', password, unit })).toEqual({
        ok: false,
        problems: ['password'],
      });
  });

  it('names every field that breaks the contract', () => {
    expect(validateRegisterForm({ fullName: 'A', login: '12345', password: 'short', unit: null })).toEqual({
      ok: false,
      problems: ['fullName', 'login', 'password', 'unit'],
    });
  });
});

describe('fieldErrorsFromIssues', () => {
  it('maps server issues onto form fields and keeps the first message per field', () => {
    expect(
      fieldErrorsFromIssues([
        { path: 'login', message: 'Số điện thoại này đã được đăng ký' },
        { path: 'body.unitId', message: 'Đơn vị không tồn tại' },
        { path: 'login', message: 'second' },
        { path: 'somethingElse', message: 'ignored' },
      ]),
    ).toEqual({ login: 'Số điện thoại này đã được đăng ký', unit: 'Đơn vị không tồn tại' });
  });
});
