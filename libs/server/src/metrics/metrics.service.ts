import { createServer, type Server } from 'node:http';

import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import { ENV } from '../config/config.module';
import type { Env } from '../config/env';

// Request times from a cached read (a few ms) to a slow export start (seconds).
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5];

/**
 * Every Prometheus metric of this process, named once: the api counts its requests, the worker
 * its queues and grading; both report Node's own (CPU, memory, event-loop lag). Served on a
 * port of its own (METRICS_PORT), away from the public one.
 */
@Injectable()
export class MetricsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsService.name);
  readonly registry = new Registry();
  private server: Server | null = null;

  readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'Requests answered, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request arriving to its answer, by method and route template',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly attemptsGraded = new Counter({
    name: 'attempts_graded_total',
    help: 'Attempts graded by this worker',
    registers: [this.registry],
  });
  readonly gradingBatch = new Histogram({
    name: 'grading_batch_seconds',
    help: 'Time to grade one batch of attempts (read, score, write, roll-ups)',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  /** Served on METRICS_PORT; with none, nothing reads the figures and nothing is collected. */
  readonly enabled: boolean;

  constructor(@Inject(ENV) private readonly env: Env) {
    this.enabled = env.METRICS_PORT > 0;
    if (this.enabled) collectDefaultMetrics({ register: this.registry });
  }

  /** A gauge read when scraped (queue depths): `collect` sets its values. */
  gaugeOnScrape<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    collect: (gauge: Gauge<L>) => Promise<void>,
  ): void {
    new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        await collect(this);
      },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    this.server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url !== '/metrics') {
        response.writeHead(404).end();
        return;
      }
      this.registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
        (error: Error) => response.writeHead(500).end(error.message),
      );
    });
    const server = this.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.env.METRICS_PORT, this.env.METRICS_HOST, resolve);
    });
    this.logger.log(`metrics on http://${this.env.METRICS_HOST}:${this.env.METRICS_PORT}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}
