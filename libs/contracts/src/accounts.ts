import { z } from 'zod';

import { bodyIdSchema } from './common';
import { COMMON_PASSWORDS } from './common-passwords';

export const ROLES = ['participant', 'unit_admin', 'organizer', 'judge'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

const phoneSchema = z.string().regex(/^(\+84|0)\d{9,10}$/, 'số điện thoại không hợp lệ');
/** A login is a Vietnamese phone number or an email address; stored lower-cased. */
export const loginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(254)
  .refine((v) => z.string().email().safeParse(v).success || phoneSchema.safeParse(v).success, {
    message: 'phải là số điện thoại hoặc email',
    params: { reason: 'phone_or_email' },
  });

export const passwordSchema = z
  .string()
  .min(8, 'ít nhất 8 ký tự')
  .max(128)
  .refine((p) => p.trim().length >= 8, {
    message: 'ít nhất 8 ký tự, không tính khoảng trắng ở đầu và cuối',
    params: { reason: 'password_blank' },
  })
  .refine((p) => !COMMON_PASSWORDS.has(p.trim().toLowerCase()), {
    message: 'mật khẩu quá phổ biến, dễ bị đoán: hãy chọn mật khẩu khác',
    params: { reason: 'password_common' },
  });

export const registerRequestSchema = z.object({
  // Stored composed (NFC), so a name typed on any keyboard folds and compares the same way.
  fullName: z
    .string()
    .trim()
    .min(2)
    .max(120)
    .transform((name) => name.normalize('NFC')),
  login: loginSchema,
  password: passwordSchema,
  unitId: bodyIdSchema,
});
export type RegisterRequest = z.infer<typeof registerRequestSchema>;

export const loginRequestSchema = z.object({
  login: loginSchema,
  password: z.string().min(1).max(128),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const userSchema = z.object({
  id: z.number().int(),
  fullName: z.string(),
  login: z.string(),
  role: roleSchema,
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
});
export type User = z.infer<typeof userSchema>;
export const meResponseSchema = z.object({ user: userSchema });
export type MeResponse = z.infer<typeof meResponseSchema>;
