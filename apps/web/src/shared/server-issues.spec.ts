import { issuesByField } from './server-issues';

describe('issuesByField', () => {
  const fields = { name: 'name', prizeCounts: 'prizes', timeLimitSeconds: 'timeLimit' } as const;

  it('maps body paths, nested paths and renamed fields to form fields', () => {
    expect(
      issuesByField(
        [
          { path: 'body.name', message: 'quá ngắn' },
          { path: 'prizeCounts.first', message: 'không âm' },
          { path: 'body.timeLimitSeconds', message: 'ít nhất 60' },
        ],
        fields,
      ),
    ).toEqual({ name: 'quá ngắn', prizes: 'không âm', timeLimit: 'ít nhất 60' });
  });

  it('keeps the first message of a field and ignores unknown paths', () => {
    expect(
      issuesByField(
        [
          { path: 'name', message: 'một' },
          { path: 'name', message: 'hai' },
          { path: 'other', message: 'bỏ qua' },
        ],
        fields,
      ),
    ).toEqual({ name: 'một' });
  });
});
