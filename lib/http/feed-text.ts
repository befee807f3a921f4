/**
 * The feed library writes titles, summaries and content as CDATA sections
 * without looking inside: a `]]>` in the text would end the section early and
 * break the XML. Splitting it across two sections (`]]` + `>`) is the standard
 * way to carry it; feed readers see the text unchanged.
 */
export const cdataSafe = (text: string) => text.replaceAll("]]>", "]]]]><![CDATA[>");
