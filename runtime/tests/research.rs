//! Research mining on the real runtime: blocks are initialized with Aura pre-runtime digests,
//! the authorship pallet finds their authors among the session's collators, and the research
//! pallet credits the researcher bound to one of them; the credits buy an aggregate request,
//! whose below-floor answer is refused.

use codec::Encode;
use medrec_primitives::api::runtime_decl_for_med_rec_api::MedRecApiV4;
use medrec_runtime::{
	genesis_config_presets::preset_storage, AccountId, Authorship, Block, BlockNumber, Executive,
	Header, Registrar, Research, Runtime, RuntimeOrigin, Session, System,
};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, traits::Hooks},
	sp_consensus_aura::{Slot, AURA_ENGINE_ID},
	sp_core::H256,
	sp_genesis_builder::DEV_RUNTIME_PRESET,
	sp_io::TestExternalities,
	sp_keyring::Sr25519Keyring::{Alice, Charlie, Dave},
	sp_runtime::{traits::Header as _, Digest, DigestItem},
};

/// Initializes block `number` as authored in Aura slot `slot`, running every pallet's
/// `on_initialize`, and returns its author. (Finalizing a parachain block needs the relay
/// chain's validation data; only the authorship pallet's `on_finalize`, which forgets the
/// author, is run.)
fn author_block(number: BlockNumber, slot: u64) -> AccountId {
	let digest =
		Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode())] };
	let parent = System::parent_hash();
	Executive::initialize_block(&Header::new(number, H256::zero(), H256::zero(), parent, digest));
	let author = Authorship::author().expect("the digest names an author");
	<Authorship as Hooks<BlockNumber>>::on_finalize(number);
	author
}

fn credits(who: AccountId) -> u64 {
	<Runtime as MedRecApiV4<Block, AccountId, BlockNumber>>::research_credits(who)
}

#[test]
fn a_researchers_collator_earns_credits_as_it_authors_blocks() {
	let mut ext = TestExternalities::new(preset_storage(DEV_RUNTIME_PRESET).expect("dev preset"));
	ext.execute_with(|| {
		System::set_block_number(1);
		let (researcher, collator) = (Dave.to_account_id(), Alice.to_account_id());
		assert_ok!(Registrar::admit(RuntimeOrigin::root(), researcher.clone(), 2));
		assert_ok!(Research::bind_collator(
			RuntimeOrigin::signed(collator.clone()),
			researcher.clone()
		));
		// Twenty blocks, slots 100..120: Aura assigns slot s to the session's collator s mod 2.
		let mut by_alice = 0;
		for (number, slot) in (2..22).zip(100u64..) {
			let author = author_block(number, slot);
			assert_eq!(author, Session::validators()[(slot % 2) as usize]);
			if author == collator {
				by_alice += 1;
			}
		}
		// The dev chain has two collators, Alice and Bob, taking turns.
		assert_eq!(by_alice, 10);
		let per_block = Research::parameters().credits_per_block;
		assert_eq!(credits(researcher.clone()), by_alice * per_block);
		assert_eq!(pallet_research::Minted::<Runtime>::get(), by_alice * per_block);

		// 100 credits buy one answer (the default cost) from Charlie's clinic, which refuses to
		// answer below the floor and answers at it.
		let clinic = Charlie.to_account_id();
		assert_ok!(Registrar::admit(RuntimeOrigin::root(), clinic.clone(), 1));
		assert_ok!(Research::request_aggregate(
			RuntimeOrigin::signed(researcher.clone()),
			7,
			H256::repeat_byte(1),
			vec![clinic.clone()],
			10,
		));
		assert_noop!(
			Research::answer_request(
				RuntimeOrigin::signed(clinic.clone()),
				0,
				H256::repeat_byte(2),
				9
			),
			pallet_research::Error::<Runtime>::CohortTooSmall
		);
		assert_ok!(Research::answer_request(
			RuntimeOrigin::signed(clinic),
			0,
			H256::repeat_byte(2),
			10
		));
		assert_eq!(credits(researcher), 0);
	});
}
