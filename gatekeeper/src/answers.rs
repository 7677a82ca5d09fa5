//! The chain's answers, kept across blocks for as long as they hold.
//!
//! An answer (`MedRecApi_decide`) holds until one of two things: its own end in time
//! (`holds_through`: where a grant the requester holds starts or ends, or their guardianship
//! ends), or a block whose events name its patient or its requester, or change everything
//! (`MedRecApi_access_changes`, asked once per block). A new head whose parent is the head the
//! answers hold at drops only what its changes name; any other head (a reorganisation, a skipped
//! block, a reconnection) drops everything, since the blocks between are unknown.
//!
//! So a revocation, a new guardian or an expiry takes effect at its block, as with a cache
//! emptied at every block, while a block that changes none of a hospital's patients costs one
//! chain call instead of a call per question asked again.

use crate::{chain::Head, AccountId};
use medrec_primitives::{
	access::Denial,
	api::{AccessChanges, Authorization},
	records::PointerId,
	BlockNumber,
};
use polkadot_sdk::sp_core::H256;
use std::{collections::HashMap, sync::Arc};
use tokio::sync::OnceCell;

/// The chain's answer to one authorization question.
pub type Answer = Result<Authorization<AccountId, BlockNumber>, Denial>;

/// An answer and the last block it holds through by time (`None`: until a block changes it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
	pub answer: Answer,
	pub through: Option<BlockNumber>,
}

impl Held {
	pub fn holds_at(&self, number: BlockNumber) -> bool {
		self.through.is_none_or(|through| number <= through)
	}
}

/// One answer, once the chain has given it: concurrent requests asking the same question wait
/// for one chain call.
pub type Cell = Arc<OnceCell<Held>>;

/// Requester, pointer, requested fields (`FieldSet` bits): a question about one patient.
type Question = (AccountId, PointerId, u64);

/// At most this many answers are kept; past it, all are dropped (and asked again as needed).
/// An entry is a few hundred bytes: tens of megabytes at most.
pub const MAX_ANSWERS: usize = 200_000;

/// The answers that hold at `head`, by patient.
#[derive(Default)]
pub struct Answers {
	head: Option<Head>,
	by_patient: HashMap<AccountId, HashMap<Question, Cell>>,
	len: usize,
	/// The head's block changed the runtime's code: its child changes everything too (the new
	/// code's migrations run there, and emit nothing).
	code_changed: bool,
	/// How many times every answer was dropped.
	flushes: u64,
}

/// What a new head did to the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advance {
	/// Dropped the answers about the named patients and to the named viewers: this many.
	Dropped(usize),
	/// Dropped every answer: this many.
	DroppedAll(usize),
}

impl Answers {
	/// The head every kept answer holds at.
	pub fn head(&self) -> Option<Head> {
		self.head
	}

	/// Changes whenever every answer is dropped: what is remembered alongside the answers (a
	/// pointer's patient) holds while it stays the same, as nothing but such a block changes it.
	pub fn epoch(&self) -> u64 {
		self.flushes
	}

	/// How many answers are kept.
	pub fn len(&self) -> usize {
		self.len
	}

	/// Whether no answer is kept.
	pub fn is_empty(&self) -> bool {
		self.len == 0
	}

	/// Whether the head changes nothing kept: no head yet, or `head` follows it directly.
	pub fn follows(&self, head: &Head, parent: H256) -> bool {
		self.head
			.is_some_and(|kept| kept.hash == parent && kept.number + 1 == head.number)
	}

	/// Moves to `head`, dropping what `changes` (its block's; `None` when unknown: not a child
	/// of the kept head, or the chain did not say) may have changed.
	pub fn advance(&mut self, head: Head, changes: Option<AccessChanges<AccountId>>) -> Advance {
		let after_new_code = std::mem::take(&mut self.code_changed);
		let advance = match changes {
			Some(AccessChanges::Some { patients, viewers }) if !after_new_code => {
				let before = self.len;
				for patient in &patients {
					if let Some(questions) = self.by_patient.remove(patient) {
						self.len -= questions.len();
					}
				}
				if !viewers.is_empty() {
					for questions in self.by_patient.values_mut() {
						let asked = questions.len();
						questions.retain(|(requester, ..), _| !viewers.contains(requester));
						self.len -= asked - questions.len();
					}
					self.by_patient.retain(|_, questions| !questions.is_empty());
				}
				Advance::Dropped(before - self.len)
			},
			changes => {
				self.code_changed =
					matches!(changes, Some(AccessChanges::Everything { code_changed: true }));
				self.clear()
			},
		};
		self.head = Some(head);
		advance
	}

	/// Forgets every answer and the head (the connection is gone).
	pub fn forget(&mut self) {
		self.clear();
		self.head = None;
		self.code_changed = false;
	}

	fn clear(&mut self) -> Advance {
		let dropped = std::mem::take(&mut self.len);
		self.by_patient.clear();
		self.flushes += 1;
		Advance::DroppedAll(dropped)
	}

	/// The cell for `requester`'s question about `patient`'s `pointer` and `fields` at `head`:
	/// an answer that holds there, or one to fill. `None` if the answers are not at `head`
	/// (the head is moving): then the question is asked without keeping the answer.
	pub fn cell(
		&mut self,
		head: Head,
		requester: &AccountId,
		patient: &AccountId,
		pointer: PointerId,
		fields: u64,
	) -> Option<Cell> {
		if self.head != Some(head) {
			return None;
		}
		let question = (requester.clone(), pointer, fields);
		if let Some(cell) = self.by_patient.get(patient).and_then(|q| q.get(&question)) {
			// An answer still being asked for is shared; one given holds or is replaced.
			if cell.get().is_none_or(|held| held.holds_at(head.number)) {
				return Some(cell.clone());
			}
		}
		if self.len >= MAX_ANSWERS {
			self.clear();
		}
		let cell = Cell::default();
		let replaced = self
			.by_patient
			.entry(patient.clone())
			.or_default()
			.insert(question, cell.clone());
		if replaced.is_none() {
			self.len += 1;
		}
		Some(cell)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn head(number: BlockNumber) -> Head {
		Head { number, hash: H256::repeat_byte(number as u8) }
	}

	fn account(byte: u8) -> AccountId {
		AccountId::new([byte; 32])
	}

	const DAVE: u8 = 4;
	const EVE: u8 = 5;
	const CHARLIE: u8 = 3;
	const FERDIE: u8 = 6;

	fn held(through: Option<BlockNumber>) -> Held {
		Held { answer: Err(Denial::NoGrant), through }
	}

	/// Answers at block 5 for Dave and Eve about Charlie, and for Dave about Ferdie.
	fn kept() -> Answers {
		let mut answers = Answers::default();
		answers.advance(head(5), None);
		for (requester, patient) in [(DAVE, CHARLIE), (EVE, CHARLIE), (DAVE, FERDIE)] {
			let cell = answers.cell(head(5), &account(requester), &account(patient), 7, 1).unwrap();
			cell.set(held(None)).unwrap();
		}
		assert_eq!(answers.len(), 3);
		answers
	}

	/// Whether `requester`'s answer about `patient` is kept at `at`.
	fn is_kept(answers: &mut Answers, at: Head, requester: u8, patient: u8) -> bool {
		let cell = answers.cell(at, &account(requester), &account(patient), 7, 1).unwrap();
		cell.initialized()
	}

	fn only(patients: &[u8], viewers: &[u8]) -> Option<AccessChanges<AccountId>> {
		let accounts = |bytes: &[u8]| bytes.iter().copied().map(account).collect();
		Some(AccessChanges::Some { patients: accounts(patients), viewers: accounts(viewers) })
	}

	#[test]
	fn a_block_that_changes_nobody_keeps_every_answer() {
		let mut answers = kept();
		assert!(answers.follows(&head(6), head(5).hash));
		assert_eq!(answers.advance(head(6), only(&[], &[])), Advance::Dropped(0));
		assert!(is_kept(&mut answers, head(6), DAVE, CHARLIE));
		assert!(is_kept(&mut answers, head(6), DAVE, FERDIE));
		assert_eq!(answers.len(), 3);
	}

	#[test]
	fn a_block_naming_a_patient_drops_the_answers_about_them_only() {
		let mut answers = kept();
		let epoch = answers.epoch();
		assert_eq!(answers.advance(head(6), only(&[CHARLIE], &[])), Advance::Dropped(2));
		assert_eq!(answers.epoch(), epoch, "not every answer was dropped");
		assert!(!is_kept(&mut answers, head(6), DAVE, CHARLIE));
		assert!(!is_kept(&mut answers, head(6), EVE, CHARLIE));
		assert!(is_kept(&mut answers, head(6), DAVE, FERDIE));
	}

	#[test]
	fn a_block_naming_a_viewer_drops_the_answers_to_them_only() {
		let mut answers = kept();
		assert_eq!(answers.advance(head(6), only(&[], &[DAVE])), Advance::Dropped(2));
		assert!(!is_kept(&mut answers, head(6), DAVE, CHARLIE));
		assert!(!is_kept(&mut answers, head(6), DAVE, FERDIE));
		assert!(is_kept(&mut answers, head(6), EVE, CHARLIE));
	}

	#[test]
	fn unknown_changes_and_changes_to_everything_drop_everything() {
		let mut answers = kept();
		let epoch = answers.epoch();
		assert_eq!(answers.advance(head(6), None), Advance::DroppedAll(3));
		assert_ne!(answers.epoch(), epoch);
		let mut answers = kept();
		let everything = Some(AccessChanges::Everything { code_changed: false });
		assert_eq!(answers.advance(head(6), everything), Advance::DroppedAll(3));
		assert!(!is_kept(&mut answers, head(6), EVE, CHARLIE));
	}

	#[test]
	fn new_code_drops_everything_in_its_block_and_the_next() {
		let mut answers = kept();
		let new_code = Some(AccessChanges::Everything { code_changed: true });
		assert_eq!(answers.advance(head(6), new_code), Advance::DroppedAll(3));
		answers
			.cell(head(6), &account(DAVE), &account(CHARLIE), 7, 1)
			.unwrap()
			.set(held(None))
			.unwrap();
		// The migrations' block: its events name nobody, but everything goes.
		assert_eq!(answers.advance(head(7), only(&[], &[])), Advance::DroppedAll(1));
		answers
			.cell(head(7), &account(DAVE), &account(CHARLIE), 7, 1)
			.unwrap()
			.set(held(None))
			.unwrap();
		assert_eq!(answers.advance(head(8), only(&[], &[])), Advance::Dropped(0));
	}

	#[test]
	fn only_a_child_of_the_kept_head_follows_it() {
		let answers = kept();
		assert!(answers.follows(&head(6), head(5).hash));
		// Another block 6, or a block further on.
		assert!(!answers.follows(&head(6), H256::repeat_byte(0xaa)));
		assert!(!answers.follows(&head(7), head(5).hash));
		assert!(!Answers::default().follows(&head(6), head(5).hash));
	}

	#[test]
	fn an_answer_is_not_used_past_the_block_it_holds_through() {
		let mut answers = Answers::default();
		answers.advance(head(5), None);
		let cell = answers.cell(head(5), &account(DAVE), &account(CHARLIE), 7, 1).unwrap();
		cell.set(held(Some(6))).unwrap();
		answers.advance(head(6), only(&[], &[]));
		assert!(is_kept(&mut answers, head(6), DAVE, CHARLIE));
		answers.advance(head(7), only(&[], &[]));
		assert!(!is_kept(&mut answers, head(7), DAVE, CHARLIE), "replaced by a cell to fill");
		assert_eq!(answers.len(), 1);
	}

	#[test]
	fn questions_asked_at_another_head_are_not_kept() {
		let mut answers = kept();
		assert!(answers.cell(head(6), &account(DAVE), &account(CHARLIE), 7, 1).is_none());
		answers.forget();
		assert!(answers.cell(head(5), &account(DAVE), &account(CHARLIE), 7, 1).is_none());
		assert_eq!(answers.len(), 0);
	}

	#[test]
	fn past_the_bound_every_answer_is_dropped() {
		let mut answers = Answers::default();
		answers.advance(head(5), None);
		for n in 0..MAX_ANSWERS as u64 {
			answers.cell(head(5), &account(DAVE), &account(CHARLIE), n, 1).unwrap();
		}
		assert_eq!(answers.len(), MAX_ANSWERS);
		answers.cell(head(5), &account(DAVE), &account(CHARLIE), u64::MAX, 1).unwrap();
		assert_eq!(answers.len(), 1);
	}
}
