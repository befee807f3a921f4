// @ts-check

/**
 * Headers for every response. The Content-Security-Policy of pages carries a
 * per-request nonce and is set in proxy.ts; API responses get a policy that
 * allows nothing, since they are never rendered as documents.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Above every form's own limits (a report's 1 MB of evidence plus its text), so an oversize
    // field is refused by its schema with the field's message rather than by the body parser.
    serverActions: { bodySizeLimit: "4mb" },
  },
  // The custom server (server/) runs the app; nothing here is deployed elsewhere.
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
