import { API_ROUTES } from '@contest/contracts';

import { startApi, type RunningApi } from './test-support/start-api';

describe('OpenAPI document', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('describes every route of the contract, with its request schema', async () => {
    const response = await fetch(`${api.url}/api/docs-json`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as { paths: Record<string, Record<string, any>> };
    for (const [operationId, route] of Object.entries(API_ROUTES)) {
      const path = `/api${route.path.replace(/:(\w+)/g, '{$1}')}`;
      expect(doc.paths[path]?.[route.method.toLowerCase()]?.operationId).toBe(operationId);
    }
    const register = doc.paths['/api/auth/register'].post.requestBody.content['application/json'].schema;
    expect(register.required).toEqual(expect.arrayContaining(['fullName', 'login', 'password', 'unitId']));
    const upload = doc.paths['/api/contests/{contestId}/questions/import'].post;
    expect(Object.keys(upload.requestBody.content)).toEqual(['application/octet-stream']);
    const download = doc.paths['/api/exports/{exportId}/file'].get.responses['200'];
    expect(Object.keys(download.content)[0]).toContain('spreadsheetml');
    expect(Object.keys(doc.paths['/api/entries/{entryId}/video'].get.responses['200'].content)).toContain(
      'video/mp4',
    );
    expect(Object.keys(doc.paths['/api/uploads/{uploadId}'])).toEqual(['head', 'patch', 'delete']);
  });

  it('serves the interactive page at /api/docs', async () => {
    const page = await fetch(`${api.url}/api/docs`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger');
  });
});
