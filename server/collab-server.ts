import { Redis as RedisExtension } from "@hocuspocus/extension-redis";
import { Hocuspocus, type Extension } from "@hocuspocus/server";
import IORedis from "ioredis";
import { WebSocketServer } from "ws";
import * as Y from "yjs";
import { isAppError } from "@/lib/errors";
import { isSameOrigin } from "@/lib/http/same-origin";
import type { CollabAccess, CollabDocumentKind } from "@/lib/notes/collab-document-kind";
import type { CollabServer } from "@/lib/notes/live-notes-server";
import { COLLAB_PATH, collabCloseCodes, noteLimits } from "@/lib/notes/note-document";
import { notesDocumentKind } from "@/lib/notes/notes-document-kind";
import { encodeAwarenessEntries, readNoteMessage, type NoteMessage } from "@/lib/notes/read-note-message";
import { trustedAwarenessEntries } from "@/lib/notes/trusted-presence";
import { statementDocumentKind } from "@/lib/statements/collab/statement-document-kind";

export { collabCloseCodes };

/**
 * Every kind of document served here. A name no kind claims is refused as the
 * notes refuse one (the wording clients have always been given).
 */
const documentKinds: readonly CollabDocumentKind[] = [notesDocumentKind, statementDocumentKind];
const kindOf = (documentName: string) => documentKinds.find((kind) => kind.isNamed(documentName)) ?? notesDocumentKind;

export type { CollabServer };

interface LoadedDocument {
  kind: CollabDocumentKind;
  documentId: number;
  /** The stored state's size plus what was logged since: enough to enforce the size limit. */
  approximateBytes: number;
}

interface ConnectionContext {
  access: CollabAccess;
}

/**
 * Ends a misbehaving client's WebSocket with a reason the editor shows, and
 * stops the message at hand (Hocuspocus drops the document connection on a
 * throw; the socket itself is ours to close).
 */
const closedByUs = new WeakSet<object>();

function closeSocket(connection: { webSocket: { close(code: number, reason: string): void } }, code: number, reason: string): never {
  closedByUs.add(connection);
  connection.webSocket.close(code, reason);
  throw Object.assign(new Error(reason), { code, reason });
}

/**
 * Ends a message's handling without Hocuspocus applying it: a promise that
 * never settles keeps Hocuspocus from applying, relaying or logging it (and
 * is collected with the message).
 */
const handledHere = () => new Promise<never>(() => {});

/** A token bucket per connection: a steady rate with room for a burst. */
function messageBudget() {
  let tokens: number = noteLimits.messageBurst;
  let refilledAt = Date.now();
  return () => {
    const now = Date.now();
    tokens = Math.min(noteLimits.messageBurst, tokens + ((now - refilledAt) / 1000) * noteLimits.messagesPerSecond);
    refilledAt = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

/**
 * Serves the live documents (sessions' notes, statements' texts; see
 * documentKinds) as Yjs documents over WebSocket, on the app's own HTTP
 * server (one port). Sign-in comes from the page's cookie, permissions from
 * lib/permissions through each kind; every update is in PostgreSQL before it
 * is applied and acknowledged (see lib/notes/note-persistence.ts). With a
 * Redis URL, several processes serve the same documents.
 */
export function createCollabServer({ redisUrl, publicUrl }: { redisUrl?: string; publicUrl?: string } = {}): CollabServer {
  const loaded = new Map<string, LoadedDocument>();
  const budgets = new WeakMap<object, () => boolean>();

  const liveDocuments: Extension = {
    async onAuthenticate({ documentName, requestHeaders, connectionConfig }) {
      try {
        const access = await kindOf(documentName).authorize({ documentName, cookieHeader: requestHeaders.cookie });
        connectionConfig.readOnly = !access.canEdit;
        return { access } satisfies ConnectionContext;
      } catch (error) {
        // Hocuspocus sends `reason` to the client, which shows it.
        if (isAppError(error)) throw Object.assign(new Error(error.message), { reason: error.message });
        throw error;
      }
    },

    async onLoadDocument({ documentName, document }) {
      const kind = kindOf(documentName);
      const stored = await kind.load(documentName);
      for (const update of stored.updates) Y.applyUpdate(document, update);
      loaded.set(documentName, { kind, documentId: stored.documentId, approximateBytes: stored.updates.reduce((sum, update) => sum + update.length, 0) });
      return document;
    },

    async beforeHandleMessage({ connection, context, document: liveDocument, documentName, update: message }) {
      // What a closed connection still had queued is dropped quietly.
      if (closedByUs.has(connection)) return handledHere();
      let withinBudget = budgets.get(connection);
      if (!withinBudget) budgets.set(connection, (withinBudget = messageBudget()));
      if (!withinBudget()) closeSocket(connection, collabCloseCodes.tooFast, "Too many changes at once; reconnecting shortly.");

      let read: NoteMessage;
      try {
        read = readNoteMessage(message);
        if (read.kind === "document-update") Y.decodeUpdate(read.update);
      } catch {
        closeSocket(connection, collabCloseCodes.malformed, "A message could not be read.");
      }
      if (read.kind === "broadcast") return handledHere();
      if (read.kind === "awareness") {
        // Presence is applied here, as the server writes it, and the message as sent never is.
        const { access } = context as ConnectionContext;
        const trusted = trustedAwarenessEntries(read.entries, {
          person: { userId: access.actor.userId, name: access.userName },
          ownClientIds: liveDocument.getClients(connection.webSocket),
          // A client with presence that is not this connection's is someone else's, here or (with Redis) at another instance.
          isClientOfAnother: (clientId) => liveDocument.awareness.getStates().has(clientId),
        });
        if (trusted.length) liveDocument.applyAwarenessUpdate(connection, encodeAwarenessEntries(trusted));
        return handledHere();
      }
      // Read-only connections: Hocuspocus refuses their updates itself.
      if (read.kind !== "document-update" || connection.readOnly) return;
      const update = read.update;

      const document = loaded.get(documentName);
      if (!document) return;
      if (document.approximateBytes + update.length > noteLimits.maxDocumentBytes) {
        closeSocket(connection, collabCloseCodes.tooLarge, document.kind.sizeLimitReason);
      }
      // Durable before Hocuspocus applies the update and acknowledges it.
      const logged = await document.kind.log({ documentId: document.documentId, update, access: (context as ConnectionContext).access });
      // Refused (a statement frozen for its vote): the client reconnects, and its new connection gets the rights of now.
      if (!logged.isLogged) closeSocket(connection, collabCloseCodes.frozen, logged.reason);
      document.approximateBytes += update.length;
    },

    async onStoreDocument({ documentName, document }) {
      const entry = loaded.get(documentName);
      if (!entry) return;
      const state = Y.encodeStateAsUpdate(document);
      entry.approximateBytes = state.length;
      // The whole log is merged in too (lib/notes/note-persistence.ts), so a failed store loses nothing: the rows stay.
      await entry.kind.store({ documentId: entry.documentId, state });
    },

    async afterUnloadDocument({ documentName }) {
      loaded.delete(documentName);
    },
  };

  const extensions: Extension[] = [liveDocuments];
  if (redisUrl) extensions.unshift(new RedisExtension({ createClient: () => new IORedis(redisUrl, { maxRetriesPerRequest: null }) }));

  const hocuspocus = new Hocuspocus({ quiet: true, debounce: 2_000, maxDebounce: 10_000, extensions });
  const webSockets = new WebSocketServer({ noServer: true, maxPayload: noteLimits.maxMessageBytes });

  return {
    hocuspocus,
    handleUpgrade(request, socket, head) {
      const { pathname } = new URL(request.url ?? "/", "http://localhost");
      if (pathname !== COLLAB_PATH) return false;
      const header = (name: string) => {
        const value = request.headers[name];
        return Array.isArray(value) ? value[0] : value;
      };
      // Another site's page may not open the notes with our visitor's cookies.
      if (!isSameOrigin(header, publicUrl)) {
        socket.end("HTTP/1.1 403 Forbidden\r\ncontent-type: text/plain\r\n\r\nWebSocket connections are accepted from this site's own pages only.");
        return true;
      }
      webSockets.handleUpgrade(request, socket, head, (webSocket) => {
        // ws reports a protocol violation (an oversize frame, say) as an error
        // event and closes the socket itself (1009 and the like); unheard, that
        // event would end the process for everyone.
        webSocket.on("error", () => {});
        hocuspocus.handleConnection(webSocket, request);
      });
      return true;
    },
    async close() {
      // Closing the connections stores each document right away.
      hocuspocus.closeConnections();
      const deadline = Date.now() + 5_000;
      while (hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      webSockets.close();
      await hocuspocus.hooks("onDestroy", { instance: hocuspocus });
    },
  };
}
