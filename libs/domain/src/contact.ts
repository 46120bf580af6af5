/**
 * A Vietnamese phone number in the one form rosters and logins are matched by: "0" and 9–10
 * digits. "+84 912 345 678", "84912345678" and "0912.345.678" are all "0912345678"; anything
 * else is not a phone (null).
 */
export function normalizePhone(text: string): string | null {
  const digits = text.trim().replace(/[\s.\-()]/g, '');
  const national = digits.replace(/^\+?84(?=\d{9,10}$)/, '0');
  return /^0\d{9,10}$/.test(national) ? national : null;
}

/** The forms a phone login can have been registered in (registration keeps what was typed). */
export function phoneLoginForms(phone: string): string[] {
  return [phone, `+84${phone.slice(1)}`];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(text: string): string | null {
  const email = text.trim().toLowerCase();
  return EMAIL.test(email) && email.length <= 254 ? email : null;
}
