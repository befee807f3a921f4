import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { COLLAB_PATH, NOTES_TEXT_FIELD } from "@/lib/notes/note-document";

export interface NotesClient {
  doc: Y.Doc;
  text: Y.Text;
  provider: HocuspocusProvider;
  /** "read-write" or "readonly" once authenticated. */
  scope(): string | undefined;
  /** Resolves when the server has acknowledged every change made so far. */
  settled(): Promise<void>;
  /** Drops the connection (edits go on locally) and comes back. */
  goOffline(): void;
  goOnline(): Promise<void>;
  close(): void;
}

/** A Node client of the notes server, signed in by a session cookie like a browser. */
export async function connectNotes({ baseUrl, documentName, sessionToken }: { baseUrl: string; documentName: string; sessionToken?: string }): Promise<NotesClient> {
  const headers = sessionToken ? { cookie: `authjs.session-token=${sessionToken}` } : {};
  class SignedInWebSocket extends WebSocket {
    constructor(url: string) {
      super(url, { headers });
      // Closing a socket that is still connecting (a client reconnecting when a
      // test ends) makes ws report an error after the provider stopped
      // listening; unheard, it would be an uncaught exception.
      this.on("error", () => {});
    }
  }
  const socket = new HocuspocusProviderWebsocket({ url: baseUrl.replace(/^http/, "ws") + COLLAB_PATH, WebSocketPolyfill: SignedInWebSocket, maxAttempts: 0 });
  const doc = new Y.Doc();
  let failure: string | undefined;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
    token: "session-cookie",
    onAuthenticationFailed: ({ reason }) => (failure = reason),
  });
  // A provider given its own socket is attached to it explicitly.
  provider.attach();
  await waitFor(() => provider.isSynced || failure !== undefined, 10_000, "sync");
  if (failure !== undefined) {
    provider.destroy();
    socket.destroy();
    throw new Error(`refused: ${failure}`);
  }
  return {
    doc,
    text: doc.getText(NOTES_TEXT_FIELD),
    provider,
    scope: () => provider.authorizedScope,
    settled: () => waitFor(() => !provider.hasUnsyncedChanges, 10_000, "acknowledgements"),
    goOffline: () => socket.disconnect(),
    goOnline: async () => {
      await socket.connect();
    },
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}

export async function waitFor(condition: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
