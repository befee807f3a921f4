import { z } from "zod";

/**
 * What form posts send, as zod schemas every domain's `schemas.ts` uses: a
 * field sent once or repeated (checkboxes), a checkbox, and a record's id.
 */

/** A field that may be sent once or repeated (checkboxes): always a list. */
export const formList = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(schema));

/** A checkbox: "on" when ticked, absent when not. */
export const formCheckbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** The largest value of PostgreSQL's `integer`, the type of every id, version and position the hub stores. */
export const storedIntegerMax = 2_147_483_647;

/** A whole number PostgreSQL's `integer` holds, from `min`: anything else (2147483648, "abc", 1.5) is refused with `message`, never sent to the database. */
export const storedInteger = (message: string, min = 1) => z.coerce.number({ message }).int({ message }).min(min, { message }).max(storedIntegerMax, { message });

/** The id of a stored record: a positive integer PostgreSQL's `integer` holds, or "Unknown <noun>." */
export const recordId = (noun: string) => storedInteger(`Unknown ${noun}.`);

/** The version an edit form started from (`expectedVersion`): anything not a stored version means the form is not one the hub sent. */
export const formVersion = storedInteger("The form is out of date; reload the page.");
