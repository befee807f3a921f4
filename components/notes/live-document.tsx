import { headers } from "next/headers";
import { Markdown } from "@/components/markdown/markdown";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getGlossaryIndex } from "@/lib/glossary/get-glossary-index";
import { presenceKeyFor } from "@/lib/notes/trusted-presence";
import { LazyLiveNotes, type LazyLiveNotesProps } from "./lazy-live-notes";

export interface LiveDocumentProps {
  documentName: string;
  canEdit: boolean;
  /** The text as stored, rendered until the editor arrives and the only view without JavaScript. */
  initialMarkdown: string;
  textLabel?: string;
}

/**
 * What the live editor needs of the server: the person's presence, the
 * page's CSP nonce and the stored text rendered. For pages whose own client
 * component holds the editor (a statement's text with its comments).
 */
export async function liveDocumentProps({ documentName, canEdit, initialMarkdown, textLabel }: LiveDocumentProps): Promise<LazyLiveNotesProps> {
  const [user, glossary] = await Promise.all([getCurrentUser(), getGlossaryIndex()]);
  // CodeMirror writes its styles into a <style> tag, which the page's CSP admits only with its nonce.
  const styleNonce = (await headers()).get("x-nonce") ?? undefined;
  return {
    documentName,
    canEdit,
    userName: user?.name ?? null,
    userKey: user ? presenceKeyFor(user.id) : null,
    initialMarkdown,
    renderedNotes: initialMarkdown.trim() ? <Markdown source={initialMarkdown} /> : null,
    styleNonce,
    textLabel,
    glossary,
  };
}

/** A live document of the collaboration server in the notes' editor, with the person's presence and the page's CSP nonce. */
export async function LiveDocument(props: LiveDocumentProps) {
  return <LazyLiveNotes {...await liveDocumentProps(props)} />;
}
