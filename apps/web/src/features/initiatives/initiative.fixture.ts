import type { Entry, InitiativeSettings, Track } from '@contest/contracts';

const PART = 'Một đoạn viết đủ dài để được đọc như một câu trả lời thật sự.';

/** An initiative entry as the api returns it to its author: a complete article by one author. */
export const initiativeEntry = (over: Partial<Entry> = {}): Entry => ({
  id: 1,
  trackId: 3,
  unitId: 5,
  unitName: 'Sở Nội vụ',
  title: 'Một cửa không giấy',
  description: PART,
  topic: 'Cải cách thủ tục hành chính',
  authors: ['Nguyễn Thị Lan'],
  linkUrl: null,
  status: 'draft',
  screening: 'pending',
  screeningReason: null,
  file: null,
  pendingFile: null,
  videoUrl: null,
  thumbnailUrl: null,
  submittedAt: null,
  updatedAt: '2026-12-01T00:00:00.000Z',
  initiative: {
    form: 'article',
    area: 'Cải cách thủ tục hành chính',
    summary: PART,
    problem: PART,
    solution: PART,
    application: PART,
    results: PART,
    authors: [
      {
        name: 'Nguyễn Thị Lan',
        unitName: 'Sở Nội vụ',
        position: 'Chuyên viên',
        phone: '0912345678',
        email: 'lan@example.vn',
        representative: true,
      },
    ],
  },
  unitReview: null,
  attachments: [],
  journey: [],
  ...over,
});

export const initiativeSettings = (over: Partial<InitiativeSettings> = {}): InitiativeSettings => ({
  forms: ['article', 'video'],
  individual: true,
  group: true,
  maxAuthors: 3,
  quotas: [],
  attachmentMegabytes: 5,
  ...over,
});

export const initiativeTrack = (settings: Partial<InitiativeSettings> = {}, over: Partial<Track> = {}) =>
  ({
    id: 3,
    kind: 'initiative',
    phase: 'open',
    opensAt: '2026-11-01T00:00:00.000Z',
    closesAt: '2026-12-10T00:00:00.000Z',
    stages: [],
    topics: ['Cải cách thể chế', 'Cải cách thủ tục hành chính'],
    initiative: initiativeSettings(settings),
    ...over,
  }) as Track & { initiative: InitiativeSettings };

export const FULL_TEXT = PART;
