import {
  MAX_OPTIONS,
  questionInputSchema,
  type Difficulty,
  type Question,
  type QuestionInput,
} from '@contest/contracts';

export interface QuestionForm {
  text: string;
  options: string[];
  correctOption: number;
  topic: string;
  difficulty: Difficulty;
}

export type QuestionField = 'text' | 'options' | 'correctOption' | 'topic' | 'difficulty';

export const QUESTION_FIELD_BY_PATH: Readonly<Record<string, QuestionField>> = {
  text: 'text',
  options: 'options',
  correctOption: 'correctOption',
  topic: 'topic',
  difficulty: 'difficulty',
};

export const MIN_OPTIONS = 2;

export const emptyQuestionForm = (topic: string): QuestionForm => ({
  text: '',
  options: ['', '', '', ''],
  correctOption: 0,
  topic,
  difficulty: 'medium',
});

export const questionToForm = (question: Question): QuestionForm => ({
  text: question.text,
  options: [...question.options],
  correctOption: question.correctOption,
  topic: question.topic,
  difficulty: question.difficulty,
});

export function addOption(form: QuestionForm): QuestionForm {
  if (form.options.length >= MAX_OPTIONS) return form;
  return { ...form, options: [...form.options, ''] };
}

/** Removes one option; the key moves with its option, or falls back to the first when its option goes. */
export function removeOption(form: QuestionForm, index: number): QuestionForm {
  if (form.options.length <= MIN_OPTIONS) return form;
  const options = form.options.filter((_, i) => i !== index);
  const correctOption =
    index === form.correctOption
      ? 0
      : index < form.correctOption
        ? form.correctOption - 1
        : form.correctOption;
  return { ...form, options, correctOption };
}

export function validateQuestionForm(
  form: QuestionForm,
): { ok: true; request: QuestionInput } | { ok: false; problems: QuestionField[] } {
  const result = questionInputSchema.safeParse(form);
  if (result.success) return { ok: true, request: result.data };
  const problems = new Set<QuestionField>();
  for (const issue of result.error.issues) {
    const field = QUESTION_FIELD_BY_PATH[String(issue.path[0] ?? '')];
    if (field) problems.add(field);
  }
  return { ok: false, problems: [...problems] };
}
