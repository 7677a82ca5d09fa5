//! Genesis presets: the starting state of each MedRec chain.
//!
//! - `development` (`sp_genesis_builder::DEV_RUNTIME_PRESET`): one machine, Chopsticks or `node
//!   --dev`. Well-known dev accounts (Alice … Ferdie) are funded, Alice is sudo, Alice and Bob
//!   collate, Alice, Bob and Charlie form the consortium.
//! - `local_testnet` (`sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET`): the zombienet test
//!   network, same accounts, two collators (Alice, Bob).
//! - `consortium`: the shape of a live MedRec chain. **No sudo**: privileged calls need two thirds
//!   of the consortium, root-level ones (runtime upgrades) three quarters of it
//!   (`ConsortiumRoot`) or the relay chain's governance. A consortium launching a chain edits
//!   [`CONSORTIUM`] (its member institutions' accounts, its collators' accounts and session keys,
//!   the operating funds) and [`PARA_ID`] for the para id its relay chain assigned, then
//!   regenerates the chain specs (`chain-specs/README.md`). The values committed here are the
//!   well-known development keys, so that the preset can be tested; they must never secure a
//!   live chain.
//!
//! Every preset opens block production to candidates beside its invulnerable collators:
//! [`DESIRED_CANDIDATES`] slots for a [`CANDIDACY_BOND`].

use crate::{
	xcm, AccountId, AuraId, AuthorityDiscoveryId, Balance, BalancesConfig, CollatorSelectionConfig,
	ConsortiumMembershipConfig, ParachainInfoConfig, PolkadotXcmConfig, RuntimeGenesisConfig,
	SessionConfig, SessionKeys, SudoConfig, UNIT,
};
use alloc::{vec, vec::Vec};
use polkadot_sdk::{
	cumulus_primitives_core::ParaId,
	frame_support::build_struct_json_patch,
	sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET},
	sp_keyring::Sr25519Keyring,
	*,
};
use serde_json::Value;

/// The `consortium` preset's name.
pub const CONSORTIUM_RUNTIME_PRESET: &str = "consortium";

/// The para id MedRec's chain specs use; a relay chain's registrar assigns the real one.
pub const PARA_ID: u32 = 1000;

/// XCM version to use with peers whose version is unknown.
const SAFE_XCM_VERSION: u32 = xcm::prelude::XCM_VERSION;

/// Balance of each funded dev account: a million MEDR.
const DEV_ENDOWMENT: Balance = 1_000_000 * UNIT;

/// Bond a collator candidate (outside the invulnerables) reserves while it stands: 100 MEDR,
/// in every preset.
///
/// Only members' and admitted researchers' collators may stand (`configs::collators`), so the
/// bond does not have to keep strangers out; it shows that a candidate means to run a node and
/// ranks candidates when more stand than there are slots. 100 MEDR is real next to what the
/// chain charges (a transfer's fee is about a thousandth of a MEDR, a storage deposit 0.2
/// MEDR) and reachable for an institution: a tenth of the operating funds a consortium founder
/// starts with. It is reserved, never slashed: a candidate gets it back when it leaves, or when
/// it is removed for not authoring.
pub const CANDIDACY_BOND: Balance = 100 * UNIT;

/// How many candidates collate beside the invulnerables, in every preset: four.
///
/// Enough for the first researchers' collators to mine from launch, while the consortium's
/// own collators (two in every preset) keep a third of the blocks. The consortium raises it
/// with `CollatorSelection::set_desired_candidates` as researchers join; every collator, each
/// in its turn, takes a share of the blocks, so more collators spread the research credits
/// wider.
pub const DESIRED_CANDIDATES: u32 = 4;

/// Who a chain starts with.
struct Genesis {
	/// Collators: account and session keys. They are invulnerable at genesis.
	collators: Vec<(AccountId, SessionKeys)>,
	/// The consortium's member institutions.
	consortium: Vec<AccountId>,
	/// Accounts funded at genesis, with their balances.
	endowed: Vec<(AccountId, Balance)>,
	/// The sudo key: development chains only.
	sudo: Option<AccountId>,
}

/// The consortium chain's founders. A consortium launching MedRec replaces these development
/// keys with its own (see the module docs).
struct ConsortiumFounders {
	members: &'static [Sr25519Keyring],
	collators: &'static [Sr25519Keyring],
	/// Operating funds of each member and collator (fees, deposits).
	operating_funds: Balance,
}

/// The founders the `consortium` preset is built from.
const CONSORTIUM: ConsortiumFounders = ConsortiumFounders {
	members: &[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie],
	collators: &[Sr25519Keyring::Alice, Sr25519Keyring::Bob],
	operating_funds: 1_000 * UNIT,
};

/// A collator whose account, Aura key and authority-discovery key are all `key` (development
/// keys; a live chain's collators keep their session keys apart from their accounts).
fn collator(key: Sr25519Keyring) -> (AccountId, SessionKeys) {
	let (aura, authority_discovery): (AuraId, AuthorityDiscoveryId) =
		(key.public().into(), key.public().into());
	(key.to_account_id(), SessionKeys { aura, authority_discovery })
}

fn genesis_json(genesis: Genesis) -> Value {
	let Genesis { collators, consortium, endowed, sudo } = genesis;
	let members: frame_support::BoundedVec<_, _> = consortium
		.try_into()
		.expect("presets list fewer members than ConsortiumMaxMembers; qed");
	let mut patch = build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances: endowed },
		parachain_info: ParachainInfoConfig { parachain_id: ParaId::from(PARA_ID) },
		collator_selection: CollatorSelectionConfig {
			invulnerables: collators.iter().map(|(account, _)| account.clone()).collect(),
			candidacy_bond: CANDIDACY_BOND,
			desired_candidates: DESIRED_CANDIDATES,
		},
		session: SessionConfig {
			keys: collators
				.into_iter()
				.map(|(account, keys)| (account.clone(), account, keys))
				.collect(),
		},
		polkadot_xcm: PolkadotXcmConfig { safe_xcm_version: Some(SAFE_XCM_VERSION) },
		consortium_membership: ConsortiumMembershipConfig { members },
	});
	// Without a `sudo` entry the chain starts with no sudo key.
	if let Some(key) = sudo {
		patch["sudo"] = serde_json::to_value(SudoConfig { key: Some(key) })
			.expect("SudoConfig serializes; qed");
	}
	patch
}

fn development_genesis() -> Value {
	genesis_json(Genesis {
		collators: vec![collator(Sr25519Keyring::Alice), collator(Sr25519Keyring::Bob)],
		consortium: vec![
			Sr25519Keyring::Alice.to_account_id(),
			Sr25519Keyring::Bob.to_account_id(),
			Sr25519Keyring::Charlie.to_account_id(),
		],
		endowed: Sr25519Keyring::well_known()
			.map(|key| (key.to_account_id(), DEV_ENDOWMENT))
			.collect(),
		sudo: Some(Sr25519Keyring::Alice.to_account_id()),
	})
}

fn consortium_genesis() -> Value {
	let mut endowed: Vec<(AccountId, Balance)> = Vec::new();
	for key in CONSORTIUM.members.iter().chain(CONSORTIUM.collators) {
		let account = key.to_account_id();
		if !endowed.iter().any(|(a, _)| *a == account) {
			endowed.push((account, CONSORTIUM.operating_funds));
		}
	}
	genesis_json(Genesis {
		collators: CONSORTIUM.collators.iter().copied().map(collator).collect(),
		consortium: CONSORTIUM.members.iter().map(|key| key.to_account_id()).collect(),
		endowed,
		sudo: None,
	})
}

/// The genesis patch of preset `id`, serialized as JSON; `None` for an unknown preset.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET | LOCAL_TESTNET_RUNTIME_PRESET => development_genesis(),
		CONSORTIUM_RUNTIME_PRESET => consortium_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serializing a serde_json::Value cannot fail; qed")
			.into_bytes(),
	)
}

/// Merges a genesis `patch` into `config` as a node's chain-spec loader does: objects key by
/// key, anything else replaced.
pub fn merge_patch(config: &mut Value, patch: Value) {
	match (config, patch) {
		(Value::Object(config), Value::Object(patch)) => {
			for (key, value) in patch {
				merge_patch(config.entry(key).or_insert(Value::Null), value);
			}
		},
		(config, patch) => *config = patch,
	}
}

/// The genesis storage of preset `id`, built natively: the runtime's default config with the
/// preset's patch applied, then every pallet's genesis build. Used by the chain-spec tool and
/// the runtime's tests; a node does the same through `GenesisBuilder` in WASM.
#[cfg(feature = "std")]
pub fn preset_storage(id: &str) -> Result<sp_core::storage::Storage, alloc::string::String> {
	use sp_runtime::BuildStorage;
	let patch = get_preset(&PresetId::from(id)).ok_or_else(|| format!("no preset named '{id}'"))?;
	let patch: Value = serde_json::from_slice(&patch).map_err(|e| e.to_string())?;
	let mut config =
		serde_json::to_value(RuntimeGenesisConfig::default()).map_err(|e| e.to_string())?;
	merge_patch(&mut config, patch);
	// `RuntimeGenesisConfig` denies unknown fields: a preset naming a pallet or field the
	// runtime lacks fails here instead of being ignored.
	let config: RuntimeGenesisConfig =
		serde_json::from_value(config).map_err(|e| format!("preset '{id}': {e}"))?;
	config.build_storage()
}

/// The presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(DEV_RUNTIME_PRESET),
		PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(CONSORTIUM_RUNTIME_PRESET),
	]
}
