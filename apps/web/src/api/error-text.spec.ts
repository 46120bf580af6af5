import { API_ERRORS, IMPORT_PROBLEMS, ISSUE_REASONS } from '@contest/contracts';

import en from '../locales/api-errors.en.json';
import { localizeApiError, localizeImportProblem } from './error-text';

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('api errors in the reader language', () => {
  it('have an English text for every code the api sends, with the same placeholders', () => {
    expect(Object.keys(en.codes).sort()).toEqual(Object.keys(API_ERRORS).sort());
    for (const [code, vi] of Object.entries(API_ERRORS))
      expect({ code, placeholders: placeholders(en.codes[code as keyof typeof en.codes]) }).toEqual({
        code,
        placeholders: placeholders(vi),
      });
    expect(Object.keys(en.issues.reasons).sort()).toEqual([...ISSUE_REASONS].sort());
    const importProblems = IMPORT_PROBLEMS;
    expect(Object.keys(en.importProblems).sort()).toEqual(Object.keys(importProblems).sort());
    for (const [code, vi] of Object.entries(importProblems))
      expect({
        code,
        placeholders: placeholders(en.importProblems[code as keyof typeof en.importProblems]),
      }).toEqual({
        code,
        placeholders: placeholders(vi),
      });
  });

  it('words an import problem by its code in English and keeps the Vietnamese report text in Vietnamese', () => {
    const problem = {
      row: 4,
      column: 'Đáp án đúng',
      code: 'several_keys',
      params: { count: 2, given: 'A, C' },
      message: 'Có 2 đáp án đúng (A, C); mỗi câu chỉ một đáp án',
    };
    expect(localizeImportProblem(problem, 'en')).toBe(
      '2 correct answers (A, C); each question has exactly one',
    );
    expect(localizeImportProblem(problem, 'vi')).toBe(problem.message);
  });

  it('keeps the server text in Vietnamese and words the code, dates included, in English', () => {
    const body = {
      statusCode: 409,
      error: 'Conflict',
      code: 'round_not_open_yet',
      params: { opensAt: '2026-12-07T01:00:00.000Z' },
      message: 'Vòng thi chưa mở (mở lúc 07/12/2026, 08:00)',
    };
    expect(localizeApiError(body, 'vi').message).toBe(body.message);
    expect(localizeApiError(body, 'en').message).toBe(
      'The round is not open yet (it opens at 07/12/2026, 08:00)',
    );
  });

  it('words each field problem in English, by zod code and bounds or by the contract reason', () => {
    const body = {
      statusCode: 400,
      error: 'Bad Request',
      code: 'validation_failed',
      params: { details: 'fullName: quá ngắn' },
      message: 'Dữ liệu không hợp lệ: fullName: quá ngắn; password: mật khẩu quá phổ biến',
      issues: [
        {
          path: 'fullName',
          message: 'quá ngắn',
          code: 'too_small',
          params: { minimum: 2, origin: 'string' },
        },
        {
          path: 'password',
          message: 'mật khẩu quá phổ biến',
          code: 'custom',
          params: { reason: 'password_common' },
        },
      ],
    };
    const localized = localizeApiError(body, 'en');
    expect(localized.issues.map((i) => i.message)).toEqual([
      'at least 2 characters',
      'this password is too common and easy to guess: choose another one',
    ]);
    expect(localized.message).toBe(
      'Invalid data: fullName: at least 2 characters; password: this password is too common and easy to guess: choose another one',
    );
  });

  it('falls back to the server text for a code it does not know yet', () => {
    const body = { statusCode: 418, error: 'Teapot', code: 'new_code', message: 'Mã lỗi mới' };
    expect(localizeApiError(body, 'en').message).toBe('Mã lỗi mới');
  });
});
