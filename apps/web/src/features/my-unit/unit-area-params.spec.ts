import { readUnitAreaParams, unitAreaHref } from './unit-area-params';

describe('unit area address', () => {
  it('reads the unit and tab, falling back to one’s own unit and the people tab', () => {
    expect(readUnitAreaParams(new URLSearchParams('unit=12&tab=roster'))).toEqual({
      unitId: 12,
      tab: 'roster',
    });
    expect(readUnitAreaParams(new URLSearchParams('unit=abc&tab=secret'))).toEqual({
      unitId: null,
      tab: 'people',
    });
    expect(readUnitAreaParams(new URLSearchParams('unit=-3'))).toEqual({ unitId: null, tab: 'people' });
  });

  it('writes an address that reads back the same', () => {
    expect(unitAreaHref(12, 'figures')).toBe('/my-unit?unit=12&tab=figures');
    expect(unitAreaHref(null, 'people')).toBe('/my-unit');
    const href = unitAreaHref(7, 'roster');
    expect(readUnitAreaParams(new URLSearchParams(href.split('?')[1]))).toEqual({ unitId: 7, tab: 'roster' });
  });
});
