//! What gatekeepers ask before disclosing (`MedRecApi::decide`), and whose answers a block may
//! have changed (`MedRecApi::access_changes`).
//!
//! A gatekeeper keeps each answer across blocks, until it ends by time
//! (`Decision::holds_through`) or a block's changes name its patient or viewer. So every state
//! an answer depends on must be named here when a block changes it:
//! - the patient's sharing record (grants, guardians, active providers) and pointers: each
//!   change emits a permissions or relationships event naming the patient;
//! - the viewer's participant number and groups: registration and group membership events
//!   name the viewer;
//! - what many answers share (an account's rotation, a provider's suspension, a dissolved
//!   group, the runtime's code, anything root may write): everything.
//!
//! The registrar's, relationships' and permissions' events are matched without a catch-all, so
//! a new one does not compile until someone says what it changes.

use crate::{
	AccountId, BlockNumber, Permissions, Registrar, Relationships, Runtime, RuntimeEvent, System,
};
use alloc::vec::Vec;
use medrec_primitives::{
	access::{grant_parts, Denial},
	api::{AccessChanges, Authorization, Decision},
	records::{FieldSet, PointerId, RecordIndex},
	ParticipantRegistry,
};
use polkadot_sdk::*;

/// `MedRecApi::decide` at the current block.
pub fn decide(
	viewer: &AccountId,
	patient: &AccountId,
	pointer: PointerId,
	fields: FieldSet,
) -> Decision<AccountId, BlockNumber> {
	let at = System::block_number();
	let (granted, holds_through) = Permissions::decide(viewer, patient, pointer, fields, at);
	let answer = granted.and_then(|fields| {
		// `decide` found the pointer, so these exist; a missing one is still a denial, never a
		// panic.
		let info =
			<Relationships as RecordIndex>::pointer(pointer).ok_or(Denial::UnknownPointer)?;
		let view = Relationships::pointer_view(pointer).ok_or(Denial::UnknownPointer)?;
		let provider = <Registrar as ParticipantRegistry<AccountId>>::account_of(info.provider)
			.ok_or(Denial::UnknownPointer)?;
		Ok(Authorization { provider, pointer: view, fields, at })
	});
	Decision { answer, holds_through }
}

/// What one event changes of the answers `decide` gives.
#[derive(Debug, PartialEq, Eq)]
enum Touches {
	Nothing,
	Patient(AccountId),
	Viewer(AccountId),
	/// A participant's account, whether patient or viewer.
	Participant(AccountId),
	Everything,
}

/// `MedRecApi::access_changes`: whose answers the current block's events may have changed.
pub fn changes() -> AccessChanges<AccountId> {
	let (mut patients, mut viewers) = (Vec::new(), Vec::new());
	let mut code_changed = false;
	let mut everything = false;
	for record in System::read_events_no_consensus() {
		if matches!(record.event, RuntimeEvent::System(frame_system::Event::CodeUpdated { .. })) {
			code_changed = true;
		}
		match touches(&record.event) {
			Touches::Nothing => {},
			Touches::Patient(who) => patients.push(who),
			Touches::Viewer(who) => viewers.push(who),
			Touches::Participant(who) => {
				patients.push(who.clone());
				viewers.push(who);
			},
			Touches::Everything => everything = true,
		}
	}
	if everything || code_changed {
		return AccessChanges::Everything { code_changed };
	}
	for accounts in [&mut patients, &mut viewers] {
		accounts.sort_unstable();
		accounts.dedup();
	}
	AccessChanges::Some { patients, viewers }
}

fn touches(event: &RuntimeEvent) -> Touches {
	match event {
		RuntimeEvent::Permissions(event) => permissions(event),
		RuntimeEvent::Relationships(event) => relationships(event),
		RuntimeEvent::Registrar(event) => registrar(event),
		RuntimeEvent::System(frame_system::Event::CodeUpdated { .. }) => Touches::Everything,
		// What root does may be anything, storage written directly included: sudo on
		// development chains, the consortium's motions (`consortium_root`) and messages from
		// the relay chain (whose root is root here).
		RuntimeEvent::Sudo(_) => Touches::Everything,
		RuntimeEvent::Consortium(
			pallet_collective::Event::Executed { .. }
			| pallet_collective::Event::MemberExecuted { .. },
		) => Touches::Everything,
		RuntimeEvent::MessageQueue(pallet_message_queue::Event::Processed { .. }) => {
			Touches::Everything
		},
		// Consents, bounties and credits: what research may count, not who may see a record.
		RuntimeEvent::Research(_) => Touches::Nothing,
		// Balances, fees, proxies, recovery, collators: no answer reads them
		// (a proxy's or a recovered account's calls emit the MedRec events above).
		_ => Touches::Nothing,
	}
}

fn permissions(event: &pallet_permissions::Event<Runtime>) -> Touches {
	use pallet_permissions::Event::*;
	match event {
		AccessGranted { patient, .. }
		| AccessRevoked { patient, .. }
		| GuardianAdded { patient, .. }
		| GuardianProposed { patient, .. }
		| GuardianProposalDeclined { patient, .. }
		| GuardianRemoved { patient, .. }
		| EmergencyAccessOpened { patient, .. } => Touches::Patient(patient.clone()),
		// Removing an expired grant changes no permission, but a denial's reason (`NotValidAt`
		// becomes `NoGrant`).
		GrantExpired { grant } => {
			let (patient, _) = grant_parts(*grant);
			match <Registrar as ParticipantRegistry<AccountId>>::account_of(patient) {
				Some(account) => Touches::Patient(account),
				None => Touches::Everything,
			}
		},
		// The emergency's grant stays until it expires; reviews and certifications change
		// what may be opened next, not what is open.
		EmergencyCertificationSet { .. } | EmergencyReviewed { .. } | EmergencyClosed { .. } => {
			Touches::Nothing
		},
		__Ignore(..) => Touches::Nothing,
	}
}

fn relationships(event: &pallet_relationships::Event<Runtime>) -> Touches {
	use pallet_relationships::Event::*;
	match event {
		RelationshipOpened { patient, .. }
		| ProviderInvited { patient, .. }
		| PointerAdded { patient, .. }
		| PointerUpdated { patient, .. }
		| PointerRemoved { patient, .. }
		| RelationshipAcknowledged { patient, .. }
		| RelationshipRejected { patient, .. }
		| RelationshipTerminated { patient, .. }
		| PointersReaped { patient, .. } => Touches::Patient(patient.clone()),
		// A viewer saw a patient's sharing: a notification, no permission.
		SharedAcknowledged { .. } => Touches::Nothing,
		__Ignore(..) => Touches::Nothing,
	}
}

fn registrar(event: &pallet_registrar::Event<Runtime>) -> Touches {
	use pallet_registrar::Event::*;
	match event {
		// A new number: grants to it now reach the account, and it may be a patient.
		PatientRegistered { who, .. } => Touches::Participant(who.clone()),
		GroupMemberAdded { who, .. } | GroupMemberRemoved { who, .. } => {
			Touches::Viewer(who.clone())
		},
		// Rare, and each changes answers of many: a role or a provider's standing changes its
		// relationships' and groups' reach; a rotation moves every answer about an account.
		Admitted { .. }
		| RoleRevoked { .. }
		| Suspended { .. }
		| Reinstated { .. }
		| GroupDissolved { .. }
		| AccountRotated { .. } => Touches::Everything,
		ProviderProfileSet { .. }
		| IdentifierBound { .. }
		| IdentifierUnbound { .. }
		| GroupCreated { .. }
		| ReceiptsAnchored { .. } => Touches::Nothing,
		__Ignore(..) => Touches::Nothing,
	}
}
