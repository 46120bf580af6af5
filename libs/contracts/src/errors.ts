/**
 * Every refusal the api words, by a stable code. The api sends the code, its parameters and the
 * Vietnamese text below (for API users and logs); the web translates the code into the reader's
 * language with the same parameters, so an English page never shows a Vietnamese server message.
 * Placeholders are i18next's `{{name}}`; a parameter holding a date is sent as ISO 8601.
 */
export const API_ERRORS = {
  // Generic answers, by status, for refusals that need no more words.
  bad_request: 'Yêu cầu không hợp lệ',
  unauthenticated: 'Vui lòng đăng nhập',
  forbidden: 'Tài khoản không có quyền này',
  not_found: 'Không tìm thấy',
  conflict: 'Yêu cầu xung đột với dữ liệu hiện có',
  unprocessable: 'Không xử lý được yêu cầu',
  too_many_requests: 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút',
  service_unavailable: 'Dịch vụ tạm thời không sẵn sàng, vui lòng thử lại sau ít phút',
  server_error: 'Lỗi máy chủ, vui lòng thử lại',
  database_busy: 'Hệ thống đang quá tải, vui lòng thử lại sau vài giây',
  database_unavailable: 'Cơ sở dữ liệu tạm thời không kết nối được, vui lòng thử lại sau vài giây',
  redis_unavailable: 'Hàng đợi tạm thời không kết nối được, vui lòng thử lại sau vài giây',

  // The request itself.
  validation_failed: 'Dữ liệu không hợp lệ: {{details}}',
  payload_too_large: 'Dữ liệu gửi lên quá lớn (tối đa {{maxKb}} KB)',
  file_too_large: 'Tệp quá lớn: tối đa {{maxMb}} MB mỗi lần nhập. Hãy chia tệp thành nhiều phần.',
  unsupported_media_type: 'Chỉ nhận dữ liệu JSON (Content-Type: application/json)',
  file_not_expected: 'Đường dẫn này không nhận tệp tải lên: hãy gửi dữ liệu JSON',
  invalid_json: 'JSON không hợp lệ',
  empty_json: 'Thiếu nội dung JSON',
  invalid_utf8: 'Dữ liệu gửi lên không phải văn bản UTF-8 hợp lệ',
  cross_site_request: 'Yêu cầu gửi từ một trang web khác bị từ chối',
  import_needs_file:
    'Gửi tệp .xlsx hoặc .csv làm nội dung yêu cầu, với Content-Type: application/octet-stream',

  // Accounts.
  wrong_credentials: 'Sai tài khoản hoặc mật khẩu',
  login_taken: 'Số điện thoại hoặc email này đã được đăng ký',
  unit_does_not_exist: 'Đơn vị không tồn tại',
  login_not_found: 'Không có tài khoản nào đăng nhập bằng "{{login}}"',

  // Taking part.
  attempt_not_found: 'Không tìm thấy bài làm',
  round_not_found: 'Không tìm thấy vòng thi',
  round_not_open_yet: 'Vòng thi chưa mở (mở lúc {{opensAt}})',
  round_closed: 'Vòng thi đã kết thúc',
  no_attempts_left: 'Bạn đã dùng hết {{allowed}} lượt thi của vòng này',
  attempt_already_submitted: 'Bài làm đã được nộp, không thể sửa câu trả lời',
  attempt_past_deadline: 'Đã hết giờ làm bài: câu trả lời gửi sau thời hạn không được tính',
  attempt_submitted_at_deadline:
    'Đã hết giờ làm bài: bài được nộp tự động với các câu trả lời đã lưu trước thời hạn',
  position_out_of_paper: 'Câu {{position}} không có trong bài làm (bài có {{count}} câu)',
  option_out_of_range: 'Câu {{position}} không có phương án số {{option}} (chỉ có {{count}} phương án)',
  prediction_disabled: 'Vòng thi này không có câu hỏi dự đoán',
  round_misconfigured: 'Vòng thi chưa sẵn sàng, vui lòng báo ban tổ chức ({{reason}})',
  staff_may_not_take_part: 'Ban tổ chức và giám khảo không dự thi, nên không thể làm bài',
  unit_admins_may_not_take_part: 'Cuộc thi này không cho tài khoản quản trị đơn vị dự thi',

  dashboard_organizers_only: 'Chỉ ban tổ chức xem được bảng theo dõi',
  dashboard_needs_round: 'Thiếu mã vòng thi (roundId)',

  // Units.
  unit_not_found: 'Không tìm thấy đơn vị',
  unit_out_of_scope: 'Bạn chỉ xem được số liệu của đơn vị mình và các đơn vị trực thuộc',
  unit_code_taken: 'Mã đơn vị "{{code}}" đã được dùng cho đơn vị "{{name}}"',
  unit_merged: 'Đơn vị "{{name}}" đã được sáp nhập vào "{{into}}": hãy dùng đơn vị đó',
  unit_move_into_own_subtree:
    'Không thể chuyển "{{name}}" vào "{{parent}}": "{{parent}}" là chính nó hoặc đơn vị trực thuộc của nó',
  unit_merge_into_itself: 'Không thể sáp nhập một đơn vị vào chính nó',
  unit_merge_into_descendant:
    'Không thể sáp nhập "{{name}}" vào "{{into}}": "{{into}}" là đơn vị trực thuộc của "{{name}}", sáp nhập sẽ tạo vòng lặp trong cây đơn vị',

  // Organizing.
  contest_not_found: 'Không tìm thấy cuộc thi',
  round_already_open:
    'Vòng thi đã mở lúc {{opensAt}}: không thể sửa nữa (dùng điều chỉnh cho từng thí sinh nếu cần)',
  round_opens_in_past: 'Giờ mở mới phải ở tương lai: không thể mở vòng thi về trước',
  override_after_close:
    'Vòng thi đóng với mọi thí sinh lúc {{closedAt}}: chỉ gia hạn được trước thời điểm đó ít nhất 1 phút, vì sau đó đáp án được công bố',
  question_not_found: 'Không tìm thấy câu hỏi',
  question_locked:
    'Câu hỏi đã có trong vòng thi đã mở: không được đổi đáp án đúng hay số phương án (chỉ sửa câu chữ). Hãy ngừng dùng câu này và tạo câu mới.',
  question_duplicate: 'Trùng với câu hỏi #{{id}} đã có trong ngân hàng',
  topic_not_in_contest: 'Chủ đề "{{topic}}" không có trong cuộc thi (có: {{topics}})',
  bank_changed_during_import: 'Ngân hàng vừa thay đổi trong lúc nhập: hãy kiểm tra lại tệp rồi nhập lại',

  // Results.
  round_not_finalised: 'Vòng thi chưa chốt kết quả',
  publish_needs_finalise: 'Chưa chốt kết quả vòng thi: hãy chốt trước khi công bố',
  results_not_published: 'Kết quả vòng thi này chưa được công bố',
  finalise_round_open: 'Vòng thi chưa đóng (đóng lúc {{closesAt}}): chỉ chốt kết quả sau khi vòng thi đóng',
  finalise_extension_open: 'Còn thí sinh được gia hạn đến {{until}}: chốt kết quả sau thời điểm đó',
  finalise_ungraded:
    'Còn {{total}} bài chưa chấm xong ({{open}} đang được đóng, {{waiting}} chờ chấm): thử lại sau ít giây',

  earlier_contest_not_found: 'Không tìm thấy cuộc thi trước để so sánh',

  // Collective (unit) prizes.
  collective_rule_locked:
    'Vòng thi tuần cuối đã đóng lúc {{closedAt}}: công thức giải tập thể không đổi được nữa',
  collective_needs_rule: 'Chưa có công thức giải tập thể: hãy đặt công thức trước khi chốt',
  collective_contest_not_over:
    'Cuộc thi chưa kết thúc (còn vòng thi tuần chưa đóng): chỉ chốt giải tập thể khi mọi vòng đã đóng',
  collective_refinalise_needs_reason:
    'Giải tập thể đã được chốt: muốn chốt lại, hãy ghi lý do (ít nhất 5 ký tự)',

  // Entries: the call, submissions and uploads.
  track_not_found: 'Không tìm thấy hạng mục dự thi',
  entry_not_found: 'Không tìm thấy bài dự thi',
  track_not_open_yet: 'Chưa đến thời gian nhận bài (mở lúc {{opensAt}})',
  track_closed: 'Đã hết thời gian nhận bài (đóng lúc {{closesAt}}): bài dự thi không thay đổi được nữa',
  track_unit_admins_only: 'Hạng mục này chỉ nhận bài do quản trị đơn vị gửi thay cho đơn vị',
  track_participants_only: 'Hạng mục này nhận bài của từng cá nhân: hãy đăng nhập bằng tài khoản thí sinh',
  track_needs_unit: 'Tài khoản chưa thuộc đơn vị nào nên không gửi bài được',
  track_entry_limit: 'Mỗi đơn vị gửi tối đa {{limit}} bài: hãy rút một bài trước khi gửi bài mới',
  track_files_not_allowed: 'Hạng mục này chỉ nhận đường liên kết tới video, không nhận tệp',
  track_links_not_allowed: 'Hạng mục này chỉ nhận tệp video tải lên, không nhận đường liên kết',
  topic_not_in_track: 'Chủ đề "{{topic}}" không có trong hạng mục (có: {{topics}})',
  entry_not_yours: 'Bài dự thi này không phải của đơn vị bạn',
  entry_withdrawn: 'Bài dự thi đã được rút',
  entry_processing: 'Tệp trước đang được xử lý: chờ xử lý xong rồi hãy tải tệp khác',
  entry_has_link: 'Bài dự thi này gửi bằng đường liên kết: hãy bỏ đường liên kết trước khi tải tệp',
  upload_too_large: 'Tệp quá lớn: tối đa {{maxMb}} MB',
  upload_format_not_allowed: 'Định dạng ".{{ext}}" không được nhận (nhận: {{formats}})',
  upload_empty: 'Tệp rỗng (0 byte): hãy chọn đúng tệp video',
  upload_needs_length: 'Cần cho biết kích thước tệp khi bắt đầu tải lên (Upload-Length)',
  upload_metadata_invalid: 'Thiếu thông tin tải lên: {{details}}',
  upload_not_found: 'Không tìm thấy lượt tải lên này (có thể đã hết hạn): hãy chọn tệp và tải lại',
  upload_storage_failed: 'Không lưu được tệp, vui lòng thử lại',
  upload_id_invalid: 'Mã lượt tải lên không hợp lệ',
  upload_needs_tus: 'Tải tệp lên theo giao thức tus (thiếu tiêu đề Tus-Resumable)',
  upload_extension_unsupported:
    'Máy chủ không nhận kiểu tải lên này (tải song song nhiều phần): hãy tải tệp thành một luồng',
  upload_offset_conflict: 'Vị trí tiếp tục tải không khớp với máy chủ: hãy tải tiếp từ vị trí máy chủ báo',
  upload_busy: 'Tệp này đang được gửi qua một kết nối khác: hãy thử lại sau ít giây',
  screening_not_submitted:
    'Bài chưa được gửi hoàn chỉnh (chưa có video đã xử lý xong) nên chưa sàng lọc được',

  // Initiatives: drafts, the unit's pre-screening, attachments, originality.
  track_not_initiative: 'Hạng mục này không nhận sáng kiến',
  track_is_initiative: 'Hạng mục này nhận sáng kiến: hãy dùng mẫu bài sáng kiến',
  track_out_of_scope: 'Hạng mục này chỉ nhận bài của các đơn vị thuộc {{unit}}',
  scope_unit_not_found: 'Không tìm thấy đơn vị giới hạn phạm vi của hạng mục',
  initiative_settings_kind: 'Chỉ hạng mục sáng kiến có thiết lập sáng kiến',
  initiative_form_not_allowed: 'Hạng mục này không nhận bài dạng "{{form}}" (nhận: {{forms}})',
  initiative_area_unknown: 'Lĩnh vực "{{area}}" không có trong hạng mục (có: {{areas}})',
  initiative_group_not_allowed: 'Hạng mục này chỉ nhận bài của cá nhân (một tác giả)',
  initiative_individual_not_allowed: 'Hạng mục này chỉ nhận bài của nhóm (từ 2 tác giả)',
  initiative_too_many_authors: 'Một nhóm có tối đa {{max}} tác giả',
  initiative_incomplete: 'Bài chưa đủ để gửi: {{missing}}',
  initiative_not_editable: 'Bài đã gửi đơn vị: chỉ sửa được khi còn là bản nháp hoặc đơn vị trả lại',
  initiative_already_sent: 'Bài đã được gửi tới đơn vị',
  entry_limit_per_author: 'Mỗi tài khoản có tối đa {{limit}} bài trong hạng mục này',
  unit_review_not_pending: 'Bài không chờ đơn vị xét (đang: {{state}})',
  unit_review_closed: 'Đã hết hạn đơn vị chuyển bài ({{closesAt}})',
  unit_review_not_open_yet: 'Chưa đến thời gian đơn vị xét bài (mở lúc {{opensAt}})',
  forward_limit_reached: 'Đơn vị đã chuyển đủ {{limit}} bài, mức tối đa của hạng mục: hãy trả lại bớt bài',
  entry_not_in_screening: 'Bài chưa được đơn vị chuyển lên nên chưa sàng lọc được',
  originality_duplicate: 'Bài đã được xác định trùng lặp ({{reason}}): không nhận vào vòng chấm được',
  originality_source_not_found: 'Không tìm thấy bài hoặc sáng kiến được nêu là trùng',
  originality_self: 'Một bài không thể trùng với chính nó',
  attachment_not_found: 'Không tìm thấy tệp đính kèm',
  attachment_type_refused:
    'Tệp "{{name}}" không được nhận: chỉ nhận PDF, Word (.docx) và ảnh (PNG, JPEG, WebP)',
  attachment_too_large: 'Tệp "{{name}}" quá lớn: tối đa {{maxMb}} MB',
  attachment_limit: 'Mỗi bài có tối đa {{max}} tệp đính kèm',
  attachment_not_allowed_now: 'Bài đã gửi: chỉ bổ sung tài liệu khi vòng đang xét bài cho phép và còn mở',
  register_row_not_found: 'Không tìm thấy sáng kiến trong danh mục',

  // Judging.
  stage_not_found: 'Không tìm thấy vòng chấm',
  stage_locked: 'Vòng chấm đã khóa lúc {{lockedAt}}: điểm không thay đổi được nữa',
  stage_not_locked: 'Vòng chấm chưa khóa: hãy khóa trước khi công bố',
  stage_already_published: 'Kết quả vòng chấm đã được công bố',
  stage_rubric_fixed: 'Giám khảo đã bắt đầu chấm: tiêu chí, thang điểm và cách tổng hợp không đổi được nữa',
  stage_scores_incomplete:
    'Còn {{count}} bài chưa được chấm đủ: hãy chờ giám khảo chấm xong hoặc gỡ phân công',
  aggregation_trimmed_needs_judges:
    'Trung bình cắt (bỏ điểm cao nhất và thấp nhất) cần ít nhất {{min}} giám khảo cho mỗi bài',
  aggregation_z_score_needs_entries: 'Chuẩn hóa theo giám khảo cần mỗi giám khảo chấm ít nhất {{min}} bài',
  judge_not_found: 'Không tìm thấy giám khảo',
  judge_own_unit:
    'Giám khảo "{{judge}}" thuộc đơn vị gửi bài, đơn vị cấp trên hoặc cấp dưới của đơn vị đó nên không được chấm bài',
  judge_conflict_declared: 'Giám khảo đã báo xung đột lợi ích với bài này',
  assignment_exists: 'Giám khảo đã được phân công bài này',
  assignment_has_scores: 'Giám khảo đã chấm bài này: không gỡ phân công được nữa',
  assignment_not_found: 'Bài này không được phân công cho bạn',
  entry_not_accepted: 'Bài chưa được chấp nhận qua sàng lọc nên chưa chấm được',
  criterion_not_in_stage: 'Tiêu chí #{{criterionId}} không có trong phiếu chấm này',
  score_out_of_range: 'Điểm tiêu chí "{{name}}" phải từ 0 đến {{max}}',
  scoring_conflicted: 'Bạn đã báo xung đột lợi ích với bài này nên không chấm được',
  judging_not_started: 'Chấm điểm bắt đầu khi đã hết hạn nhận bài và hạn đơn vị chuyển bài ({{closesAt}})',
  stage_not_open_yet: 'Vòng này mở lúc {{opensAt}}',
  advance_takes_nobody: 'Quy tắc này không chọn được bài nào vào vòng sau',
  advance_more_than_field: 'Không chọn được {{count}} bài: vòng này chỉ có {{field}} bài',
  advance_unknown_entries: 'Các bài {{entryIds}} không thuộc vòng này',
  advance_needs_reason: 'Chọn bài bằng tay cần ghi rõ lý do',
  advance_needs_lock: 'Hãy khóa vòng chấm trước: chỉ xét bài vào vòng sau khi điểm đã chốt',
  advance_needs_next_stage: 'Chưa có vòng sau: hãy thêm vòng trước khi xét bài vào vòng',
  advance_already_done: 'Đã xét bài vào vòng sau rồi',
  stage_window_closed: 'Vòng này đã đóng lúc {{closesAt}}',
  stage_not_scored: 'Vòng này không chấm điểm: chỉ đổi được tên và thời gian của vòng',

  // Totals, prizes and certificates.
  combination_weights_sum: 'Trọng số các vòng phải cộng lại đúng 100%',
  combination_weights_count: 'Cần đúng {{count}} trọng số, mỗi vòng chấm điểm một trọng số',
  award_rules_fixed: 'Vòng cuối đã bắt đầu chấm: cách tính tổng điểm và tiêu chí phụ không đổi được nữa',
  side_prize_stage_unknown: 'Giải phụ "{{label}}" chấm theo một vòng không thuộc hạng mục này',
  side_prize_part_unknown: 'Giải phụ "{{label}}" chấm theo một phần thi không có ở vòng đó',
  track_results_not_published: 'Kết quả chung cuộc chưa được công bố',
  track_results_not_final:
    'Vòng "{{stage}}" chưa khóa: chỉ công bố kết quả chung cuộc khi mọi vòng đã chốt điểm',
  track_results_published:
    'Kết quả chung cuộc đã công bố lúc {{publishedAt}}: giải thưởng không đổi được nữa',
  certificate_no_prize: 'Bài này không đạt giải nên không có giấy chứng nhận',
  certificate_person_unknown: 'Bài này không có tác giả thứ {{person}}',
  interaction_not_counts:
    'Vòng này tính bình chọn trên trang: hãy chọn nguồn "lượt thích, chia sẻ" trước khi nhập số liệu',
  interaction_entry_not_in_stage: 'Bài #{{entryId}} không thuộc vòng này',

  // Unit admins.
  unit_admin_not_participant:
    'Tài khoản "{{login}}" không phải tài khoản người dự thi nên không giao quản trị đơn vị được',
  unit_admin_other_unit:
    'Tài khoản "{{login}}" thuộc đơn vị khác ({{unit}}): người quản trị phải là cán bộ của chính đơn vị',
  unit_admin_not_found: 'Tài khoản này không phải người quản trị của đơn vị',

  // A live final.
  live_final_only: 'Vòng này không phải vòng chung kết trực tiếp',
  live_part_closed: 'Phần "{{part}}" của đội này không mở chấm lúc này: chỉ chấm khi ban tổ chức mở phần thi',
  live_order_mismatch: 'Thứ tự thi phải gồm đúng {{count}} đội của vòng chung kết, mỗi đội một lần',
  live_entry_not_in_final: 'Bài #{{entryId}} không thuộc vòng chung kết này',
  live_part_unknown: 'Vòng chung kết không có phần thi số {{part}}',
  live_reveal_incomplete:
    'Còn {{count}} phiếu chấm chưa xong: chỉ công bố khi mọi giám khảo đã chấm, hoặc ghi lý do để công bố trước',
  live_no_current: 'Chưa chọn đội và phần thi đang diễn ra',
  stage_parts_kind: 'Chỉ vòng chung kết trực tiếp mới chia phần thi',
  live_parts_needed: 'Vòng chung kết trực tiếp cần ít nhất một phần thi, mỗi tiêu chí thuộc một phần',

  // Public votes.
  votes_closed: 'Bình chọn không mở lúc này',
  votes_not_enabled: 'Hạng mục này không có bình chọn',
  vote_already_cast: 'Bạn đã bình chọn cho bài này rồi: mỗi tài khoản bình chọn một lần cho mỗi bài',
  gallery_not_open: 'Thư viện bài dự thi chưa mở',
  staff_may_not_vote: 'Ban tổ chức và giám khảo không bình chọn',
  vote_own_unit: 'Không bình chọn cho bài của đơn vị mình (kể cả đơn vị cấp trên, cấp dưới)',
  vote_needs_roster:
    'Cuộc bình chọn này chỉ dành cho người có tên trong danh sách cán bộ của đơn vị: hãy liên hệ quản trị đơn vị',
  vote_limit_reached: 'Mỗi tài khoản bình chọn tối đa {{max}} bài ở vòng này',
  votes_void_nothing: 'Không có phiếu nào khớp để hủy',
  votes_locked: 'Vòng chấm đã khóa lúc {{lockedAt}}: lượt bình chọn đã chốt, không hủy được nữa',
  stage_results_not_published: 'Kết quả chấm chưa được công bố',

  // Exports.
  export_not_found: 'Không tìm thấy tệp xuất',
  export_failed: 'Xuất tệp không thành công, hãy tạo lại',
  export_not_ready: 'Tệp đang được tạo, vui lòng chờ',
  export_contest_not_finalised: 'Cuộc thi chưa có vòng thi tuần nào chốt kết quả (vòng thi thử không tính)',
  export_round_not_finalised: 'Vòng thi chưa chốt kết quả: hãy chốt trước khi xuất',
  queue_unavailable: 'Hàng đợi tạm thời không sẵn sàng, vui lòng thử lại sau ít phút',
  not_ready: 'Chưa sẵn sàng: không kết nối được {{down}}',
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;

/**
 * What a spreadsheet import can find wrong, row by row, worded like API_ERRORS: the report sends
 * each problem's code and parameters with the Vietnamese text, and the web words the code.
 */
export const IMPORT_PROBLEMS = {
  xlsx_too_large_unpacked:
    'Tệp Excel quá lớn khi giải nén ({{mb}} MB, tối đa {{maxMb}} MB): hãy chia thành nhiều tệp.',
  xlsx_unreadable:
    'Không đọc được tệp Excel (.xlsx). Hãy mở tệp bằng Excel và lưu lại dạng "Excel Workbook".',
  file_empty: 'Tệp không có dữ liệu',
  roster_name_formula:
    'Họ và tên "{{given}}" không hợp lệ: tên người không bắt đầu bằng dấu =, +, - hoặc @ (bảng tính sẽ hiểu là công thức)',
  too_many_rows: 'Tệp có quá nhiều dòng (tối đa {{max}} dòng mỗi lần nhập)',
  merged_cells: 'Ô gộp {{range}}: hãy bỏ gộp ô (Merge & Center) để mỗi ô có một giá trị',
  formula: 'Ô {{cell}} chứa công thức: hãy dán giá trị (Paste Values) thay cho công thức',
  csv_formula: 'Ô chứa công thức: hãy dán giá trị thay cho công thức',
  csv_utf16:
    'Tệp CSV đang ở mã UTF-16 (Excel gọi là "Unicode Text"), không phải UTF-8. Trong Excel hãy chọn Lưu dạng "CSV UTF-8 (Comma delimited)".',
  csv_not_utf8:
    'Tệp CSV không phải mã UTF-8 (có thể là Windows-1258 hoặc TCVN3). Trong Excel hãy chọn Lưu dạng "CSV UTF-8 (Comma delimited)".',
  csv_malformed: 'Tệp CSV sai định dạng: {{detail}}',
  bad_character:
    'Tệp chứa ký tự không hợp lệ (NUL hoặc mã UTF-16 lẻ): hãy mở bằng Excel và lưu lại dạng "CSV UTF-8"',
  missing_columns: 'Thiếu cột: {{missing}}. Dòng 1 phải là tiêu đề như tệp mẫu ({{expected}}).',
  no_questions: 'Tệp không có câu hỏi nào',
  text_missing: 'Thiếu nội dung câu hỏi',
  option_gap: 'Phương án {{letter}} để trống giữa các phương án',
  too_few_options: 'Cần ít nhất 2 phương án (A và B)',
  key_missing: 'Thiếu đáp án đúng',
  several_keys: 'Có {{count}} đáp án đúng ({{given}}); mỗi câu chỉ một đáp án',
  key_invalid: 'Đáp án đúng "{{given}}" không hợp lệ: ghi một chữ cái A–F',
  key_option_empty: 'Đáp án đúng là {{letter}} nhưng phương án {{letter}} để trống',
  topic_missing: 'Thiếu chủ đề',
  topic_unknown: 'Chủ đề "{{topic}}" không có trong cuộc thi (có: {{topics}})',
  difficulty_missing: 'Thiếu độ khó',
  difficulty_invalid: 'Độ khó "{{given}}" không hợp lệ: ghi {{allowed}}',
  duplicate_in_bank: 'Trùng với câu hỏi #{{id}} đã có trong ngân hàng',
  duplicate_in_file: 'Trùng với câu hỏi ở dòng {{row}} của tệp',
  invalid_value: 'Giá trị không hợp lệ: {{detail}}',

  // The unit tree.
  no_units: 'Tệp không có đơn vị nào',
  unit_code_missing: 'Thiếu mã đơn vị',
  unit_code_invalid:
    'Mã đơn vị "{{given}}" không hợp lệ: chỉ gồm chữ, số, dấu chấm, gạch nối, gạch dưới, tối đa 32 ký tự',
  unit_name_missing: 'Thiếu tên đơn vị',
  unit_name_too_long: 'Tên đơn vị dài quá {{max}} ký tự',
  unit_level_missing: 'Thiếu cấp đơn vị',
  unit_level_invalid: 'Cấp "{{given}}" không hợp lệ: ghi một trong {{allowed}}',
  unit_duplicate_code: 'Mã đơn vị "{{code}}" trùng với dòng {{row}}',
  unit_code_merged: 'Đơn vị "{{code}}" đã được sáp nhập vào "{{into}}": hãy ghi đơn vị đó',
  unit_parent_unknown: 'Mã đơn vị cấp trên "{{code}}" không có trong tệp lẫn trong hệ thống',
  unit_parent_merged: 'Đơn vị cấp trên "{{code}}" đã được sáp nhập vào "{{into}}": hãy ghi đơn vị đó',
  unit_parent_self: 'Đơn vị không thể là cấp trên của chính nó',
  unit_cycle: 'Vòng lặp trong cây đơn vị: {{codes}}',
  headcount_missing: 'Thiếu số cán bộ, công chức, viên chức (ghi 0 nếu không có)',
  headcount_invalid: 'Số CBCCVC "{{given}}" không hợp lệ: ghi một số nguyên không âm',

  // The register of initiatives already applied.
  no_initiatives: 'Tệp không có sáng kiến nào',
  register_title_missing: 'Thiếu tên sáng kiến',
  register_title_too_long: 'Tên sáng kiến dài quá {{max}} ký tự',
  register_summary_too_long: 'Nội dung tóm tắt dài quá {{max}} ký tự',
  register_unit_too_long: 'Tên đơn vị áp dụng dài quá {{max}} ký tự',
  register_year_invalid: 'Năm áp dụng "{{given}}" không hợp lệ: ghi năm có 4 chữ số, từ 1990 đến nay',
  register_duplicate_in_file: 'Trùng với sáng kiến ở dòng {{row}} của tệp',
  register_duplicate_known: 'Đã có trong danh mục (#{{id}})',

  // Likes and shares counted on a social page.
  no_interactions: 'Tệp không có dòng số liệu nào',
  interaction_entry_invalid: 'Mã bài "{{given}}" không hợp lệ: ghi đúng mã bài trong tệp mẫu',
  interaction_entry_unknown: 'Bài #{{id}} không thuộc vòng này',
  interaction_count_invalid: 'Số "{{given}}" không hợp lệ: ghi một số nguyên không âm',
  interaction_duplicate_in_file: 'Trùng bài với dòng {{row}} của tệp',

  // Staff rosters.
  no_people: 'Tệp không có người nào',
  roster_name_missing: 'Thiếu họ và tên',
  roster_name_too_long: 'Họ và tên dài quá {{max}} ký tự',
  roster_contact_missing: 'Cần số điện thoại hoặc email',
  roster_phone_invalid: 'Số điện thoại "{{given}}" không hợp lệ',
  roster_email_invalid: 'Email "{{given}}" không hợp lệ',
  roster_duplicate_in_file: '"{{contact}}" trùng với dòng {{row}} của tệp',
  roster_subunit_unknown: 'Đơn vị trực thuộc "{{given}}" không thuộc đơn vị này',
  roster_subunit_ambiguous: 'Có nhiều đơn vị trực thuộc tên "{{given}}": hãy ghi mã đơn vị',
  roster_in_other_roster:
    '"{{contact}}" cũng có trong danh sách của "{{unit}}": để nguyên cả hai, hãy kiểm tra lại',
  roster_account_other_unit:
    '"{{contact}}" đã đăng ký tài khoản dưới đơn vị "{{unit}}", không thuộc đơn vị này: chưa liên kết',
  roster_account_linked_elsewhere:
    'Tài khoản "{{contact}}" đã liên kết với danh sách của "{{unit}}": chưa liên kết lần nữa',
} as const;
export type ImportProblemCode = keyof typeof IMPORT_PROBLEMS;

/**
 * The contracts' own refinements name themselves in the issue's `params.reason`, so the web can
 * word them in the reader's language (zod's built-in checks carry their own code and bounds).
 */
export const ISSUE_REASONS = [
  'bad_text',
  'too_deep',
  'phone_or_email',
  'password_blank',
  'password_common',
  'topics_repeated',
  'quota_sum',
  'quota_topic_unknown',
  'closes_before_opens',
  'selection_count',
  'override_empty',
  'key_not_an_option',
  'refinalise_reason',
  'unit_update_empty',
  'collective_weights_zero',
  'collective_tie_break_repeated',
  'comparison_needs_one',
  'track_needs_file_or_link',
  'tie_break_repeated',
  'votes_need_window',
  'link_not_public',
  'rejection_needs_reason',
  'forms_repeated',
  'quota_level_repeated',
  'authorship_needed',
  'initiative_settings_kind',
  'unit_deadline_needed',
  'duplicate_needs_source',
  'duplicate_needs_reason',
  'initiative_video_needs_files',
  'unit_deadline_before_close',
  'criteria_parts_mismatch',
  'live_order_repeated',
  'interaction_entry_repeated',
  'template_needs_initiative',
  'template_needs_scope',
] as const;
export type IssueReason = (typeof ISSUE_REASONS)[number];
export type ApiErrorParams = Record<string, string | number>;

export const isApiErrorCode = (code: string): code is ApiErrorCode => Object.hasOwn(API_ERRORS, code);

/** Fills `{{name}}` placeholders; `format` words each value (dates, numbers) for the reader. */
export function fillPlaceholders(
  template: string,
  params: ApiErrorParams,
  format: (value: string | number) => string = String,
): string {
  return template.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) =>
    name in params ? format(params[name]) : whole,
  );
}
