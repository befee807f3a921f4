import type { HocuspocusProvider } from "@hocuspocus/provider";

type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };

/**
 * Makes a notes client send only its own presence (name, cursor). The
 * Hocuspocus provider re-sends every awareness change it receives, so in a
 * room of 300 each cursor move would come back to the server 299 times and
 * use up everyone's message budget (server/collab-server.ts). The server
 * already gives each newcomer everyone's presence, so the echo adds nothing.
 */
export function sendOwnAwarenessOnly(provider: HocuspocusProvider): void {
  const awareness = provider.awareness;
  // Not part of the provider's typed surface; present in @hocuspocus/provider 3.
  const send = (provider as unknown as { boundAwarenessUpdateHandler?: (changes: AwarenessChanges, origin: unknown) => void }).boundAwarenessUpdateHandler;
  if (!awareness || !send) return;
  awareness.off("update", send);
  awareness.on("update", (changes: AwarenessChanges, origin: unknown) => {
    const own = (ids: number[]) => ids.filter((id) => id === awareness.clientID);
    const mine = { added: own(changes.added), updated: own(changes.updated), removed: own(changes.removed) };
    if (mine.added.length + mine.updated.length + mine.removed.length > 0) send(mine, origin);
  });
}
