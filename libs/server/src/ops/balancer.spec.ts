import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DOCKER_BALANCER, haproxyConfig } from './balancer';

describe('the balancer configuration', () => {
  it('sends round robin to every copy, checks readiness and retries only what the routes take twice', () => {
    const config = haproxyConfig({
      listen: { host: '127.0.0.1', port: 3000 },
      apis: [
        { host: '127.0.0.1', port: 3001 },
        { host: '127.0.0.1', port: 3002 },
      ],
    });
    expect(config).toContain('  bind 127.0.0.1:3000');
    expect(config).toContain('  balance roundrobin');
    expect(config).not.toMatch(/\bcookie\b|\bstick\b|balance source/);
    expect(config.match(/^ {2}server api\d 127\.0\.0\.1:300[12] check/gm)).toHaveLength(2);
    expect(config).toContain('  option httpchk GET /api/ready');
    expect(config).toContain('  retry-on conn-failure empty-response response-timeout');
    expect(config).not.toMatch(/retry-on .*\b50[0-4]\b/);
  });

  it('is what docker/haproxy.cfg holds for compose, the api replicas found by Docker’s DNS', () => {
    const committed = readFileSync(join(__dirname, '../../../../docker/haproxy.cfg'), 'utf8');
    expect(committed).toBe(haproxyConfig(DOCKER_BALANCER));
    expect(committed).toContain('server-template api 8 api:3000');
  });
});
