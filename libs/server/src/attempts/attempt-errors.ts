import { ConflictException, NotFoundException, UnprocessableEntityException } from '@nestjs/common';

import { formatVn } from '../common/format-vn';

/** The participant-facing refusals of the quiz loop, worded once. */
export const attemptErrors = {
  notFound: () => new NotFoundException('Không tìm thấy bài làm'),
  roundNotOpenYet: (opensAt: string) =>
    new ConflictException(`Vòng thi chưa mở (mở lúc ${formatVn(opensAt)})`),
  roundClosed: () => new ConflictException('Vòng thi đã kết thúc'),
  noAttemptsLeft: (allowed: number) =>
    new ConflictException(`Bạn đã dùng hết ${allowed} lượt thi của vòng này`),
  alreadySubmitted: () => new ConflictException('Bài làm đã được nộp, không thể sửa câu trả lời'),
  pastDeadline: () =>
    new ConflictException('Đã hết giờ làm bài: câu trả lời gửi sau thời hạn không được tính'),
  submittedBySystemAtDeadline: () =>
    new ConflictException(
      'Đã hết giờ làm bài: bài được nộp tự động với các câu trả lời đã lưu trước thời hạn',
    ),
  positionOutOfPaper: (position: number, count: number) =>
    new UnprocessableEntityException(`Câu ${position + 1} không có trong bài làm (bài có ${count} câu)`),
  optionOutOfRange: (position: number, option: number, count: number) =>
    new UnprocessableEntityException(
      `Câu ${position + 1} không có phương án số ${option + 1} (chỉ có ${count} phương án)`,
    ),
  predictionDisabled: () => new UnprocessableEntityException('Vòng thi này không có câu hỏi dự đoán'),
  roundMisconfigured: (reason: string) =>
    new ConflictException(`Vòng thi chưa sẵn sàng, vui lòng báo ban tổ chức (${reason})`),
};
