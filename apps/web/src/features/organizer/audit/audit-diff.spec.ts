import { changedFields, formatAuditValue } from './audit-diff';

describe('audit diff', () => {
  it('lists the fields an action changed, added or removed', () => {
    expect(
      changedFields(
        { name: 'Tuần 1', quotas: [{ topic: 'A', count: 5 }], note: 'x' },
        { name: 'Tuần 1 (sửa)', quotas: [{ topic: 'A', count: 5 }], extra: 1 },
      ),
    ).toEqual(['extra', 'name', 'note']);
  });

  it('has nothing to compare when a side is missing or not an object', () => {
    expect(changedFields(null, { a: 1 })).toEqual([]);
    expect(changedFields([1], [2])).toEqual([]);
  });

  it('pretty-prints values and shows a dash for none', () => {
    expect(formatAuditValue({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(formatAuditValue(null)).toBe('—');
  });
});
