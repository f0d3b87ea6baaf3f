import { ApiError } from '../../src/client/errors.js';

/** The ApiError a request fails with; fails the test when it succeeds. */
export async function failure(request: Promise<unknown>): Promise<ApiError> {
  try {
    await request;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('The request was expected to fail');
}
