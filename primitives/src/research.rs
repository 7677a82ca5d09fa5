//! Research mining: what researchers earn and ask for. Shared by the research pallet,
//! `MedRecApi` and the gatekeeper.

/// Research credits: earned by researchers whose collators author blocks, spent on aggregate
/// requests, never transferred.
pub type Credits = u64;

/// An opaque code naming one of a provider's aggregate query templates ("count of patients in
/// category C by age band"), which the provider's gatekeeper declares.
pub type TemplateCode = u32;
