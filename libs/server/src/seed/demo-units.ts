import type { UnitLevel } from '@contest/contracts';

export interface DemoUnit {
  code: string;
  name: string;
  level: UnitLevel;
  headcount: number;
  children?: DemoUnit[];
}

const DEPARTMENTS = [
  'Văn phòng UBND tỉnh',
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Tài chính',
  'Sở Công Thương',
  'Sở Nông nghiệp và Môi trường',
  'Sở Xây dựng',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Sở Khoa học và Công nghệ',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Dân tộc và Tôn giáo',
  'Sở Ngoại vụ',
  'Thanh tra tỉnh',
  'Ban Quản lý các khu công nghiệp',
  'Đài Phát thanh và Truyền hình tỉnh',
  'Trường Chính trị tỉnh',
  'Ban Quản lý dự án đầu tư xây dựng tỉnh',
  'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
];

const DISTRICTS: [string, string[]][] = [
  [
    'Thành phố Quảng An',
    [
      'Phường Bắc Sơn',
      'Phường Trung Tâm',
      'Phường Hòa Bình',
      'Phường Đông Hải',
      'Xã Tân Phú',
      'Xã An Khánh',
      'Phường Nam Thành',
      'Xã Vĩnh Lộc',
    ],
  ],
  [
    'Thị xã Hà Châu',
    [
      'Phường Hà Châu',
      'Phường Tân Lập',
      'Xã Hà Thượng',
      'Xã Hà Trung',
      'Xã Phú Mỹ',
      'Xã Đồng Xuân',
      'Xã Quảng Lợi',
    ],
  ],
  [
    'Huyện Đông Sơn',
    [
      'Thị trấn Đông Sơn',
      'Xã Đông Anh',
      'Xã Đông Hòa',
      'Xã Đông Phú',
      'Xã Đông Tiến',
      'Xã Đông Thịnh',
      'Xã Đông Quang',
      'Xã Đông Văn',
    ],
  ],
  [
    'Huyện Tây Nguyên',
    [
      'Thị trấn Tây Nguyên',
      'Xã Ea Hleo',
      'Xã Ea Sol',
      'Xã Cư Mốt',
      'Xã Dliê Yang',
      'Xã Ia Lốp',
      'Xã Ea Khăl',
    ],
  ],
  [
    'Huyện Vĩnh Phúc',
    [
      'Thị trấn Vĩnh Phúc',
      'Xã Vĩnh Hòa',
      'Xã Vĩnh Thạnh',
      'Xã Vĩnh Tân',
      'Xã Vĩnh Lợi',
      'Xã Vĩnh Bình',
      'Xã Vĩnh Xuân',
      'Xã Vĩnh Quang',
    ],
  ],
  [
    'Huyện Nam Giang',
    [
      'Thị trấn Thạnh Mỹ',
      'Xã Cà Dy',
      'Xã Tà Bhing',
      'Xã Zuôich',
      'Xã Chơ Chun',
      'Xã Đắc Pre',
      'Xã Đắc Pring',
    ],
  ],
  [
    'Huyện Bình Sơn',
    [
      'Thị trấn Châu Ổ',
      'Xã Bình Thạnh',
      'Xã Bình Đông',
      'Xã Bình Chánh',
      'Xã Bình Nguyên',
      'Xã Bình Khương',
      'Xã Bình Trị',
      'Xã Bình Hải',
    ],
  ],
  [
    'Huyện Lạc Dương',
    ['Thị trấn Lạc Dương', 'Xã Đạ Nhim', 'Xã Đạ Chais', 'Xã Đưng KNớ', 'Xã Lát', 'Xã Đạ Sar'],
  ],
  [
    'Huyện Hòa Vang',
    [
      'Xã Hòa Bắc',
      'Xã Hòa Liên',
      'Xã Hòa Ninh',
      'Xã Hòa Sơn',
      'Xã Hòa Nhơn',
      'Xã Hòa Phú',
      'Xã Hòa Phong',
      'Xã Hòa Châu',
    ],
  ],
  [
    'Huyện Phong Điền',
    [
      'Thị trấn Phong Điền',
      'Xã Phong An',
      'Xã Phong Sơn',
      'Xã Phong Xuân',
      'Xã Phong Hiền',
      'Xã Phong Mỹ',
      'Xã Phong Thu',
    ],
  ],
  [
    'Huyện Kim Sơn',
    [
      'Thị trấn Phát Diệm',
      'Xã Kim Chính',
      'Xã Kim Định',
      'Xã Kim Tân',
      'Xã Kim Mỹ',
      'Xã Kim Hải',
      'Xã Kim Đông',
    ],
  ],
];

const SCHOOLS = [
  'Trường THPT chuyên Quảng An',
  'Trường THPT Nguyễn Trãi',
  'Trường THPT Lê Quý Đôn',
  'Trường THPT Trần Phú',
  'Trường Cao đẳng Y tế Quảng An',
  'Trường Cao đẳng Sư phạm Quảng An',
];

/**
 * A province shaped like the real one in the design: 2 central agencies, 19 departments,
 * 6 schools, 11 districts with their offices and 81 communes: 186 units. Headcounts vary by a fixed rule,
 * so the demo looks the same on every machine.
 */
export function demoUnitTree(): DemoUnit {
  let n = 0;
  const headcount = (base: number, spread: number) => base + ((++n * 37) % spread);
  return {
    code: 'QA',
    name: 'UBND tỉnh Quảng An',
    level: 'province',
    headcount: 45,
    children: [
      {
        code: 'QA-TW01',
        name: 'Kho bạc Nhà nước khu vực Quảng An',
        level: 'central_agency',
        headcount: headcount(60, 40),
      },
      {
        code: 'QA-TW02',
        name: 'Bảo hiểm xã hội tỉnh Quảng An',
        level: 'central_agency',
        headcount: headcount(80, 40),
      },
      ...DEPARTMENTS.map((name, i) => ({
        code: `QA-S${String(i + 1).padStart(2, '0')}`,
        name,
        level: 'department' as const,
        headcount: headcount(50, 120),
        children:
          name === 'Sở Giáo dục và Đào tạo'
            ? SCHOOLS.map((s, j) => ({
                code: `QA-S${String(i + 1).padStart(2, '0')}-T${j + 1}`,
                name: s,
                level: 'school' as const,
                headcount: headcount(40, 60),
              }))
            : undefined,
      })),
      ...DISTRICTS.map(([name, communes], i) => {
        const code = `QA-H${String(i + 1).padStart(2, '0')}`;
        return {
          code,
          name,
          level: 'district' as const,
          headcount: headcount(90, 80),
          children: [
            ...[
              'Phòng Nội vụ',
              'Phòng Tư pháp',
              'Phòng Tài chính - Kế hoạch',
              'Phòng Kinh tế',
              'Phòng Văn hóa và Thông tin',
              'Văn phòng HĐND và UBND',
            ].map((p, j) => ({
              code: `${code}-P${j + 1}`,
              name: `${p} ${name.replace(/^(Thành phố|Thị xã|Huyện) /, '')}`,
              level: 'other' as const,
              headcount: headcount(8, 10),
            })),
            ...communes.map((c, j) => ({
              code: `${code}-X${String(j + 1).padStart(2, '0')}`,
              name: c,
              level: 'commune' as const,
              headcount: headcount(20, 25),
            })),
          ],
        };
      }),
    ],
  };
}
