//! Pallet configurations, one file per concern. Each file's header says why its parameters
//! have the values they have.

mod collators;
mod governance;
mod medrec;
mod monetary;
mod system;
mod utility;
pub mod xcm_config;

pub use collators::*;
pub use governance::*;
pub use medrec::*;
pub use monetary::*;
pub use system::*;
pub use utility::*;
