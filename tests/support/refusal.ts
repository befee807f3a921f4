import { isAppError } from "@/lib/errors";

/**
 * What a use case refused with: its code, message, field errors and the
 * current state it showed. A promise that resolves fails the test, so a rule
 * that stops refusing cannot pass unnoticed.
 */
export async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message, fieldErrors: error.fieldErrors, current: error.current };
    throw error;
  }
  throw new Error("was not refused");
}
