import { addOption, emptyQuestionForm, removeOption, validateQuestionForm } from './question-form';

const form = {
  ...emptyQuestionForm('Thủ tục hành chính'),
  text: 'Cơ quan nào tiếp nhận hồ sơ?',
  options: ['Bộ phận một cửa', 'UBND xã', 'Sở Nội vụ', 'Văn phòng'],
  correctOption: 2,
};

describe('question form', () => {
  it('adds options up to six', () => {
    let current = form;
    for (let i = 0; i < 5; i++) current = addOption(current);
    expect(current.options).toHaveLength(6);
  });

  it('keeps the key on its option when an earlier option is removed', () => {
    expect(removeOption(form, 0)).toMatchObject({
      options: ['UBND xã', 'Sở Nội vụ', 'Văn phòng'],
      correctOption: 1,
    });
    expect(removeOption(form, 3).correctOption).toBe(2);
    expect(removeOption(form, 2).correctOption).toBe(0);
  });

  it('never goes below two options', () => {
    const two = { ...form, options: ['a', 'b'], correctOption: 1 };
    expect(removeOption(two, 0)).toBe(two);
  });

  it('trims a valid question into the request', () => {
    const result = validateQuestionForm({ ...form, text: '  Cơ quan nào tiếp nhận hồ sơ?  ' });
    expect(result.ok && result.request.text).toBe('Cơ quan nào tiếp nhận hồ sơ?');
  });

  it('names the broken fields', () => {
    const result = validateQuestionForm({
      ...form,
      text: 'ngắn',
      options: ['a', ' '],
      correctOption: 0,
      topic: '',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.sort()).toEqual(['options', 'text', 'topic']);
  });
});
