import path from "node:path";

/** Where the end-to-end run puts things. Ports can be moved with E2E_PORT_BASE. */
const base = Number(process.env.E2E_PORT_BASE ?? 3100);

export const e2e = {
  appPort: base,
  appUrl: `http://localhost:${base}`,
  oidcPort: base + 1,
  oidcIssuer: `http://localhost:${base + 1}`,
  oidcClient: { id: "pyhpc-hub-e2e", secret: "e2e-client-secret-not-secret", label: "Example University SSO" },
  smtpPort: base + 2,
  mailFrom: "PyHPC Hub <hub@example.test>",
  databaseName: "pyhpc_e2e",
  /** Files shared between the app process, the fake identity services and the tests. */
  runtimeDir: path.join(process.cwd(), "test-results", "e2e-runtime"),
  mailDir: path.join(process.cwd(), "test-results", "e2e-runtime", "mail"),
  authDir: path.join(process.cwd(), "e2e", ".auth"),
};

export const runtimeFile = (name: string) => path.join(e2e.runtimeDir, name);
