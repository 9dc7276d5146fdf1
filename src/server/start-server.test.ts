import { describe, expect, test } from 'vitest';
import { startServer } from './start-server.js';

describe('startServer', () => {
  test('refuses a non-loopback address unless asked for by name', async () => {
    await expect(startServer({ host: '0.0.0.0', port: 0, webRoot: '/nonexistent' })).rejects.toMatchObject({
      code: 'usage',
    });
  });

  test('listens on 127.0.0.1, prints a URL with a token, and closes', async () => {
    const server = await startServer({ host: '127.0.0.1', port: 0, webRoot: '/nonexistent' });
    try {
      expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{43}$`));
      const refused = await fetch(`http://127.0.0.1:${server.port}/api/session`);
      expect(refused.status).toBe(401);
    } finally {
      await server.close();
    }
    await expect(fetch(`http://127.0.0.1:${server.port}/`)).rejects.toThrow();
  });
});
