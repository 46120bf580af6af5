// The ceiling: a bare Fastify route on this machine, parsing a small JSON body and answering
// JSON, with nothing behind it. Every rate of the quiz loop is reported as a ratio to this.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/echo', async (request) => ({ ok: true, got: Object.keys(request.body ?? {}).length }));
// For the balancer's health check, when the ceiling is also measured through HAProxy.
app.get('/api/ready', async () => ({ ok: true }));
await app.listen({ port: Number(process.argv[2]), host: '127.0.0.1' });
process.send?.('ready');
