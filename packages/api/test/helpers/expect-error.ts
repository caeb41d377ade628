import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { ZodError, z } from "zod";
import { Failure } from "../../src/errors";

export interface ErrorFacts {
  code: TRPCError["code"];
  domainCode: string | null;
  fieldErrors: Record<string, string[]>;
  message: string;
}

/** What a client would see in `data`, derived the way the error formatter derives it. */
export function factsOf(error: unknown): ErrorFacts {
  if (!(error instanceof TRPCError)) throw error;
  const fieldErrors =
    error.cause instanceof ZodError
      ? (z.flattenError(error.cause).fieldErrors as Record<string, string[]>)
      : error.cause instanceof Failure && error.cause.field
        ? { [error.cause.field]: [error.message] }
        : {};
  return {
    code: error.code,
    domainCode: error.cause instanceof Failure ? error.cause.code : null,
    fieldErrors,
    message: error.message,
  };
}

export async function failureOf(promise: Promise<unknown>): Promise<ErrorFacts> {
  try {
    await promise;
  } catch (error) {
    return factsOf(error);
  }
  expect.unreachable("expected the call to fail");
  throw new Error("unreachable");
}
