import { filterQuotaUnits, stillNeeded, type QuotaUnit } from './quota-view';

const unit = (unitId: number, unitName: string, forwarded: number, required = 2): QuotaUnit => ({
  unitId,
  unitName,
  level: 'commune',
  required,
  forwarded,
  pending: 0,
  returned: 0,
  met: forwarded >= required,
  admins: 1,
});

const units = [unit(1, 'Xã Đồng Tâm', 2), unit(2, 'Xã Hòa Bình', 0), unit(3, 'Sở Tư pháp', 1)];

describe('quota view', () => {
  it('shows every unit, or only those still short', () => {
    expect(filterQuotaUnits(units, { onlyShort: false, query: '' })).toHaveLength(3);
    expect(filterQuotaUnits(units, { onlyShort: true, query: '' }).map((u) => u.unitId)).toEqual([2, 3]);
  });

  it('finds a unit by part of its name, with or without tone marks', () => {
    expect(filterQuotaUnits(units, { onlyShort: false, query: 'dong tam' }).map((u) => u.unitId)).toEqual([
      1,
    ]);
    expect(filterQuotaUnits(units, { onlyShort: true, query: 'Hòa' }).map((u) => u.unitId)).toEqual([2]);
    expect(filterQuotaUnits(units, { onlyShort: true, query: 'Đồng' })).toEqual([]);
  });

  it('counts what a unit still has to forward', () => {
    expect(stillNeeded(units[1])).toBe(2);
    expect(stillNeeded({ required: 1, forwarded: 3 })).toBe(0);
  });
});
