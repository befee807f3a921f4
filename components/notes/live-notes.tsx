"use client";

import { markdown } from "@codemirror/lang-markdown";
import { Compartment, EditorState, type Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { HocuspocusProvider, WebSocketStatus } from "@hocuspocus/provider";
import { basicSetup } from "codemirror";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { yCollab, yUndoManagerKeymap } from "y-codemirror.next";
import * as Y from "yjs";
import { keymap } from "@codemirror/view";
import { MarkdownView } from "@/components/markdown/markdown-view";
import type { GlossaryIndex } from "@/lib/glossary/glossary-index";
import { presenceNameFor, presenceUser, shownPresence, visitorPresenceKey } from "@/lib/notes/presence";
import { sendOwnAwarenessOnly } from "@/lib/notes/send-own-awareness-only";
import type { Awareness } from "y-protocols/awareness";
import { COLLAB_PATH, collabCloseCodes, NOTES_TEXT_FIELD } from "@/lib/notes/note-document";
import { EmptyNotesPreview, initialNotesView, NotesFrame, type NotesConnection, type NotesParticipant, type NotesView } from "./notes-frame";

const closeReasons: Record<number, string> = {
  1009: "A change was too large to send (2 MB at most).",
};

const editorTheme = EditorView.theme({
  "&": { backgroundColor: "var(--color-surface)", color: "var(--color-ink)", fontSize: "0.9rem", height: "100%" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "var(--font-mono)", lineHeight: "1.6" },
  ".cm-content": { padding: "0.75rem 0", caretColor: "var(--color-ink)" },
  ".cm-gutters": { backgroundColor: "var(--color-surface-muted)", color: "var(--color-subtle)", borderRight: "1px solid var(--color-line)" },
  ".cm-activeLine": { backgroundColor: "color-mix(in srgb, var(--color-primary-soft) 45%, transparent)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--color-primary-soft)" },
  ".cm-ySelectionInfo": { fontFamily: "var(--font-sans)", fontSize: "0.7rem", padding: "1px 4px", borderRadius: "3px", opacity: "1" },
});

export interface LiveNotesProps {
  /** Any document the collaboration server serves: "session-notes/<id>", "statement/<id>". */
  documentName: string;
  canEdit: boolean;
  userName: string | null;
  userKey: string | null;
  initialMarkdown: string;
  /** The glossary, so the preview marks its terms as people type. */
  glossary?: GlossaryIndex;
  styleNonce?: string;
  /** What assistive technology calls the editor. */
  textLabel?: string;
  /** Told of the editor once it exists, and of null when it goes: for features built on the text (a statement's anchored comments). */
  onEditorReady?: (editor: LiveEditor | null) => void;
}

/** The live editor as features built on its text reach it. */
export interface LiveEditor {
  view: EditorView;
  doc: Y.Doc;
  text: Y.Text;
  /** Brings the editor into view when only the preview is shown. */
  showEditor: () => void;
}

/** Said when the server opened this connection read-only although the page offered editing (rights changed since it loaded). */
const READ_ONLY_NOW = "You can only read this text now. Reload the page to see why.";

const editableWhen = (isEditable: boolean): Extension => [EditorState.readOnly.of(!isEditable), EditorView.editable.of(isEditable)];

/**
 * The live notes editor: a CodeMirror 6 Markdown editor bound to the session's
 * Yjs document, with everyone's cursor in their colour, who is here, the state
 * of the connection, and a rendered preview. People who may only read see the
 * rendered notes update live; the server, not this component, enforces that.
 * Loaded by LazyLiveNotes once the page is interactive (it is most of the page's code).
 */
export default function LiveNotes({ documentName, canEdit, userName, userKey, initialMarkdown, glossary, styleNonce, textLabel = "Session notes (Markdown)", onEditorReady }: LiveNotesProps) {
  const editorParent = useRef<HTMLDivElement>(null);
  const editorView = useRef<EditorView | null>(null);
  const [editability] = useState(() => new Compartment());
  const [connection, setConnection] = useState<NotesConnection>({ state: "connecting" });
  const [isSynced, setIsSynced] = useState(false);
  const [text, setText] = useState(initialMarkdown);
  const [participants, setParticipants] = useState<NotesParticipant[]>([]);
  const [view, setView] = useState<NotesView>(initialNotesView(canEdit));
  const [scope, setScope] = useState<"read-write" | "readonly" | null>(null);
  // The server's reason for refusing an edit (a statement frozen for its vote); cleared when a connection is writable again.
  const [frozenReason, setFrozenReason] = useState<string | null>(null);
  // What is on screen stays, refused edit included; only typing stops.
  const canType = canEdit && frozenReason === null && scope !== "readonly";
  // An effect event: a new callback on each render of the parent does not rebuild the editor.
  const announceEditor = useEffectEvent((editor: LiveEditor | null) => onEditorReady?.(editor));

  useEffect(() => {
    const doc = new Y.Doc();
    const ytext = doc.getText(NOTES_TEXT_FIELD);
    const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
    let wasRefused = false;
    const provider = new HocuspocusProvider({
      url: `${protocol}//${window.location.host}${COLLAB_PATH}`,
      name: documentName,
      document: doc,
      // Sign-in travels in the page's cookie; the token field only has to be present.
      token: "session-cookie",
      onStatus: ({ status }) => {
        if (wasRefused) return;
        setConnection(status === WebSocketStatus.Connected ? { state: "live" } : status === WebSocketStatus.Connecting ? { state: "connecting" } : { state: "offline" });
      },
      onAuthenticated: ({ scope }) => {
        const isReadWrite = scope === "read-write";
        setScope(isReadWrite ? "read-write" : "readonly");
        if (isReadWrite) setFrozenReason(null);
      },
      onAuthenticationFailed: ({ reason }) => {
        wasRefused = true;
        setConnection({ state: "refused", reason });
      },
      onClose: ({ event }) => {
        // The provider reconnects at once; the new connection is read-only while the freeze lasts, and clears the reason once writable.
        if (event.code === collabCloseCodes.frozen || event.code === collabCloseCodes.rightsChanged) return setFrozenReason(event.reason);
        const reason = closeReasons[event.code] ?? (event.code >= 4000 ? event.reason : undefined);
        if (reason) setConnection({ state: "refused", reason: `${reason} Reconnecting…` });
      },
      onSynced: () => setIsSynced(true),
    });

    sendOwnAwarenessOnly(provider);

    // The server writes everyone's name and colour as it knows them; this is how this tab shows itself meanwhile.
    provider.awareness?.setLocalStateField("user", presenceUser({ name: presenceNameFor({ isSignedIn: userKey !== null, name: userName }), key: userKey ?? visitorPresenceKey(doc.clientID) }));
    const awareness = provider.awareness ? withShownPresenceOnly(provider.awareness) : null;
    const showParticipants = () => {
      const states = awareness?.getStates() ?? new Map();
      const seen = new Map<string, NotesParticipant>();
      for (const [clientId, state] of states) {
        const user = (state as ReturnType<typeof shownPresence>)?.user;
        if (!user) continue;
        const isYou = clientId === doc.clientID;
        // One entry per person, however many tabs they have open.
        if (!seen.has(user.key) || isYou) seen.set(user.key, { clientId, name: user.name, color: user.color, isYou });
      }
      setParticipants([...seen.values()].sort((a, b) => Number(b.isYou) - Number(a.isYou) || a.name.localeCompare(b.name)));
    };
    provider.awareness?.on("change", showParticipants);
    showParticipants();

    // The preview follows the text, at most every 150 ms while people type.
    let previewTimer: ReturnType<typeof setTimeout> | undefined;
    const showText = () => {
      previewTimer ??= setTimeout(() => {
        previewTimer = undefined;
        setText(ytext.toString());
      }, 150);
    };
    ytext.observe(showText);

    const nonce = documentNonce(styleNonce);
    const undoManager = new Y.UndoManager(ytext);
    const view = (editorView.current = new EditorView({
      parent: editorParent.current!,
      state: EditorState.create({
        doc: ytext.toString(),
        extensions: [
          ...(nonce ? [EditorView.cspNonce.of(nonce)] : []),
          basicSetup,
          keymap.of(yUndoManagerKeymap),
          markdown(),
          EditorView.lineWrapping,
          editorTheme,
          EditorView.contentAttributes.of({ "aria-label": textLabel }),
          editability.of(editableWhen(canEdit)),
          yCollab(ytext, awareness, { undoManager }),
        ],
      }),
    }));

    announceEditor({ view, doc, text: ytext, showEditor: () => setView((shown) => (shown === "preview" ? "split" : shown)) });

    return () => {
      announceEditor(null);
      clearTimeout(previewTimer);
      ytext.unobserve(showText);
      editorView.current = null;
      view.destroy();
      provider.destroy();
      doc.destroy();
    };
  }, [documentName, canEdit, userName, userKey, styleNonce, textLabel, editability]);

  useEffect(() => {
    editorView.current?.dispatch({ effects: editability.reconfigure(editableWhen(canType)) });
  }, [canType, editability]);

  const notice = frozenReason ?? (canEdit && scope === "readonly" ? READ_ONLY_NOW : undefined);

  return (
    <NotesFrame
      connection={connection}
      participants={participants}
      canEdit={canType}
      notice={notice}
      view={view}
      onViewChange={setView}
      isWritable={scope === "read-write" && canType}
      isSynced={isSynced}
      editor={<div ref={editorParent} className="h-full" />}
      preview={text.trim() ? <MarkdownView source={text} glossary={glossary} /> : <EmptyNotesPreview canEdit={canType} />}
    />
  );
}

/**
 * The nonce this document's Content-Security-Policy admits, read off the
 * page's own scripts. The `styleNonce` prop is the nonce of the request that
 * rendered the props; after a client-side navigation (a form's redirect to
 * the statement it made) that is a later request's, which the policy the
 * document loaded with refuses, and CodeMirror's styles would be blocked.
 */
function documentNonce(fallback: string | undefined): string | undefined {
  return document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce || fallback;
}

/**
 * The awareness as the editor and the list of who is here read it: only
 * states with a well-formed user and a strict hex colour, since y-codemirror
 * puts the colour into a `style` attribute as it is.
 */
function withShownPresenceOnly(awareness: Awareness): Awareness {
  const getStates = () => {
    const shown = new Map<number, Record<string, unknown>>();
    for (const [clientId, state] of awareness.getStates()) {
      const presence = shownPresence(state);
      if (presence) shown.set(clientId, { ...presence });
    }
    return shown;
  };
  return new Proxy(awareness, {
    get(target, property) {
      if (property === "getStates") return getStates;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
