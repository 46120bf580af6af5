/** A moment as people in Vietnam read it, for messages: "22/11/2026, 12:03". */
export function formatVn(at: Date | string): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(at));
}
