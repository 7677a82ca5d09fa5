//! Random, well-typed sequences of calls against the real runtime (issue #19).
//!
//! From a seed, on the development genesis, block after block: initialize the block as a
//! collator authors it, dispatch a random number of calls of every MedRec pallet and of the
//! proxy, utility, collective and recovery pallets, each with its origin (an account of a small
//! pool, root or the consortium), most through the runtime's dispatch and some as signed
//! transactions through `Executive::apply_extrinsic` (fees, nonces, weights), then finish the
//! block and check
//! - every pallet's `try_state`,
//! - that every deposit a MedRec pallet holds is recorded and every recorded one held
//!   ([`ledger`]),
//! - and that no call or hook panicked.
//!
//! A failure names the seed, the block and the calls that led to it. The arguments come from
//! the chain's state (see [`medrec`] and [`frame`]), so that most calls do something.
//!
//! Run with `cargo test -p medrec-runtime --features try-runtime --test fuzz`: a fixed seed
//! and a fresh one, a few seconds each. `scripts/fuzz-runtime.sh` runs longer. Settings:
//! - `MEDREC_FUZZ_SEED`: the fresh run's seed (default: from the clock; printed either way),
//! - `MEDREC_FUZZ_BLOCKS`: how many blocks it runs (default 40),
//! - `MEDREC_FUZZ_SECONDS`: run for this long instead,
//! - `MEDREC_FUZZ_VERBOSE=1`: a table of every call's outcomes and errors at the end,
//! - `MEDREC_FUZZ_TRACE=1`: print every call as it is made.
//!
//! A failure report names the settings that replay the run up to the failing block.
//!
//! What is not run: a parachain block's finalization needs the relay chain's validation data
//! inherent, so `ParachainSystem`'s `on_finalize` is left out (every other pallet's hooks run,
//! `on_idle` included); blocks are not sealed or imported (no storage root).

#[path = "../common/mod.rs"]
mod common;
mod frame;
mod ledger;
mod medrec;
mod rng;
mod world;

use medrec_runtime::{
	AccountId, AllPalletsWithSystem, AuraExt, Authorship, Balances, BlockNumber, CollatorSelection,
	Consortium, ConsortiumMembership, ConsortiumRoot, CumulusXcm, Executive, MessageQueue,
	ParachainInfo, Permissions, PolkadotXcm, Proxy, Recovery, Registrar, Relationships, Research,
	Runtime, RuntimeCall, RuntimeError, RuntimeEvent, RuntimeOrigin, Session, Sudo, System,
	Timestamp, TransactionPayment, Utility, WeightReclaim, XcmpQueue, SLOT_DURATION,
};
use pallet_registrar::Role;
use polkadot_sdk::{
	frame_support::{
		traits::{
			GetCallMetadata, GetCallName, OnFinalize, OnIdle, PalletsInfoAccess, TryState,
			TryStateSelect,
		},
		weights::Weight,
	},
	sp_runtime::{
		traits::Dispatchable, transaction_validity::TransactionValidityError, DispatchError,
	},
	*,
};
use rng::Rng;
use std::{
	collections::{BTreeMap, VecDeque},
	fmt::Write as _,
	panic::{catch_unwind, AssertUnwindSafe},
	time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};
use world::{Action, Caller, World};

/// The seed of the run every test run repeats: a regression found once stays found.
const FIXED_SEED: u64 = 19;

/// Blocks of a run when no budget is set: about 3,000 calls, ten seconds of a debug build.
const DEFAULT_BLOCKS: u32 = 40;

/// The most calls in one block.
const MAX_CALLS_PER_BLOCK: u64 = 160;

/// One call in this many goes through `Executive::apply_extrinsic` as a signed transaction
/// (when its caller is a pool account): slower (a signature made and checked), it adds what
/// dispatch alone skips — nonce, fees, block weight.
const TRANSACTION_ONE_IN: u64 = 16;

/// How many of the latest calls a failure report lists.
const HISTORY: usize = 300;

/// Every pallet's `on_finalize` but `ParachainSystem`'s, which needs the relay chain's
/// validation data inherent. `finalizes_every_pallet_but_parachain_system` keeps it whole.
type FinalizedHere = (
	(System, Timestamp, ParachainInfo, WeightReclaim, Balances, TransactionPayment, Consortium),
	(ConsortiumMembership, Sudo, ConsortiumRoot, Authorship, CollatorSelection, Session),
	(medrec_runtime::Aura, AuraExt, medrec_runtime::AuthorityDiscovery, XcmpQueue, PolkadotXcm),
	(CumulusXcm, MessageQueue, Utility, Proxy, Recovery),
	(Registrar, Relationships, Permissions, Research),
);

#[test]
fn finalizes_every_pallet_but_parachain_system() {
	assert_eq!(
		<FinalizedHere as PalletsInfoAccess>::count() + 1,
		<AllPalletsWithSystem as PalletsInfoAccess>::count(),
		"a pallet was added to the runtime: add it to `FinalizedHere`",
	);
}

#[test]
fn random_calls_from_a_fixed_seed_keep_every_invariant() {
	let report = run(FIXED_SEED, Budget::Blocks(DEFAULT_BLOCKS));
	report.print(false);
	report.assert_meaningful();
}

#[test]
fn random_calls_from_a_fresh_seed_keep_every_invariant() {
	let seed = env("MEDREC_FUZZ_SEED").unwrap_or_else(fresh_seed);
	let budget = match (env("MEDREC_FUZZ_SECONDS"), env("MEDREC_FUZZ_BLOCKS")) {
		(Some(seconds), _) => Budget::Seconds(seconds),
		(None, Some(blocks)) => Budget::Blocks(blocks as u32),
		(None, None) => Budget::Blocks(DEFAULT_BLOCKS),
	};
	let report = run(seed, budget);
	report.print(std::env::var_os("MEDREC_FUZZ_VERBOSE").is_some());
	report.assert_meaningful();
}

fn env(name: &str) -> Option<u64> {
	let value = std::env::var(name).ok()?;
	Some(value.parse().unwrap_or_else(|_| panic!("{name}={value} is not a number")))
}

fn fresh_seed() -> u64 {
	let nanos = SystemTime::now().duration_since(UNIX_EPOCH).expect("after 1970").as_nanos();
	// Folded into 64 bits and mixed, so that seeds of runs started close together differ
	// everywhere.
	Rng::new(nanos as u64 ^ (nanos >> 64) as u64).next_u64()
}

/// How long a run lasts.
#[derive(Clone, Copy, Debug)]
enum Budget {
	Blocks(u32),
	Seconds(u64),
}

/// What a dispatch came to.
#[derive(Clone, Debug)]
enum Outcome {
	Ok,
	/// Dispatched and refused: the call's error, its changes rolled back.
	Failed(DispatchError),
	/// Not included: the transaction was invalid (a nonce, a fee it could not pay).
	Invalid(TransactionValidityError),
}

/// The outcomes of one call (`pallet::call`).
#[derive(Default)]
struct Tally {
	ok: u64,
	failed: u64,
	invalid: u64,
	/// Calls a wrapper (proxy, batch, motion, recovered account) dispatched, and how many of
	/// them succeeded.
	inner: u64,
	inner_ok: u64,
	errors: BTreeMap<String, u64>,
}

struct Report {
	seed: u64,
	blocks: u32,
	transactions: u64,
	elapsed: Duration,
	/// Time spent choosing calls (reading the state for their arguments) and checking
	/// invariants; the rest is the runtime's.
	generating: Duration,
	checking: Duration,
	tallies: BTreeMap<(&'static str, &'static str), Tally>,
}

/// The MedRec pallets' calls, by pallet.
fn medrec_calls() -> Vec<(&'static str, &'static str)> {
	let named = |pallet, names: &'static [&'static str]| names.iter().map(move |n| (pallet, *n));
	named("Registrar", pallet_registrar::Call::<Runtime>::get_call_names())
		.chain(named("Relationships", pallet_relationships::Call::<Runtime>::get_call_names()))
		.chain(named("Permissions", pallet_permissions::Call::<Runtime>::get_call_names()))
		.chain(named("Research", pallet_research::Call::<Runtime>::get_call_names()))
		.collect()
}

impl Report {
	fn calls(&self) -> u64 {
		self.tallies.values().map(|t| t.ok + t.failed + t.invalid).sum()
	}

	fn succeeded(&self) -> u64 {
		self.tallies.values().map(|t| t.ok).sum()
	}

	fn never_succeeded(
		&self,
		calls: &[(&'static str, &'static str)],
	) -> Vec<(&'static str, &'static str)> {
		calls
			.iter()
			.filter(|c| self.tallies.get(*c).is_none_or(|t| t.ok == 0))
			.copied()
			.collect()
	}

	/// The tallies of each pallet's calls together.
	fn pallets(&self) -> BTreeMap<&'static str, Tally> {
		let mut pallets: BTreeMap<&str, Tally> = BTreeMap::new();
		for ((pallet, _), t) in &self.tallies {
			let p = pallets.entry(pallet).or_default();
			p.ok += t.ok;
			p.failed += t.failed;
			p.invalid += t.invalid;
			p.inner += t.inner;
			p.inner_ok += t.inner_ok;
		}
		pallets
	}

	/// Fails when the generators stopped making calls that do something: a harness whose calls
	/// are refused at their first check tests nothing. Four in ten calls succeed at least, and
	/// three in ten of each MedRec pallet's (about six in ten do).
	fn assert_meaningful(&self) {
		let share = |t: &Tally| t.ok as f64 / (t.ok + t.failed + t.invalid).max(1) as f64;
		let all = Tally {
			ok: self.succeeded(),
			failed: self.calls() - self.succeeded(),
			..Default::default()
		};
		assert!(
			share(&all) >= 0.4,
			"seed {}: only {:.0}% of the calls succeeded",
			self.seed,
			share(&all) * 100.0
		);
		for (pallet, t) in self.pallets() {
			if matches!(pallet, "Registrar" | "Relationships" | "Permissions" | "Research") {
				assert!(
					share(&t) >= 0.3,
					"seed {}: only {:.0}% of the {pallet} calls succeeded",
					self.seed,
					share(&t) * 100.0
				);
			}
		}
	}

	fn print(&self, every_call: bool) {
		let calls = self.calls();
		let seconds = self.elapsed.as_secs_f64();
		println!(
			"fuzz: seed {}: {} blocks, {} calls ({} as signed transactions) in {:.1} s: \
			 {:.0} calls/s; {:.0}% of the time choosing calls, {:.0}% checking invariants",
			self.seed,
			self.blocks,
			calls,
			self.transactions,
			seconds,
			calls as f64 / seconds.max(1e-9),
			100.0 * self.generating.as_secs_f64() / seconds.max(1e-9),
			100.0 * self.checking.as_secs_f64() / seconds.max(1e-9),
		);
		let percent = |part: u64, all: u64| 100.0 * part as f64 / all.max(1) as f64;
		println!(
			"fuzz: {} succeeded ({:.0}%), {} refused with a dispatch error, {} invalid \
			 transactions",
			self.succeeded(),
			percent(self.succeeded(), calls),
			self.tallies.values().map(|t| t.failed).sum::<u64>(),
			self.tallies.values().map(|t| t.invalid).sum::<u64>(),
		);
		let pallets = self.pallets();
		println!(
			"fuzz: {:<16} {:>8} {:>9}   inner calls succeeded",
			"pallet", "calls", "succeeded"
		);
		for (pallet, t) in &pallets {
			let all = t.ok + t.failed + t.invalid;
			let inner = if t.inner > 0 {
				format!("{:>6.0}% of {}", percent(t.inner_ok, t.inner), t.inner)
			} else {
				String::new()
			};
			println!("fuzz: {pallet:<16} {all:>8} {:>8.0}%   {inner}", percent(t.ok, all));
		}
		let never = self.never_succeeded(&medrec_calls());
		if !never.is_empty() {
			println!("fuzz: MedRec calls that never succeeded: {never:?}");
		}
		if every_call {
			for ((pallet, call), t) in &self.tallies {
				let all = t.ok + t.failed + t.invalid;
				let mut errors: Vec<_> = t.errors.iter().collect();
				errors.sort_by(|a, b| b.1.cmp(a.1));
				let errors: Vec<String> =
					errors.iter().take(4).map(|(e, n)| format!("{e} {n}")).collect();
				println!(
					"fuzz:   {:<40} {all:>7} {:>5.0}%  {}",
					format!("{pallet}::{call}"),
					percent(t.ok, all),
					errors.join(", ")
				);
			}
		}
	}
}

/// The readable name of a dispatch error: the pallet's error variant when there is one.
fn error_name(error: &DispatchError) -> String {
	match RuntimeError::from_dispatch_error(*error) {
		Some(e) => {
			let text = format!("{e:?}");
			// `Registrar(NotAProvider)` reads as `Registrar::NotAProvider`.
			text.replacen('(', "::", 1).trim_end_matches(')').to_string()
		},
		None => format!("{error:?}"),
	}
}

/// The state of one run: the chain is in the externalities it runs in.
struct Run {
	seed: u64,
	rng: Rng,
	world: World,
	history: VecDeque<(BlockNumber, Action, String)>,
	report: Report,
	trace: bool,
}

fn run(seed: u64, budget: Budget) -> Report {
	// Printed first, so that a run that dies (a panic in a hook, a timeout) can be replayed.
	println!("fuzz: seed {seed}, {budget:?} (replay: MEDREC_FUZZ_SEED={seed})");
	let mut ext = common::dev_chain();
	ext.execute_with(|| {
		let mut run = Run {
			seed,
			rng: Rng::new(seed),
			world: World::new(),
			history: VecDeque::with_capacity(HISTORY),
			report: Report {
				seed,
				blocks: 0,
				transactions: 0,
				elapsed: Duration::ZERO,
				generating: Duration::ZERO,
				checking: Duration::ZERO,
				tallies: BTreeMap::new(),
			},
			trace: std::env::var_os("MEDREC_FUZZ_TRACE").is_some(),
		};
		run.cast();
		let started = Instant::now();
		for number in 2.. {
			let done = match budget {
				Budget::Blocks(blocks) => number > blocks + 1,
				Budget::Seconds(seconds) => started.elapsed().as_secs() >= seconds,
			};
			if done {
				break;
			}
			run.block(number);
			run.report.blocks += 1;
		}
		run.report.elapsed = started.elapsed();
		run.report
	})
}

impl Run {
	/// Block 1: the roles the first blocks' calls need, so that they interact from the start
	/// (the calls admit, suspend and rotate from then on). Charlie, Dave and AliceStash are
	/// providers, Eve and BobStash researchers; Dave, Ferdie and four stash accounts patients;
	/// Alice's collator account mines for Eve; Charlie is certified for emergencies; the
	/// research floor is one patient and requests expire within a run.
	fn cast(&mut self) {
		use polkadot_sdk::sp_keyring::Sr25519Keyring::*;
		let root = |call: RuntimeCall| {
			call.dispatch(RuntimeOrigin::root()).expect("root sets up the cast");
		};
		for (who, role) in [
			(Charlie, Role::Provider),
			(Dave, Role::Provider),
			(AliceStash, Role::Provider),
			(Eve, Role::Researcher),
			(BobStash, Role::Researcher),
		] {
			root(pallet_registrar::Call::admit { who: who.to_account_id(), role }.into());
		}
		for who in [Dave, Ferdie, CharlieStash, DaveStash, EveStash, FerdieStash] {
			Registrar::register_patient(common::signed(who)).expect("a funded account registers");
		}
		Research::bind_collator(common::signed(Alice), Eve.to_account_id())
			.expect("a collator binds to a researcher");
		root(
			pallet_permissions::Call::certify_emergency {
				provider: Charlie.to_account_id(),
				certified: true,
			}
			.into(),
		);
		let parameters = pallet_research::Parameters {
			credits_per_block: 10,
			request_cost: 10,
			min_cohort_floor: 1,
			request_lifetime: 20,
		};
		root(pallet_research::Call::set_parameters { parameters }.into());
	}

	/// Block `number`: initialized, filled with calls, finished, checked.
	fn block(&mut self, number: BlockNumber) {
		self.world.rebalance();
		let slot = u64::from(number);
		self.guarded(number, "initializing the block", || {
			common::start_block(number, slot);
			// The timestamp inherent, which Aura checks against the slot.
			Timestamp::set(RuntimeOrigin::none(), slot * SLOT_DURATION)
				.expect("the slot's time is after the last");
		});
		for _ in 0..self.rng.between(0, MAX_CALLS_PER_BLOCK) {
			let generating = Instant::now();
			let action = self.generate();
			self.report.generating += generating.elapsed();
			self.execute(number, action);
		}
		// Most calls are dispatched without being charged to the block, which would leave it
		// nearly all its weight for idle work. A real block's spare weight depends on how full
		// it is: none, a little (a few of an ended relationship's pointers), or most of it.
		let limits = <Runtime as frame_system::Config>::BlockWeights::get();
		let spare = limits.max_block.saturating_sub(System::block_weight().total());
		let spare = match self.rng.below(3) {
			0 => Weight::zero(),
			1 => spare / 1000,
			_ => spare,
		};
		self.guarded(number, "finishing the block", || {
			<AllPalletsWithSystem as OnIdle<BlockNumber>>::on_idle(number, spare);
			<FinalizedHere as OnFinalize<BlockNumber>>::on_finalize(number);
		});
		let checking = Instant::now();
		if <AllPalletsWithSystem as TryState<BlockNumber>>::try_state(number, TryStateSelect::All)
			.is_err()
		{
			// The whole tuple reports only that something failed: ask each pallet.
			let failures: Vec<String> = <AllPalletsWithSystem as PalletsInfoAccess>::infos()
				.into_iter()
				.filter_map(|pallet| {
					let only = TryStateSelect::Only(vec![pallet.name.as_bytes().to_vec()]);
					<AllPalletsWithSystem as TryState<BlockNumber>>::try_state(number, only)
						.err()
						.map(|e| format!("{}: {e:?}", pallet.name))
				})
				.collect();
			self.fail(number, &format!("try_state failed: {}", failures.join("; ")));
		}
		if let Err(differences) = ledger::check() {
			let lines: Vec<String> = differences
				.iter()
				.map(|(who, holder, held, recorded)| {
					format!(
						"{} holds {held} for {holder:?}, which records {recorded}",
						self.world.name(who)
					)
				})
				.collect();
			self.fail(number, &format!("deposits disagree:\n  {}", lines.join("\n  ")));
		}
		self.report.checking += checking.elapsed();
	}

	/// One random call, of a pallet chosen by weight: MedRec's pallets most of the time.
	fn generate(&mut self) -> Action {
		let (rng, w) = (&mut self.rng, &self.world);
		let mut action = match rng.weighted(&[3, 4, 4, 3, 1, 1, 2, 1]) {
			0 => medrec::registrar(rng, w),
			1 => medrec::relationships(rng, w),
			2 => medrec::permissions(rng, w),
			3 => medrec::research(rng, w),
			4 => frame::proxy(rng, w),
			5 => frame::utility(rng, w),
			6 => frame::consortium(rng, w),
			_ => frame::recovery(rng, w),
		};
		// Now and then someone else makes the call: every pallet must refuse whoever may not.
		if action.caller.signer().is_some() && rng.chance(3) {
			action.caller = Caller::Signed(w.any(rng));
		}
		action
	}

	/// Dispatches `action`, records its outcome, and fails the run if it panicked.
	fn execute(&mut self, number: BlockNumber, action: Action) {
		let metadata = action.call.get_call_metadata();
		let key = (metadata.pallet_name, metadata.function_name);
		let as_transaction = self.rng.below(TRANSACTION_ONE_IN) == 0;
		let signer = action.caller.signer().and_then(|who| self.world.actor(who));
		let events_before = System::event_count();
		let dispatched = catch_unwind(AssertUnwindSafe(|| match signer {
			Some(actor) if as_transaction => {
				let nonce = System::account_nonce(&actor.account);
				let xt = common::transaction(&actor.pair, action.call.clone(), nonce);
				(
					true,
					match Executive::apply_extrinsic(xt) {
						Ok(Ok(())) => Outcome::Ok,
						Ok(Err(e)) => Outcome::Failed(e),
						Err(e) => Outcome::Invalid(e),
					},
				)
			},
			_ => (
				false,
				match action.call.clone().dispatch(action.caller.origin()) {
					Ok(_) => Outcome::Ok,
					Err(e) => Outcome::Failed(e.error),
				},
			),
		}));
		let (transaction, outcome) = match dispatched {
			Ok(done) => done,
			Err(_) => {
				self.remember(number, &action, "PANICKED".into());
				self.fail(number, &format!("the call panicked: {}", self.describe(&action)));
			},
		};
		self.report.transactions += u64::from(transaction);
		if self.trace {
			println!("fuzz: #{number} {} -> {outcome:?}", self.describe(&action));
		}
		self.remember(number, &action, format!("{outcome:?}"));
		let tally = self.report.tallies.entry(key).or_default();
		match &outcome {
			Outcome::Ok => tally.ok += 1,
			Outcome::Failed(e) => {
				tally.failed += 1;
				*tally.errors.entry(error_name(e)).or_default() += 1;
			},
			Outcome::Invalid(e) => {
				tally.invalid += 1;
				*tally.errors.entry(format!("{e:?}")).or_default() += 1;
			},
		}
		if matches!(outcome, Outcome::Ok) {
			let aftermath = aftermath(events_before);
			tally.inner += aftermath.inner;
			tally.inner_ok += aftermath.inner_ok;
			// Only registrar calls change roles, directly or inside a batch, a proxy, a motion
			// or a recovered account's call.
			if matches!(key.0, "Registrar" | "Utility" | "Proxy" | "Consortium" | "Recovery") {
				self.world.forget();
			}
			for (old, new) in aftermath.rotations {
				self.world.rotated(&old, &new);
			}
		}
	}

	fn describe(&self, action: &Action) -> String {
		let caller = match &action.caller {
			Caller::Signed(who) => self.world.name(who),
			other => format!("{other:?}"),
		};
		format!("{caller}: {}", self.world.readable(&format!("{:?}", action.call)))
	}

	/// Keeps `action` among the latest calls; they are formatted only for a failure report.
	fn remember(&mut self, number: BlockNumber, action: &Action, outcome: String) {
		if self.history.len() == HISTORY {
			self.history.pop_front();
		}
		self.history.push_back((number, action.clone(), outcome));
	}

	/// Runs `step` of block `number`, failing the run if it panics.
	fn guarded(&mut self, number: BlockNumber, what: &str, step: impl FnOnce()) {
		if catch_unwind(AssertUnwindSafe(step)).is_err() {
			self.fail(number, &format!("{what} panicked"));
		}
	}

	/// Ends the run with what went wrong, where, and the calls before it.
	fn fail(&self, number: BlockNumber, what: &str) -> ! {
		let mut report = String::new();
		let _ = writeln!(report, "fuzz run failed at block {number}: {what}");
		// Block 1 sets the cast up; the run's blocks are 2, 3, ...
		let _ = writeln!(
			report,
			"replay: MEDREC_FUZZ_SEED={} MEDREC_FUZZ_BLOCKS={} (block {number} is the last)",
			self.seed,
			number - 1
		);
		let _ = writeln!(report, "the last {} calls:", self.history.len());
		for (block, action, outcome) in &self.history {
			let _ = writeln!(report, "  #{block} {} -> {outcome}", self.describe(action));
		}
		panic!("{report}");
	}
}

/// What a successful call's events tell beyond its result.
#[derive(Default)]
struct Aftermath {
	/// Calls a wrapper dispatched, and how many succeeded.
	inner: u64,
	inner_ok: u64,
	/// Registrations moved, as (old, new).
	rotations: Vec<(AccountId, AccountId)>,
}

/// The aftermath of a call, from the events since `since`.
fn aftermath(since: u32) -> Aftermath {
	let mut found = Aftermath::default();
	let mut count = |succeeded: bool| {
		found.inner += 1;
		found.inner_ok += u64::from(succeeded);
	};
	let mut rotations = Vec::new();
	for record in System::events().into_iter().skip(since as usize) {
		match record.event {
			RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted { result }) => {
				count(result.is_ok())
			},
			RuntimeEvent::Utility(pallet_utility::Event::ItemCompleted) => count(true),
			RuntimeEvent::Utility(
				pallet_utility::Event::ItemFailed { .. }
				| pallet_utility::Event::BatchInterrupted { .. },
			) => count(false),
			RuntimeEvent::Consortium(pallet_collective::Event::Executed { result, .. }) => {
				count(result.is_ok())
			},
			RuntimeEvent::Recovery(pallet_recovery::Event::RecoveredAccountControlled {
				call_result,
				..
			}) => count(call_result.is_ok()),
			RuntimeEvent::Registrar(pallet_registrar::Event::AccountRotated { old, new }) => {
				rotations.push((old, new))
			},
			_ => {},
		}
	}
	found.rotations = rotations;
	found
}
