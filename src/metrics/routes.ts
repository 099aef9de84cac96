import type { RouteModule } from '../server';
import type { AssistantMetrics } from './metrics';

/** GET /metrics: the assistant's metrics in the Prometheus text format. */
export function metricsRoutes(metrics: AssistantMetrics): RouteModule {
  return (server) => {
    server.get('/metrics', async (_req, res) => {
      const body = await metrics.registry.metrics();
      res.sendRaw(200, body, { 'content-type': metrics.registry.contentType });
    });
  };
}
