/** Calls the API as a demo person, through inject() (no port). */
import type { TestWorld } from './test-context.js';

export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly raw: string;
}

export function apiAs(world: TestWorld, username: string) {
  return async function call<T = Record<string, unknown>>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ): Promise<ApiResponse<T>> {
    const cookie = await world.login(username);
    const response = await world.app.inject({
      method,
      url,
      headers: { cookie },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
    return {
      status: response.statusCode,
      body: (response.body ? response.json() : undefined) as T,
      raw: response.body,
    };
  };
}

/** What is stored, to show that a refused request changed nothing. */
export async function storedState(world: TestWorld): Promise<string> {
  return world.database.asSystem(async (sql) => {
    const documents = await sql.query(
      'SELECT id, state, title, body, banner, version, audience, registry_number FROM documents ORDER BY id',
    );
    const disseminations = await sql.query(
      'SELECT id, document_id, person_id, office_id, party, copies FROM disseminations ORDER BY id',
    );
    return JSON.stringify({ documents, disseminations });
  });
}
