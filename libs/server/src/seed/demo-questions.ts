import type { Difficulty, QuestionSelection } from '@contest/contracts';

export interface DemoQuestion {
  topic: string;
  difficulty: Difficulty;
  text: string;
  options: string[];
  correct: number;
}

const q = (
  topic: string,
  difficulty: Difficulty,
  text: string,
  options: string[],
  correct: number,
): DemoQuestion => ({
  topic,
  difficulty,
  text,
  options,
  correct,
});

export const TOPICS = {
  overview: 'Tổng quan cải cách hành chính',
  procedures: 'Thủ tục hành chính',
  civilService: 'Tổ chức bộ máy và công vụ',
  digital: 'Chính phủ điện tử, Chính phủ số',
} as const;

/** Every demo round draws 10 questions: 3 + 3 + 2 + 2 from the four topics. */
export const DEMO_SELECTION: QuestionSelection = {
  mode: 'quota',
  quotas: [
    { topic: TOPICS.overview, count: 3 },
    { topic: TOPICS.procedures, count: 3 },
    { topic: TOPICS.civilService, count: 2 },
    { topic: TOPICS.digital, count: 2 },
  ],
};

/** A bank on administrative reform, the subject of the real contests. */
export const DEMO_QUESTIONS: DemoQuestion[] = [
  q(
    TOPICS.overview,
    'easy',
    'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 được ban hành kèm theo văn bản nào?',
    [
      'Nghị quyết số 30c/NQ-CP',
      'Nghị quyết số 76/NQ-CP',
      'Nghị định số 61/2018/NĐ-CP',
      'Quyết định số 06/QĐ-TTg',
    ],
    1,
  ),
  q(
    TOPICS.overview,
    'medium',
    'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 gồm bao nhiêu nội dung cải cách?',
    ['4 nội dung', '5 nội dung', '6 nội dung', '7 nội dung'],
    2,
  ),
  q(
    TOPICS.overview,
    'medium',
    'Nội dung nào sau đây KHÔNG thuộc 6 nội dung của Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030?',
    ['Cải cách thể chế', 'Cải cách tài chính công', 'Cải cách tư pháp', 'Cải cách chế độ công vụ'],
    2,
  ),
  q(
    TOPICS.overview,
    'easy',
    'Chỉ số đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước có tên viết tắt là gì?',
    ['PAR INDEX', 'SIPAS', 'PCI', 'PAPI'],
    1,
  ),
  q(
    TOPICS.overview,
    'easy',
    'Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương có tên viết tắt là gì?',
    ['PAR INDEX', 'SIPAS', 'PCI', 'ICT Index'],
    0,
  ),
  q(
    TOPICS.overview,
    'medium',
    'Chỉ số PAPI đo lường nội dung nào?',
    [
      'Năng lực cạnh tranh cấp tỉnh',
      'Hiệu quả quản trị và hành chính công cấp tỉnh',
      'Mức độ ứng dụng công nghệ thông tin',
      'Mức độ hài lòng của doanh nghiệp về thuế',
    ],
    1,
  ),
  q(
    TOPICS.overview,
    'hard',
    'Theo Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, đến năm 2030 mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước đạt tối thiểu bao nhiêu?',
    ['80%', '85%', '90%', '95%'],
    2,
  ),
  q(
    TOPICS.overview,
    'easy',
    'Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam là ngày nào?',
    ['Ngày 9 tháng 11', 'Ngày 2 tháng 9', 'Ngày 10 tháng 10', 'Ngày 19 tháng 5'],
    0,
  ),
  q(
    TOPICS.overview,
    'medium',
    'Cơ quan nào giúp Chính phủ thống nhất quản lý nhà nước về công tác cải cách hành chính?',
    ['Bộ Tư pháp', 'Văn phòng Chính phủ', 'Bộ Nội vụ', 'Bộ Tài chính'],
    2,
  ),
  q(
    TOPICS.overview,
    'medium',
    'Người đứng đầu chịu trách nhiệm chỉ đạo thực hiện cải cách hành chính tại một cơ quan, đơn vị là ai?',
    [
      'Chánh Văn phòng',
      'Người đứng đầu cơ quan, đơn vị',
      'Trưởng phòng Tổ chức cán bộ',
      'Công chức phụ trách cải cách hành chính',
    ],
    1,
  ),
  q(
    TOPICS.procedures,
    'easy',
    'Nghị định nào quy định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính?',
    [
      'Nghị định số 63/2010/NĐ-CP',
      'Nghị định số 61/2018/NĐ-CP',
      'Nghị định số 30/2020/NĐ-CP',
      'Nghị định số 45/2020/NĐ-CP',
    ],
    1,
  ),
  q(
    TOPICS.procedures,
    'medium',
    'Nghị định số 63/2010/NĐ-CP của Chính phủ quy định về nội dung nào?',
    [
      'Kiểm soát thủ tục hành chính',
      'Công tác văn thư',
      'Tuyển dụng công chức',
      'Đánh giá, xếp loại chất lượng cán bộ',
    ],
    0,
  ),
  q(
    TOPICS.procedures,
    'medium',
    'Thủ tục hành chính là gì?',
    [
      'Văn bản do cơ quan nhà nước ban hành để điều chỉnh quan hệ xã hội',
      'Trình tự, cách thức thực hiện, hồ sơ và yêu cầu, điều kiện do cơ quan nhà nước, người có thẩm quyền quy định để giải quyết một công việc cụ thể liên quan đến cá nhân, tổ chức',
      'Quy trình nội bộ của cơ quan hành chính',
      'Các khoản phí, lệ phí người dân phải nộp',
    ],
    1,
  ),
  q(
    TOPICS.procedures,
    'easy',
    'Bộ phận tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính tại cơ quan hành chính thường được gọi là gì?',
    ['Bộ phận Văn thư', 'Bộ phận Một cửa', 'Bộ phận Pháp chế', 'Bộ phận Thanh tra'],
    1,
  ),
  q(
    TOPICS.procedures,
    'medium',
    'Nghị định nào quy định về thực hiện thủ tục hành chính trên môi trường điện tử?',
    [
      'Nghị định số 45/2020/NĐ-CP',
      'Nghị định số 61/2018/NĐ-CP',
      'Nghị định số 63/2010/NĐ-CP',
      'Nghị định số 138/2020/NĐ-CP',
    ],
    0,
  ),
  q(
    TOPICS.procedures,
    'hard',
    'Nghị định số 107/2021/NĐ-CP có nội dung gì?',
    [
      'Sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP về cơ chế một cửa, một cửa liên thông',
      'Quy định về công tác văn thư',
      'Quy định về chính sách tinh giản biên chế',
      'Quy định về định danh và xác thực điện tử',
    ],
    0,
  ),
  q(
    TOPICS.procedures,
    'easy',
    'Khi giải quyết thủ tục hành chính bị quá hạn, cơ quan giải quyết phải làm gì?',
    [
      'Không cần thông báo',
      'Gửi phiếu xin lỗi và hẹn lại ngày trả kết quả',
      'Yêu cầu người dân nộp lại hồ sơ',
      'Thu thêm phí',
    ],
    1,
  ),
  q(
    TOPICS.procedures,
    'medium',
    'Người dân có thể tra cứu tình trạng giải quyết hồ sơ thủ tục hành chính qua kênh nào?',
    [
      'Chỉ tại Bộ phận Một cửa',
      'Cổng Dịch vụ công và Hệ thống thông tin giải quyết thủ tục hành chính',
      'Chỉ qua điện thoại của lãnh đạo',
      'Không được tra cứu',
    ],
    1,
  ),
  q(
    TOPICS.procedures,
    'medium',
    'Việc công khai thủ tục hành chính nhằm mục đích chính nào?',
    [
      'Tăng số lượng hồ sơ',
      'Bảo đảm minh bạch, để cá nhân, tổ chức biết và giám sát',
      'Giảm số lượng công chức',
      'Tăng phí dịch vụ',
    ],
    1,
  ),
  q(
    TOPICS.procedures,
    'hard',
    'Hành vi nào sau đây bị nghiêm cấm khi tiếp nhận hồ sơ thủ tục hành chính?',
    [
      'Hướng dẫn đầy đủ, một lần cho người nộp hồ sơ',
      'Yêu cầu bổ sung giấy tờ ngoài quy định',
      'Cấp giấy tiếp nhận và hẹn trả kết quả',
      'Số hóa hồ sơ đã tiếp nhận',
    ],
    1,
  ),
  q(
    TOPICS.civilService,
    'easy',
    'Luật Cán bộ, công chức năm 2008 có số hiệu là gì?',
    ['Luật số 22/2008/QH12', 'Luật số 58/2010/QH12', 'Luật số 52/2019/QH14', 'Luật số 80/2015/QH13'],
    0,
  ),
  q(
    TOPICS.civilService,
    'medium',
    'Luật Viên chức được Quốc hội thông qua năm nào?',
    ['2008', '2010', '2015', '2019'],
    1,
  ),
  q(
    TOPICS.civilService,
    'medium',
    'Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức được Quốc hội thông qua năm nào?',
    ['2017', '2018', '2019', '2020'],
    2,
  ),
  q(
    TOPICS.civilService,
    'easy',
    'Quy chế văn hóa công sở tại các cơ quan hành chính nhà nước được ban hành kèm theo quyết định nào?',
    [
      'Quyết định số 129/2007/QĐ-TTg',
      'Quyết định số 06/QĐ-TTg',
      'Quyết định số 505/QĐ-TTg',
      'Quyết định số 942/QĐ-TTg',
    ],
    0,
  ),
  q(
    TOPICS.civilService,
    'medium',
    'Nguyên tắc cơ bản trong tổ chức và hoạt động của bộ máy nhà nước Việt Nam là gì?',
    ['Tam quyền phân lập', 'Tập trung dân chủ', 'Tự quản địa phương', 'Đa nguyên chính trị'],
    1,
  ),
  q(
    TOPICS.civilService,
    'medium',
    'Nghị định nào quy định về công tác văn thư?',
    [
      'Nghị định số 30/2020/NĐ-CP',
      'Nghị định số 45/2020/NĐ-CP',
      'Nghị định số 61/2018/NĐ-CP',
      'Nghị định số 63/2010/NĐ-CP',
    ],
    0,
  ),
  q(
    TOPICS.civilService,
    'easy',
    'Khi thi hành công vụ, công chức phải có thái độ như thế nào với người dân?',
    [
      'Lịch sự, tôn trọng, tận tình hướng dẫn',
      'Chỉ tiếp khi có hẹn trước',
      'Tùy theo tính chất công việc',
      'Không cần giải thích',
    ],
    0,
  ),
  q(
    TOPICS.civilService,
    'hard',
    'Theo Luật Cán bộ, công chức, hành vi nào công chức KHÔNG được làm?',
    [
      'Tham gia sinh hoạt đoàn thể',
      'Trốn tránh trách nhiệm, thoái thác công việc được giao',
      'Học tập nâng cao trình độ',
      'Góp ý xây dựng cơ quan',
    ],
    1,
  ),
  q(
    TOPICS.civilService,
    'medium',
    'Hiến pháp hiện hành của nước Cộng hòa xã hội chủ nghĩa Việt Nam được thông qua năm nào?',
    ['1992', '2001', '2013', '2015'],
    2,
  ),
  q(
    TOPICS.civilService,
    'hard',
    'Vị trí việc làm trong cơ quan hành chính được hiểu là gì?',
    [
      'Chức danh lãnh đạo của cơ quan',
      'Công việc hoặc nhiệm vụ gắn với chức danh, chức vụ, cơ cấu và ngạch công chức để xác định biên chế',
      'Địa điểm làm việc của công chức',
      'Bậc lương của công chức',
    ],
    1,
  ),
  q(
    TOPICS.digital,
    'easy',
    'Cổng Dịch vụ công quốc gia có địa chỉ truy cập nào?',
    ['dichvucong.gov.vn', 'chinhphu.vn', 'vanban.gov.vn', 'moj.gov.vn'],
    0,
  ),
  q(
    TOPICS.digital,
    'medium',
    'Cổng Dịch vụ công quốc gia chính thức khai trương vào năm nào?',
    ['2017', '2018', '2019', '2021'],
    2,
  ),
  q(
    TOPICS.digital,
    'medium',
    'Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia (Đề án 06) được phê duyệt tại quyết định nào?',
    [
      'Quyết định số 06/QĐ-TTg năm 2022',
      'Quyết định số 749/QĐ-TTg năm 2020',
      'Quyết định số 942/QĐ-TTg năm 2021',
      'Quyết định số 129/2007/QĐ-TTg',
    ],
    0,
  ),
  q(
    TOPICS.digital,
    'easy',
    'Ngày Chuyển đổi số quốc gia là ngày nào hằng năm?',
    ['Ngày 10 tháng 10', 'Ngày 9 tháng 11', 'Ngày 1 tháng 7', 'Ngày 2 tháng 9'],
    0,
  ),
  q(
    TOPICS.digital,
    'easy',
    'Ứng dụng định danh điện tử quốc gia do Bộ Công an phát triển có tên là gì?',
    ['VNeID', 'VssID', 'eTax', 'Zalo'],
    0,
  ),
  q(
    TOPICS.digital,
    'medium',
    'Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 được phê duyệt tại quyết định nào?',
    [
      'Quyết định số 749/QĐ-TTg',
      'Quyết định số 06/QĐ-TTg',
      'Quyết định số 505/QĐ-TTg',
      'Quyết định số 129/2007/QĐ-TTg',
    ],
    0,
  ),
  q(
    TOPICS.digital,
    'medium',
    'Dịch vụ công trực tuyến "toàn trình" là dịch vụ như thế nào?',
    [
      'Chỉ cung cấp thông tin về thủ tục',
      'Cho phép thực hiện toàn bộ quá trình từ nộp hồ sơ đến nhận kết quả trên môi trường mạng',
      'Chỉ cho phép tải mẫu đơn',
      'Chỉ cho phép nộp hồ sơ, còn lại làm trực tiếp',
    ],
    1,
  ),
  q(
    TOPICS.digital,
    'hard',
    'Nghị định nào quy định về cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng?',
    [
      'Nghị định số 42/2022/NĐ-CP',
      'Nghị định số 30/2020/NĐ-CP',
      'Nghị định số 63/2010/NĐ-CP',
      'Nghị định số 107/2021/NĐ-CP',
    ],
    0,
  ),
  q(
    TOPICS.digital,
    'medium',
    'Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính mang lại lợi ích nào?',
    [
      'Người dân phải nộp lại giấy tờ nhiều lần',
      'Tái sử dụng dữ liệu, người dân không phải cung cấp lại giấy tờ đã có',
      'Tăng thời gian giải quyết hồ sơ',
      'Tăng chi phí lưu trữ giấy',
    ],
    1,
  ),
  q(
    TOPICS.digital,
    'hard',
    'Chữ ký số được sử dụng trong giao dịch điện tử nhằm mục đích chính nào?',
    [
      'Trang trí văn bản',
      'Xác thực người ký và bảo đảm toàn vẹn nội dung văn bản điện tử',
      'Nén dung lượng tệp',
      'Thay thế mật khẩu email',
    ],
    1,
  ),
];
