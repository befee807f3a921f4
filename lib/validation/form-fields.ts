import { z } from "zod";

/**
 * What form posts send, as zod schemas every domain's `schemas.ts` uses: a
 * field sent once or repeated (checkboxes), a checkbox, and a record's id.
 */

/** A field that may be sent once or repeated (checkboxes): always a list. */
export const formList = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(schema));

/** A checkbox: "on" when ticked, absent when not. */
export const formCheckbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** The id of a stored record: a positive integer PostgreSQL's `integer` holds, or "Unknown <noun>." */
export const recordId = (noun: string) =>
  z.coerce
    .number({ message: `Unknown ${noun}.` })
    .int({ message: `Unknown ${noun}.` })
    .min(1, { message: `Unknown ${noun}.` })
    .max(2_147_483_647, { message: `Unknown ${noun}.` });
