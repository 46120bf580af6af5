export interface ApiAddress {
  host: string;
  port: number;
}
/** Up to `slots` copies found by asking `resolver` for `name`, as Docker's DNS answers for a service's replicas. */
export interface ApiService {
  name: string;
  port: number;
  slots: number;
  resolver: string;
}

export interface BalancerOptions {
  /** Where the balancer listens (the address users reach). */
  listen: { host: string; port: number };
  /** The api copies: each on its own port, or a service's replicas found by DNS. */
  apis: readonly ApiAddress[] | ApiService;
  /** Optional HAProxy stats page (a second port), for the operator. */
  statsPort?: number;
}

/**
 * HAProxy's configuration for N api copies: round robin with no stickiness (every copy can take
 * every request: sessions are in Postgres, uploads' locks and socket.io's events in Redis).
 *
 * - A copy is taken out when `/api/ready` fails twice (1 s apart) and back after two passes.
 * - A request whose copy refused the connection, or died before answering, is sent again to
 *   another copy (`retry-on conn-failure empty-response`): the routes are built to take the same
 *   request twice (an autosave carries its `seq`, a start resumes, a submit is once), so a killed
 *   copy costs a participant a retry, not an answer. The request is buffered for that, up to
 *   HAProxy's buffer; an upload's larger PATCH is not retried here (its tus client resumes).
 * - WebSockets (socket.io; the web opens them only, see `live-socket.ts`) are tunnelled and kept
 *   open for an hour of silence; the web's sockets ping every 25 s.
 */
export function haproxyConfig({ listen, apis, statsPort }: BalancerOptions): string {
  const check = 'check inter 1s fall 2 rise 2';
  const servers =
    'name' in apis
      ? [
          `  server-template api ${apis.slots} ${apis.name}:${apis.port} ${check} resolvers dns init-addr none`,
        ]
      : apis.map((api, i) => `  server api${i + 1} ${api.host}:${api.port} ${check}`);
  const resolvers =
    'name' in apis ? ['', 'resolvers dns', `  nameserver dns ${apis.resolver}`, '  hold valid 5s'] : [];
  return [
    '# Made by haproxyConfig() in libs/server/src/ops/balancer.ts: change it there.',
    // No maxconn: HAProxy sizes it from the file-descriptor limit it is given.
    'global',
    '',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  timeout http-request 15s',
    '  timeout tunnel 1h',
    '  timeout client-fin 5s',
    ...resolvers,
    '',
    'frontend contest',
    `  bind ${listen.host}:${listen.port}`,
    '  option forwardfor',
    '  default_backend api',
    '',
    'backend api',
    '  balance roundrobin',
    '  option httpchk GET /api/ready',
    '  http-check expect status 200',
    '  option http-buffer-request',
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response response-timeout',
    ...servers,
    ...(statsPort
      ? [
          '',
          'listen stats',
          `  bind 127.0.0.1:${statsPort}`,
          '  stats enable',
          '  stats uri /',
          '  stats refresh 2s',
        ]
      : []),
    '',
  ].join('\n');
}

/** `docker/compose.yml`'s balancer: the `api` service's replicas on Docker's DNS (`docker/haproxy.cfg` is this). */
export const DOCKER_BALANCER: BalancerOptions = {
  listen: { host: '0.0.0.0', port: 3000 },
  apis: { name: 'api', port: 3000, slots: 8, resolver: '127.0.0.11:53' },
};
