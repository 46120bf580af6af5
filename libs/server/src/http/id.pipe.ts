import { NotFoundException, type PipeTransform } from '@nestjs/common';

/** Path ids: anything that is not a positive int32 cannot name a row, so it is a 404, not a 500. */
export class IdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const id = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647) throw new NotFoundException('Không tìm thấy');
    return id;
  }
}
