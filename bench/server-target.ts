// The benchmark's target process: the reference server (auth + SQLite, rate limit and
// logging off) and a bare Fastify route returning the same JSON, so load generation in
// bench/server.ts does not steal the event loop of the servers it measures.
import Fastify from 'fastify';
import { startReferenceServer } from '../server/index';

const server = await startReferenceServer({ rateLimit: false, log: false });
server.ops.createUser('bench-org', 'bench-user', 'user');
server.ops.setLimits('bench-org', 'bench-user', { llm: 1000, embedding: 500 });
server.ops.setUsage('bench-org', 'bench-user', { llm: 150, embedding: 50 });
const { token } = await server.ops.issueToken('bench-org', 'bench-user', { name: 'bench' });

const body = {
  data: {
    llm_usage: { current: 150, limit: 1000, remaining: 850 },
    embedding_usage: { current: 50, limit: 500, remaining: 450 },
  },
  message: 'Usage status retrieved successfully',
  status: 'success',
};
const bare = Fastify({ logger: false });
bare.get('/usage-status', async () => body);
await bare.listen({ port: 0, host: '127.0.0.1' });
const address = bare.server.address();
if (address === null || typeof address === 'string') throw new Error('no address');

process.stdout.write(
  JSON.stringify({
    usageUrl: server.baseUrl('bench-org', 'bench-user') + '/users/usage-status',
    bareUrl: `http://127.0.0.1:${address.port}/usage-status`,
    token,
  }) + '\n',
);
process.once('SIGTERM', () => {
  void Promise.all([server.close(), bare.close()]).then(() => process.exit(0));
});
