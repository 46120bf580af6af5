import type { AwardRules, SidePrize } from './awards';
import type { LivePart } from './entries';
import { REFORM_AREA_PRESETS, type InitiativeSettings } from './initiatives';

/**
 * The four real contests an initiative track can start from: the call's settings, the stages
 * after screening with their rubrics, how the total is made and the prizes. The wizard fills the
 * call form from one (its name and summary are the web's words, by key); the server creates its
 * stages and award rules; organizers edit everything before the call opens. Amounts are the
 * templates' suggestions, in đồng.
 */

export interface TemplateCriterion {
  name: string;
  maxPoints: number;
  guidance: string;
  /** The live final's part it is scored in. */
  part?: number;
}

export interface TemplateStage {
  kind: 'judged' | 'live_final';
  name: string;
  criteria: readonly TemplateCriterion[];
  parts?: readonly LivePart[];
  /** Public points (likes and shares typed in) capped at this, beside the judges'. */
  publicPoints?: number;
  /** Authors add material while the stage is open (a defence prepared after notice). */
  allowsMaterial?: boolean;
}

export interface InitiativeTemplate {
  key: InitiativeTemplateKey;
  areas: readonly string[];
  initiative: InitiativeSettings;
  /** Forwarded per unit at most. */
  entriesPerUnit: number;
  /** Judged stages after the organizer's screening, in order: the first is the preliminary. */
  stages: readonly TemplateStage[];
  /** Side prizes name their stage by its index in `stages`. */
  awards: Omit<AwardRules, 'side'> & { side: (Omit<SidePrize, 'stageId'> & { stage: number })[] };
  /** A contest of one district's own units: it cannot start without naming the district. */
  scoped?: boolean;
}

export const INITIATIVE_TEMPLATE_KEYS = [
  'city_models',
  'district_search',
  'province_proposals',
  'capital_ideas',
] as const;
export type InitiativeTemplateKey = (typeof INITIATIVE_TEMPLATE_KEYS)[number];

const PRELIMINARY_RUBRIC: readonly TemplateCriterion[] = [
  {
    name: 'Tính mới, sáng tạo',
    maxPoints: 30,
    guidance: 'Chưa được áp dụng ở đơn vị, địa phương; cách làm mới.',
  },
  {
    name: 'Tính hiệu quả',
    maxPoints: 30,
    guidance: 'Kết quả đo được: thời gian, chi phí, số người được phục vụ.',
  },
  {
    name: 'Tính khả thi, nhân rộng',
    maxPoints: 25,
    guidance: 'Áp dụng được trong điều kiện hiện có; nhân rộng được.',
  },
  { name: 'Chất lượng trình bày', maxPoints: 15, guidance: 'Bố cục rõ, lập luận chặt chẽ, số liệu đầy đủ.' },
];

/**
 * A final in a hall as provincial contests run it (a new live final starts from it too): the team
 * presents, debates with another team, and answers the judges' questions; 100 points in all.
 */
export const HALL_PARTS: readonly LivePart[] = [
  { name: 'Thuyết trình', seconds: 7 * 60 },
  { name: 'Tranh luận', seconds: 5 * 60 },
  { name: 'Trả lời câu hỏi của Ban giám khảo', seconds: 5 * 60 },
];
export const HALL_RUBRIC: readonly TemplateCriterion[] = [
  {
    part: 0,
    name: 'Nội dung mô hình, sáng kiến',
    maxPoints: 25,
    guidance: 'Vấn đề rõ, giải pháp mới, kết quả có số liệu.',
  },
  { part: 0, name: 'Kỹ năng trình bày', maxPoints: 15, guidance: 'Mạch lạc, đúng giờ, thu hút người nghe.' },
  {
    part: 1,
    name: 'Lập luận, phản biện',
    maxPoints: 20,
    guidance: 'Lập luận chặt chẽ, phản biện đúng trọng tâm.',
  },
  {
    part: 1,
    name: 'Xử lý tình huống',
    maxPoints: 10,
    guidance: 'Bình tĩnh, linh hoạt trước câu hỏi của đội bạn.',
  },
  {
    part: 2,
    name: 'Trả lời đúng, đủ',
    maxPoints: 20,
    guidance: 'Trả lời đúng trọng tâm câu hỏi của Ban giám khảo.',
  },
  { part: 2, name: 'Hiểu biết thực tiễn', maxPoints: 10, guidance: 'Nắm vững thực tế áp dụng.' },
];

const DEFENCE_PARTS: readonly LivePart[] = [
  { name: 'Trình bày đề xuất', seconds: 10 * 60 },
  { name: 'Trả lời câu hỏi của Hội đồng', seconds: 10 * 60 },
];
const DEFENCE_RUBRIC: readonly TemplateCriterion[] = [
  {
    part: 0,
    name: 'Tính mới của đề xuất',
    maxPoints: 30,
    guidance: 'Chưa áp dụng trong tỉnh, chưa công bố ở nơi khác.',
  },
  { part: 0, name: 'Tính khả thi', maxPoints: 30, guidance: 'Nguồn lực, lộ trình, người thực hiện rõ ràng.' },
  {
    part: 1,
    name: 'Bảo vệ đề xuất',
    maxPoints: 40,
    guidance: 'Trả lời đúng, đủ, thuyết phục câu hỏi của Hội đồng.',
  },
];

export const INITIATIVE_TEMPLATES: readonly InitiativeTemplate[] = [
  {
    key: 'city_models',
    areas: REFORM_AREA_PRESETS.district,
    initiative: {
      forms: ['article', 'video'],
      individual: true,
      group: true,
      maxAuthors: 6,
      quotas: [],
      attachmentMegabytes: 20,
    },
    entriesPerUnit: 1,
    stages: [
      {
        kind: 'judged',
        name: 'Sơ khảo',
        publicPoints: 30,
        criteria: [
          {
            name: 'Nội dung, tính mới',
            maxPoints: 30,
            guidance: 'Mô hình mới, đúng lĩnh vực cải cách hành chính.',
          },
          {
            name: 'Hiệu quả, khả năng nhân rộng',
            maxPoints: 25,
            guidance: 'Kết quả đo được, nhân rộng được.',
          },
          {
            name: 'Chất lượng video, bài viết',
            maxPoints: 15,
            guidance: 'Hình ảnh, âm thanh, bố cục rõ ràng.',
          },
        ],
      },
      { kind: 'live_final', name: 'Chung kết', parts: HALL_PARTS, criteria: HALL_RUBRIC },
    ],
    awards: {
      combination: { kind: 'sum' },
      tieBreaks: ['last_stage', 'first_stage', 'earliest_submission'],
      main: [
        { label: 'Giải Nhất', count: 1, amount: 10_000_000 },
        { label: 'Giải Nhì', count: 1, amount: 7_000_000 },
        { label: 'Giải Ba', count: 1, amount: 5_000_000 },
        { label: 'Giải Khuyến khích', count: 2, amount: 2_000_000 },
      ],
      groupMultiplier: 1,
      side: HALL_PARTS.flatMap((part, i) => [
        {
          label: `Cá nhân xuất sắc phần ${part.name.toLowerCase()}`,
          stage: 1,
          part: i,
          for: 'individual' as const,
          amount: 1_000_000,
        },
        {
          label: `Đội xuất sắc phần ${part.name.toLowerCase()}`,
          stage: 1,
          part: i,
          for: 'group' as const,
          amount: 1_000_000,
        },
      ]),
      units: [],
    },
  },
  {
    key: 'district_search',
    scoped: true,
    areas: REFORM_AREA_PRESETS.district,
    initiative: {
      forms: ['article', 'video'],
      individual: true,
      group: true,
      maxAuthors: 10,
      quotas: [
        { level: 'department', min: 1 },
        { level: 'commune', min: 1 },
      ],
      attachmentMegabytes: 20,
    },
    entriesPerUnit: 5,
    stages: [{ kind: 'judged', name: 'Chấm điểm', criteria: PRELIMINARY_RUBRIC }],
    awards: {
      combination: { kind: 'final' },
      tieBreaks: ['last_stage', 'earliest_submission'],
      main: [
        { label: 'Giải Nhất', count: 2, amount: 5_000_000 },
        { label: 'Giải Nhì', count: 2, amount: 3_000_000 },
        { label: 'Giải Ba', count: 4, amount: 2_000_000 },
      ],
      groupMultiplier: 1.5,
      side: [],
      units: [],
    },
  },
  {
    key: 'province_proposals',
    areas: REFORM_AREA_PRESETS.province,
    initiative: {
      forms: ['article'],
      individual: true,
      group: true,
      maxAuthors: 5,
      quotas: [],
      attachmentMegabytes: 20,
    },
    entriesPerUnit: 3,
    stages: [
      { kind: 'judged', name: 'Chấm bài viết', criteria: PRELIMINARY_RUBRIC },
      {
        kind: 'live_final',
        name: 'Bảo vệ đề xuất',
        parts: DEFENCE_PARTS,
        criteria: DEFENCE_RUBRIC,
        allowsMaterial: true,
      },
    ],
    awards: {
      combination: { kind: 'final' },
      tieBreaks: ['last_stage', 'first_stage', 'earliest_submission'],
      main: [
        { label: 'Giải Nhất', count: 1, amount: 10_000_000 },
        { label: 'Giải Nhì', count: 2, amount: 7_000_000 },
        { label: 'Giải Ba', count: 3, amount: 5_000_000 },
      ],
      groupMultiplier: 1,
      side: [],
      units: [],
    },
  },
  {
    key: 'capital_ideas',
    areas: REFORM_AREA_PRESETS.province,
    initiative: {
      forms: ['article', 'video'],
      individual: true,
      group: true,
      maxAuthors: 10,
      quotas: [{ level: 'department', min: 1 }],
      attachmentMegabytes: 20,
    },
    entriesPerUnit: 10,
    stages: [
      { kind: 'judged', name: 'Sơ khảo', criteria: PRELIMINARY_RUBRIC },
      { kind: 'judged', name: 'Chung khảo', criteria: PRELIMINARY_RUBRIC },
      { kind: 'live_final', name: 'Chung kết', parts: HALL_PARTS, criteria: HALL_RUBRIC },
    ],
    awards: {
      combination: { kind: 'final' },
      tieBreaks: ['last_stage', 'first_stage', 'earliest_submission'],
      main: [
        { label: 'Giải Nhất', count: 1, amount: 30_000_000 },
        { label: 'Giải Nhì', count: 2, amount: 20_000_000 },
        { label: 'Giải Ba', count: 3, amount: 10_000_000 },
      ],
      groupMultiplier: 1,
      side: [],
      units: [{ label: 'Giải tập thể', count: 3, amount: 10_000_000 }],
    },
  },
];

export const initiativeTemplate = (key: string): InitiativeTemplate | undefined =>
  INITIATIVE_TEMPLATES.find((t) => t.key === key);
