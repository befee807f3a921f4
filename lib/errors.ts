/**
 * Errors a use case raises on purpose. Transport layers (Server Actions, route
 * handlers, the collaboration server) turn them into a message for the person
 * and an HTTP status; any other error is a bug, logged and shown generically.
 */
export const errorStatus = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface AppErrorDetails {
  /** Problems with what was sent, by the field they concern (shown at that field). */
  fieldErrors?: Record<string, string[]>;
  /**
   * With CONFLICT: the thing as someone else left it, so the person sees
   * their change and the other one side by side and loses neither.
   */
  current?: unknown;
  /** A page that settles the matter, shown with the message: e.g. the report already filed from a question. */
  link?: { href: string; label: string };
}

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message);
  }

  get fieldErrors() {
    return this.details.fieldErrors;
  }

  get current() {
    return this.details.current;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** What was sent is wrong at these fields. */
export const invalidFields = (fieldErrors: Record<string, string[]>, message = "Please correct the highlighted fields.") => new AppError("INVALID_INPUT", message, { fieldErrors });

/** Someone else changed the thing first; `current` is their version. */
export const conflictError = (message: string, current: unknown) => new AppError("CONFLICT", message, { current });
