import { headers } from "next/headers";
import { Markdown } from "@/components/markdown/markdown";
import { getCurrentUser } from "@/lib/auth/current-user";
import { presenceKeyFor } from "@/lib/notes/trusted-presence";
import { LazyLiveNotes } from "./lazy-live-notes";

export interface LiveDocumentProps {
  documentName: string;
  canEdit: boolean;
  /** The text as stored, rendered until the editor arrives and the only view without JavaScript. */
  initialMarkdown: string;
  textLabel?: string;
}

/** A live document of the collaboration server in the notes' editor, with the person's presence and the page's CSP nonce. */
export async function LiveDocument({ documentName, canEdit, initialMarkdown, textLabel }: LiveDocumentProps) {
  const user = await getCurrentUser();
  // CodeMirror writes its styles into a <style> tag, which the page's CSP admits only with its nonce.
  const styleNonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <LazyLiveNotes
      documentName={documentName}
      canEdit={canEdit}
      userName={user?.name ?? null}
      userKey={user ? presenceKeyFor(user.id) : null}
      initialMarkdown={initialMarkdown}
      renderedNotes={initialMarkdown.trim() ? <Markdown source={initialMarkdown} /> : null}
      styleNonce={styleNonce}
      textLabel={textLabel}
    />
  );
}
