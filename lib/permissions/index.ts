export { can, mayAttempt, assertCan, refuseUnless, anonymousActor, type Actor, type Resource } from "@/lib/permissions/can";
export { canReadSession, canEditSessionNotes, liveAbilitiesFor, readableSessionVisibilities, readableSessionsWhere, type SessionRules } from "@/lib/permissions/sessions";
export { canDecideMembershipRequest, canReadMembershipRequest, canSuspendMember } from "@/lib/permissions/membership";
export { canReadHiddenComments, canReadPainPoint, canSeeReporter, painPointAccess, readablePainPointsSql, readablePainPointsWhere, reportsAttributedToWhere, type PainPointAccess } from "@/lib/permissions/pain-points";
export { policy, roles, actions, roleLabels, roleFromStored, storedFromRole, policyRoleOf, type Action, type Role, type SignedInRole, type StoredRole } from "@/lib/permissions/policy";
export { canReadGlossaryProposal, readableGlossaryProposalsWhere } from "@/lib/permissions/glossary";
export { canReadMemberEntry, publicMemberEntriesWhere, readableMemberEntriesWhere } from "@/lib/permissions/directory";
export {
  canChangeStatementEvidence,
  canCommentOnStatement,
  canDraftStatement,
  canEndorseStatement,
  canReadStatement,
  canReadStatementComments,
  commentOpenStages,
  canVoteOnStatement,
  evidenceOpenStages,
  isParticipating,
  readableStatementStages,
  readableStatementsWhere,
  type StatementParticipant,
} from "@/lib/permissions/statements";
export { editableStatementStages, isStatementTextEditableAt, statementTextAccess, type StatementTextAccess } from "@/lib/permissions/statement-editing";
