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
//!
//! What a block drops is asked again at that block before it is adopted ([`Answers::to_ask_again`],
//! [`Answers::fill`]): the patients a block names are often the ones asked about most (a
//! patient who revokes a grant is using MedRec), and their requests would otherwise each wait
//! for the chain in the moments after the block. Until then requests are answered at the
//! block before, as they are while its access changes are asked.

use crate::{chain::Head, AccountId};
use medrec_primitives::{
	access::Denial,
	api::{AccessChanges, Authorization},
	records::PointerId,
	BlockNumber,
};
use polkadot_sdk::sp_core::H256;
use std::{
	collections::{BTreeMap, HashMap, HashSet},
	sync::Arc,
};
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

/// A question the chain is asked again at a new head: `requester`'s about `patient`'s
/// `pointer` and `fields` (`FieldSet` bits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
	pub patient: AccountId,
	pub requester: AccountId,
	pub pointer: PointerId,
	pub fields: u64,
}

/// At most this many answers are kept; past it, all are dropped (and asked again as needed).
/// An entry is a few hundred bytes: tens of megabytes at most.
pub const MAX_ANSWERS: usize = 200_000;

/// The answers that hold at `head`, by patient, with what finds the few a block drops without
/// passing over all of them (a hospital keeps tens of thousands, under the lock every request
/// takes): the patients each requester asked about, and the answers that end by time.
#[derive(Default)]
pub struct Answers {
	head: Option<Head>,
	by_patient: HashMap<AccountId, HashMap<Question, Cell>>,
	len: usize,
	/// The patients each requester has a kept question about.
	by_viewer: HashMap<AccountId, HashSet<AccountId>>,
	/// Answers kept that end by time, by the last block they hold through. Dropped with their
	/// answers; one replaced (it ended) is dropped with its block at the next head.
	ends: BTreeMap<BlockNumber, HashSet<(AccountId, Question)>>,
	/// Cells handed out and not yet sorted into `ends`: they are answered outside the lock, so
	/// when a cell ends is known only once it has been.
	unsorted: Vec<(AccountId, Question, Cell)>,
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
		self.sort_ends();
		// What ended before this block was asked again for it, or is replaced when asked.
		self.ends = self.ends.split_off(&head.number);
		let advance = match changes {
			Some(AccessChanges::Some { patients, viewers }) if !after_new_code => {
				let before = self.len;
				for patient in &patients {
					self.drop_patient(patient);
				}
				for viewer in &viewers {
					self.drop_viewer(viewer);
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

	/// Drops the answers about `patient`.
	fn drop_patient(&mut self, patient: &AccountId) {
		let Some(questions) = self.by_patient.remove(patient) else { return };
		self.len -= questions.len();
		for (question, cell) in questions {
			if let Some(patients) = self.by_viewer.get_mut(&question.0) {
				patients.remove(patient);
				if patients.is_empty() {
					self.by_viewer.remove(&question.0);
				}
			}
			self.unfile(patient.clone(), question, &cell);
		}
	}

	/// Drops the answers to `viewer`.
	fn drop_viewer(&mut self, viewer: &AccountId) {
		for patient in self.by_viewer.remove(viewer).unwrap_or_default() {
			let Some(questions) = self.by_patient.get_mut(&patient) else { continue };
			let mut dropped = Vec::new();
			questions.retain(|question, cell| {
				let keep = question.0 != *viewer;
				if !keep {
					dropped.push((question.clone(), cell.clone()));
				}
				keep
			});
			self.len -= dropped.len();
			if questions.is_empty() {
				self.by_patient.remove(&patient);
			}
			for (question, cell) in dropped {
				self.unfile(patient.clone(), question, &cell);
			}
		}
	}

	/// Takes a dropped answer out of `ends`, where it is filed if it ends by time.
	fn unfile(&mut self, patient: AccountId, question: Question, cell: &Cell) {
		let Some(Held { through: Some(through), .. }) = cell.get() else { return };
		if let Some(ending) = self.ends.get_mut(through) {
			ending.remove(&(patient, question));
			if ending.is_empty() {
				self.ends.remove(through);
			}
		}
	}

	/// Files the cells answered since the last time under the block they hold through, if
	/// they end by time; keeps those still being asked for, while they are kept.
	fn sort_ends(&mut self) {
		let unsorted = std::mem::take(&mut self.unsorted);
		for (patient, question, cell) in unsorted {
			// Dropped or replaced meanwhile: nothing to file.
			let kept = self.by_patient.get(&patient).and_then(|q| q.get(&question));
			if !kept.is_some_and(|kept| Arc::ptr_eq(kept, &cell)) {
				continue;
			}
			match cell.get() {
				Some(Held { through: Some(through), .. }) => {
					self.ends.entry(*through).or_default().insert((patient, question));
				},
				Some(Held { through: None, .. }) => {},
				None => self.unsorted.push((patient, question, cell)),
			}
		}
	}

	/// Forgets every answer and the head (the connection is gone).
	pub fn forget(&mut self) {
		self.clear();
		self.head = None;
		self.code_changed = false;
	}

	/// The questions kept at the head whose answers a child block with `changes` at `number`
	/// drops, or that end by time at it (held through the head's block, not `number`), at most
	/// `limit`: to ask again at that block and [`fill`](Self::fill) once it is adopted. None
	/// when the block changes everything, or follows new code (its answers are asked on
	/// demand, see `advance`). An answer that ended at an earlier block and was not asked
	/// again then is asked when a request needs it.
	///
	/// Costs what the block names and what ends at it, not what is kept.
	pub fn to_ask_again(
		&mut self,
		changes: &AccessChanges<AccountId>,
		number: BlockNumber,
		limit: usize,
	) -> Vec<Asked> {
		let AccessChanges::Some { patients, viewers } = changes else { return Vec::new() };
		if self.code_changed {
			return Vec::new();
		}
		self.sort_ends();
		let questions_of = |patient| {
			self.by_patient
				.get_key_value(patient)
				.into_iter()
				.flat_map(|(patient, questions)| {
					questions.iter().map(move |(question, cell)| (patient, question, cell))
				})
		};
		let about_patients = patients.iter().flat_map(questions_of);
		let to_viewers = viewers.iter().flat_map(|viewer| {
			self.by_viewer
				.get(viewer)
				.into_iter()
				.flatten()
				.flat_map(questions_of)
				.filter(move |(_, (requester, ..), _)| requester == viewer)
		});
		// Held through the block before, and no further.
		let last = number.checked_sub(1);
		let ended = last
			.and_then(|last| self.ends.get(&last))
			.into_iter()
			.flatten()
			.filter_map(|(patient, question)| {
				let (patient, questions) = self.by_patient.get_key_value(patient)?;
				let (question, cell) = questions.get_key_value(question)?;
				Some((patient, question, cell))
			})
			.filter(|(.., cell)| cell.get().is_some_and(|held| held.through == last));
		let mut seen = HashSet::new();
		about_patients
			.chain(to_viewers)
			.chain(ended)
			.filter(|(patient, question, _)| seen.insert((*patient, *question)))
			.take(limit)
			.map(|(patient, (requester, pointer, fields), _)| Asked {
				patient: patient.clone(),
				requester: requester.clone(),
				pointer: *pointer,
				fields: *fields,
			})
			.collect()
	}

	/// Keeps `answered`, the chain's answers at `head`, if the answers are at `head` (it was
	/// adopted, and nothing moved on since).
	pub fn fill(&mut self, head: Head, answered: Vec<(Asked, Held)>) {
		if self.head != Some(head) {
			return;
		}
		for (asked, held) in answered {
			if !held.holds_at(head.number) {
				continue;
			}
			if let Some(cell) =
				self.cell(head, &asked.requester, &asked.patient, asked.pointer, asked.fields)
			{
				// A request may have asked meanwhile (its answer is the same block's).
				let _ = cell.set(held);
			}
		}
	}

	fn clear(&mut self) -> Advance {
		let dropped = std::mem::take(&mut self.len);
		self.by_patient.clear();
		self.by_viewer.clear();
		self.ends.clear();
		self.unsorted.clear();
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
			.insert(question.clone(), cell.clone());
		if replaced.is_none() {
			self.len += 1;
			self.by_viewer.entry(requester.clone()).or_default().insert(patient.clone());
		}
		self.unsorted.push((patient.clone(), question, cell.clone()));
		Some(cell)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use polkadot_sdk::sp_crypto_hashing::blake2_256;

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

	fn byte_of(account: &AccountId) -> u8 {
		AsRef::<[u8; 32]>::as_ref(account)[0]
	}

	fn asked(requester: u8, patient: u8) -> Asked {
		Asked { patient: account(patient), requester: account(requester), pointer: 7, fields: 1 }
	}

	/// `to_ask_again`'s questions, as (requester, patient), sorted.
	fn to_ask_again(
		answers: &mut Answers,
		changes: Option<AccessChanges<AccountId>>,
	) -> Vec<(u8, u8)> {
		let changes = changes.expect("changes");
		let mut asked: Vec<(u8, u8)> = answers
			.to_ask_again(&changes, 6, 100)
			.into_iter()
			.map(|a| (byte_of(&a.requester), byte_of(&a.patient)))
			.collect();
		asked.sort();
		asked
	}

	#[test]
	fn what_a_block_drops_is_what_is_asked_again() {
		let mut answers = kept();
		assert_eq!(to_ask_again(&mut answers, only(&[], &[])), []);
		assert_eq!(
			to_ask_again(&mut answers, only(&[CHARLIE], &[])),
			[(DAVE, CHARLIE), (EVE, CHARLIE)]
		);
		assert_eq!(
			to_ask_again(&mut answers, only(&[], &[DAVE])),
			[(DAVE, CHARLIE), (DAVE, FERDIE)]
		);
		assert_eq!(
			to_ask_again(&mut answers, only(&[FERDIE], &[EVE])),
			[(DAVE, FERDIE), (EVE, CHARLIE)]
		);
		assert_eq!(answers.to_ask_again(&only(&[CHARLIE], &[DAVE]).unwrap(), 6, 2).len(), 2);
	}

	#[test]
	fn an_answer_that_ends_by_time_is_asked_again_at_the_block_it_ends_before() {
		let mut answers = Answers::default();
		answers.advance(head(5), None);
		let cell = answers.cell(head(5), &account(DAVE), &account(CHARLIE), 7, 1).unwrap();
		cell.set(held(Some(5))).unwrap();
		assert_eq!(to_ask_again(&mut answers, only(&[], &[])), [(DAVE, CHARLIE)]);
		let through_6 = answers.cell(head(5), &account(EVE), &account(CHARLIE), 7, 1).unwrap();
		through_6.set(held(Some(6))).unwrap();
		assert_eq!(
			to_ask_again(&mut answers, only(&[], &[])),
			[(DAVE, CHARLIE)],
			"Eve's holds at 6"
		);
	}

	#[test]
	fn nothing_is_asked_again_when_a_block_changes_everything_or_follows_new_code() {
		let mut answers = kept();
		let everything = AccessChanges::Everything { code_changed: false };
		assert_eq!(answers.to_ask_again(&everything, 6, 100), []);
		answers.advance(head(6), Some(AccessChanges::Everything { code_changed: true }));
		answers.cell(head(6), &account(DAVE), &account(CHARLIE), 7, 1).unwrap();
		// The block after new code runs its migrations: answers at it are asked on demand.
		assert_eq!(answers.to_ask_again(&only(&[CHARLIE], &[]).unwrap(), 7, 100), []);
	}

	#[test]
	fn answers_asked_again_at_a_new_head_are_kept_there_and_nowhere_else() {
		let mut answers = kept();
		let asked_again = answers.to_ask_again(&only(&[CHARLIE], &[]).unwrap(), 6, 100);
		let revoked = Held { answer: Err(Denial::NoGrant), through: None };
		let answered: Vec<_> = asked_again.into_iter().map(|a| (a, revoked.clone())).collect();
		// Not adopted yet: nothing is kept at block 6.
		answers.fill(head(6), answered.clone());
		assert!(is_kept(&mut answers, head(5), DAVE, CHARLIE), "the old answer stays at 5");
		answers.advance(head(6), only(&[CHARLIE], &[]));
		answers.fill(head(6), answered);
		for requester in [DAVE, EVE] {
			let cell = answers.cell(head(6), &account(requester), &account(CHARLIE), 7, 1).unwrap();
			assert_eq!(cell.get(), Some(&revoked), "answered without asking the chain");
		}
		assert!(is_kept(&mut answers, head(6), DAVE, FERDIE));
		assert_eq!(answers.len(), 3);
		// An answer that no longer holds at the head is not kept.
		let mut answers = kept();
		answers.advance(head(6), only(&[CHARLIE], &[]));
		answers.fill(head(6), vec![(asked(DAVE, CHARLIE), held(Some(5)))]);
		assert!(!is_kept(&mut answers, head(6), DAVE, CHARLIE));
	}

	/// What is asked again, found through the indexes, is what a pass over every kept answer
	/// finds, whatever was asked, answered (ending by time or not), dropped and asked anew:
	/// random histories checked against that pass.
	#[test]
	fn what_is_asked_again_is_every_kept_answer_the_block_drops_or_ends() {
		let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
		let mut random = move |below: u64| {
			seed ^= seed << 13;
			seed ^= seed >> 7;
			seed ^= seed << 17;
			seed % below
		};
		for _history in 0..200 {
			let mut answers = Answers::default();
			answers.advance(head(1), None);
			for number in 2..12 {
				let at = head(number - 1);
				for _ in 0..random(12) {
					let (requester, patient) = (10 + random(4) as u8, 20 + random(5) as u8);
					let cell = answers
						.cell(at, &account(requester), &account(patient), random(3), 1)
						.expect("at the head");
					match random(3) {
						0 => {},
						1 => drop(cell.set(held(None))),
						_ => drop(cell.set(held(Some(at.number + random(3) as u32)))),
					}
				}
				let names = |first: u64, count: u64, random: &mut dyn FnMut(u64) -> u64| {
					(0..random(3)).map(|_| account((first + random(count)) as u8)).collect()
				};
				let changes = AccessChanges::Some {
					patients: names(20, 5, &mut random),
					viewers: names(10, 4, &mut random),
				};
				let expected = every_answer_dropped_or_ended(&answers, &changes, number);
				let mut found: Vec<_> = answers
					.to_ask_again(&changes, number, usize::MAX)
					.into_iter()
					.map(|a| (a.patient, a.requester, a.pointer))
					.collect();
				found.sort();
				assert_eq!(found, expected, "at block {number}");
				answers.advance(head(number), Some(changes));
				// What is filed as ending is kept, and ends there: nothing dropped lingers.
				for (through, ending) in &answers.ends {
					for (patient, question) in ending {
						let kept = answers.by_patient.get(patient).and_then(|q| q.get(question));
						let held = kept.and_then(|cell| cell.get()).and_then(|held| held.through);
						assert_eq!(held, Some(*through), "at block {number}");
					}
				}
			}
		}
	}

	/// The answers a child block at `number` with `changes` drops or ends, by passing over
	/// every one: (patient, requester, pointer), sorted. One that ended before the head was
	/// due at an earlier block; unless asked again then, it is asked when a request needs it.
	fn every_answer_dropped_or_ended(
		answers: &Answers,
		changes: &AccessChanges<AccountId>,
		number: BlockNumber,
	) -> Vec<(AccountId, AccountId, PointerId)> {
		let AccessChanges::Some { patients, viewers } = changes else { return Vec::new() };
		let mut all: Vec<_> = answers
			.by_patient
			.iter()
			.flat_map(|(patient, questions)| questions.iter().map(move |q| (patient, q)))
			.filter(|(patient, ((requester, ..), cell))| {
				patients.contains(patient)
					|| viewers.contains(requester)
					|| cell
						.get()
						.is_some_and(|held| held.holds_at(number - 1) && !held.holds_at(number))
			})
			.map(|(patient, ((requester, pointer, _), _))| {
				(patient.clone(), requester.clone(), *pointer)
			})
			.collect();
		all.sort();
		all
	}

	/// A block that names one patient and one viewer costs a look at their answers, however
	/// many others are kept: the answers' lock is held meanwhile, and every request takes it.
	/// (A pass over 100,000 answers takes tens of milliseconds in a test build.)
	#[test]
	fn a_block_costs_what_it_names_not_what_is_kept() {
		let mut answers = Answers::default();
		answers.advance(head(5), None);
		for n in 0..100_000u32 {
			let patient = AccountId::new(blake2_256(&n.to_le_bytes()));
			let requester = account((n % 200) as u8);
			let cell = answers.cell(head(5), &requester, &patient, u64::from(n), 1).unwrap();
			cell.set(held(None)).unwrap();
		}
		let named = AccountId::new(blake2_256(&7u32.to_le_bytes()));
		let changes = AccessChanges::Some { patients: vec![named], viewers: vec![account(201)] };
		// Once to sort what was answered since the last head, as the head before would have.
		answers.to_ask_again(&changes, 6, 256);
		let started = std::time::Instant::now();
		let asked = answers.to_ask_again(&changes, 6, 256);
		let advance = answers.advance(head(6), Some(changes));
		let took = started.elapsed();
		assert_eq!((asked.len(), advance), (1, Advance::Dropped(1)));
		assert!(took < std::time::Duration::from_millis(2), "took {took:?}");
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
