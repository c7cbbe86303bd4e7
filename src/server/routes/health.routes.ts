import { Type } from 'typebox';
import type { LiaisonServer } from '../app.js';

export function registerHealthRoutes(app: LiaisonServer): void {
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Is the server up?',
        tags: ['health'],
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    () => ({ status: 'ok' as const }),
  );
}
