"use server";

import { defineAction } from "@/lib/define-action";
import { approveProposal } from "@/lib/glossary/approve-proposal";
import { declineProposal } from "@/lib/glossary/decline-proposal";
import { proposeTerm } from "@/lib/glossary/propose-term";
import { proposeTermChange } from "@/lib/glossary/propose-term-change";
import { approveProposalSchema, declineProposalSchema, proposalRefSchema, proposeChangeSchema, proposeTermSchema } from "@/lib/glossary/schemas";
import { withdrawProposal } from "@/lib/glossary/withdraw-proposal";

/** Every glossary change can move the marks in any page's text: the whole site's pages are revalidated. */
const everyPage = () => [{ path: "/", type: "layout" as const }];

export const proposeTermAction = defineAction({
  permission: "glossary.propose",
  input: proposeTermSchema,
  run: ({ actor, input }) => proposeTerm({ actor, input }),
  revalidate: everyPage,
  redirectTo: (_input, result) => (result.status === "published" ? `/glossary/${result.slug}?published=1` : `/glossary/proposals/${result.proposalId}?sent=1`),
});

export const proposeTermChangeAction = defineAction({
  permission: "glossary.propose",
  input: proposeChangeSchema,
  run: ({ actor, input }) => proposeTermChange({ actor, input }),
  revalidate: everyPage,
  redirectTo: (_input, result) => (result.status === "published" ? `/glossary/${result.slug}?published=1` : `/glossary/proposals/${result.proposalId}?sent=1`),
});

export const approveProposalAction = defineAction({
  permission: "glossary.curate",
  input: approveProposalSchema,
  run: ({ actor, input }) => approveProposal({ actor, input }),
  revalidate: everyPage,
  redirectTo: (_input, result) => `/glossary/${result.slug}?published=1`,
});

export const declineProposalAction = defineAction({
  permission: "glossary.curate",
  input: declineProposalSchema,
  run: ({ actor, input }) => declineProposal({ actor, input }),
  revalidate: (input) => ["/glossary/proposals", `/glossary/proposals/${input.proposalId}`],
  message: "Declined. The proposer is notified with your reason.",
});

export const withdrawProposalAction = defineAction({
  permission: "glossary.withdrawProposal",
  input: proposalRefSchema,
  run: ({ actor, input }) => withdrawProposal({ actor, input }),
  revalidate: (input) => ["/glossary/proposals", `/glossary/proposals/${input.proposalId}`],
  message: "Withdrawn.",
});
