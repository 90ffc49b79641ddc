import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TYjsStats } from '../yjs/server';
import { redisStatus } from './status';
import { env } from '../../lib/config/env';

// /metrics is answered by the custom server itself, before Next: the counters live in the sync
// and live servers of this process, which a route handler (a separate module copy) cannot see.

/** Where the numbers come from; each is read at scrape time. */
export type TMetricsSources = {
  yjs: () => TYjsStats;
  socketConnections: () => number;
};

type TSample = { labels?: Record<string, string>; value: number };
type TMetric = { name: string; help: string; type: 'gauge' | 'counter'; samples: TSample[] };

const line = (name: string, s: TSample): string => {
  const labels = s.labels
    ? `{${Object.entries(s.labels)
        .map(([k, v]) => `${k}="${v}"`)
        .join(',')}}`
    : '';
  return `${name}${labels} ${Number.isFinite(s.value) ? s.value : 0}`;
};

/** The Prometheus text exposition (format 0.0.4) of this instance's metrics. */
export function renderMetrics(sources: TMetricsSources): string {
  const yjs = sources.yjs();
  const redis = redisStatus();
  const metrics: TMetric[] = [
    {
      name: 'idg_yjs_connections',
      help: 'Open Yjs WebSocket connections.',
      type: 'gauge',
      samples: [{ value: yjs.connections }],
    },
    { name: 'idg_yjs_documents', help: 'Yjs documents loaded.', type: 'gauge', samples: [{ value: yjs.documents }] },
    {
      name: 'idg_yjs_updates_total',
      help: "Yjs updates applied, from this instance's clients or from peer instances.",
      type: 'counter',
      samples: [
        { labels: { source: 'client' }, value: yjs.updates.client },
        { labels: { source: 'peer' }, value: yjs.updates.peer },
      ],
    },
    {
      name: 'idg_yjs_persistence_lag_seconds',
      help: 'Age of the oldest applied update not yet written to the database.',
      type: 'gauge',
      samples: [{ value: yjs.persistenceLagSeconds }],
    },
    {
      name: 'idg_socketio_connections',
      help: 'Open socket.io connections.',
      type: 'gauge',
      samples: [{ value: sources.socketConnections() }],
    },
    {
      name: 'idg_redis_enabled',
      help: '1 when REDIS_URL is set (several instances), else 0.',
      type: 'gauge',
      samples: [{ value: redis === 'off' ? 0 : 1 }],
    },
    {
      name: 'idg_redis_connected',
      help: '1 when every Redis connection is up.',
      type: 'gauge',
      samples: [{ value: redis === 'up' ? 1 : 0 }],
    },
  ];
  return (
    metrics
      .map((m) =>
        [`# HELP ${m.name} ${m.help}`, `# TYPE ${m.name} ${m.type}`, ...m.samples.map((s) => line(m.name, s))].join(
          '\n',
        ),
      )
      .join('\n') + '\n'
  );
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/**
 * Who may scrape: with METRICS_TOKEN set, whoever sends it as a Bearer token; without it, only a
 * loopback peer that was not forwarded (a reverse proxy on the same host would otherwise expose it).
 */
export function mayScrape(req: IncomingMessage, token: string | undefined): 'ok' | 401 | 403 {
  if (token) {
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    return timingSafeEqual(digest(given), digest(token)) ? 'ok' : 401;
  }
  const forwarded = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
  return LOOPBACK.has(req.socket.remoteAddress ?? '') && !forwarded ? 'ok' : 403;
}

/** A request listener for `GET /metrics`; returns false (untouched) for every other request. */
export function createMetricsHandler(
  sources: TMetricsSources,
  token = env().METRICS_TOKEN,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/metrics') return false;
    const allowed = mayScrape(req, token);
    if (allowed === 401) res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end();
    else if (allowed === 403) res.writeHead(403).end();
    else if (req.method !== 'GET' && req.method !== 'HEAD') res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    else
      res
        .writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' })
        .end(req.method === 'HEAD' ? undefined : renderMetrics(sources));
    return true;
  };
}
