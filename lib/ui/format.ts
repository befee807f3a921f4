/** Formats shared by pages. Server-rendered times are in UTC and say so. */

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export const formatDateTimeUtc = (value: Date) => `${dateTime.format(value)} UTC`;
export const formatDate = (value: Date) => date.format(value);

export function formatCount(count: number, singular: string, plural = `${singular}s`) {
  return `${count.toLocaleString("en")} ${count === 1 ? singular : plural}`;
}
