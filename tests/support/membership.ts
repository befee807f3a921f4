/** A complete, valid request to join; tests override the field they are about. */
export const membershipRequestForm = (overrides: Record<string, unknown> = {}) => ({
  affiliation: "Example Supercomputing Centre",
  affiliationKind: "hpc-centre",
  roleAtAffiliation: "Research software engineer",
  country: "DE",
  areas: ["packaging", "startup-import"],
  statementOfInterest: "I keep Python running for two thousand users of our cluster and want their problems heard.",
  orcid: "https://orcid.org/0000-0002-1825-0097",
  githubHandle: "octocat",
  conflictsOfInterest: "",
  ...overrides,
});
