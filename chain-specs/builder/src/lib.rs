//! # MedRec chain-spec builder
//!
//! Writes the plain and raw chain specs of MedRec's chains from the runtime WASM, without a
//! node: no wasmtime, no `sc-*` crates, a few seconds per run.
//!
//! The genesis state comes from the runtime's own genesis presets, run natively: the native
//! and WASM halves of `medrec-runtime` are compiled from the same sources, and
//! [`check_wasm_matches_native`] refuses a WASM whose embedded version differs from the native
//! one (a stale or foreign WASM). The output is the JSON format `sc-chain-spec` reads (nodes,
//! Chopsticks, zombienet), with the parachain extensions `relay_chain` and `para_id`.

use polkadot_sdk::{
	sp_core::storage::{well_known_keys, Storage},
	sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET},
	sp_maybe_compressed_blob::{decompress, CODE_BLOB_BOMB_LIMIT},
	sp_version::RuntimeVersion,
};
use serde_json::{json, Map, Value};
use std::{collections::BTreeMap, fmt};

/// A chain MedRec ships a spec for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chain {
	/// File stem in `chain-specs/` and name in `--chain`.
	pub key: &'static str,
	/// Human-readable name wallets show.
	pub name: &'static str,
	/// Chain id; also names the node's database directory.
	pub id: &'static str,
	/// `Development`, `Local` or `Live`.
	pub chain_type: &'static str,
	/// The runtime genesis preset.
	pub preset: &'static str,
	/// Relay chain the parachain belongs to.
	pub relay_chain: &'static str,
	/// Network protocol id, so that chains do not connect to each other's nodes.
	pub protocol_id: &'static str,
}

/// Every chain `chain-specs/` holds.
pub const CHAINS: [Chain; 3] = [
	Chain {
		key: "dev",
		name: "MedRec Development",
		id: "medrec_dev",
		chain_type: "Development",
		preset: DEV_RUNTIME_PRESET,
		relay_chain: "rococo-local",
		protocol_id: "medrec-dev",
	},
	Chain {
		key: "local",
		name: "MedRec Local Testnet",
		id: "medrec_local",
		chain_type: "Local",
		preset: LOCAL_TESTNET_RUNTIME_PRESET,
		relay_chain: "rococo-local",
		protocol_id: "medrec-local",
	},
	Chain {
		key: "consortium",
		name: "MedRec Consortium",
		id: "medrec_consortium",
		chain_type: "Live",
		preset: medrec_runtime::genesis_config_presets::CONSORTIUM_RUNTIME_PRESET,
		relay_chain: "rococo-local",
		protocol_id: "medrec",
	},
];

/// What can go wrong while building a spec.
#[derive(Debug)]
pub enum Error {
	/// The runtime has no preset of this name.
	UnknownPreset(String),
	/// The WASM could not be decompressed or has no `runtime_version` section.
	BadWasm(String),
	/// The WASM was built from other sources than this tool's native runtime.
	VersionMismatch { wasm: String, native: String },
	/// The preset did not build a genesis state.
	Genesis(String),
}

impl fmt::Display for Error {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Error::UnknownPreset(p) => write!(f, "the runtime has no genesis preset named '{p}'"),
			Error::BadWasm(e) => write!(f, "not a MedRec runtime WASM: {e}"),
			Error::VersionMismatch { wasm, native } => write!(
				f,
				"the WASM is runtime {wasm} but this tool was built with runtime {native}; \
				 rebuild both from the same sources (scripts/chain-specs.sh does)"
			),
			Error::Genesis(e) => write!(f, "building the genesis state failed: {e}"),
		}
	}
}

impl std::error::Error for Error {}

/// Chain properties wallets use to display balances and addresses.
fn properties() -> Value {
	json!({ "ss58Format": 42, "tokenDecimals": 12, "tokenSymbol": "MEDR" })
}

fn hex(bytes: &[u8]) -> String {
	let mut s = String::with_capacity(2 + bytes.len() * 2);
	s.push_str("0x");
	for b in bytes {
		s.push_str(&format!("{b:02x}"));
	}
	s
}

/// The genesis patch of `preset`, as the runtime's `GenesisBuilder::get_preset` returns it.
pub fn preset_patch(preset: &str) -> Result<Value, Error> {
	let id = PresetId::from(preset);
	let bytes = medrec_runtime::genesis_config_presets::get_preset(&id)
		.ok_or_else(|| Error::UnknownPreset(preset.into()))?;
	serde_json::from_slice(&bytes).map_err(|e| Error::Genesis(e.to_string()))
}

/// The genesis storage of `preset` with `wasm` as the runtime code.
pub fn genesis_storage(preset: &str, wasm: &[u8]) -> Result<Storage, Error> {
	preset_patch(preset)?;
	let mut storage =
		medrec_runtime::genesis_config_presets::preset_storage(preset).map_err(Error::Genesis)?;
	storage.top.insert(well_known_keys::CODE.to_vec(), wasm.to_vec());
	Ok(storage)
}

fn spec_header(chain: &Chain) -> Map<String, Value> {
	let mut spec = Map::new();
	spec.insert("name".into(), chain.name.into());
	spec.insert("id".into(), chain.id.into());
	spec.insert("chainType".into(), chain.chain_type.into());
	spec.insert("bootNodes".into(), json!([]));
	spec.insert("telemetryEndpoints".into(), Value::Null);
	spec.insert("protocolId".into(), chain.protocol_id.into());
	spec.insert("properties".into(), properties());
	spec.insert("relay_chain".into(), chain.relay_chain.into());
	spec.insert("para_id".into(), medrec_runtime::genesis_config_presets::PARA_ID.into());
	spec.insert("codeSubstitutes".into(), json!({}));
	spec
}

/// The plain (human-readable) spec: the runtime code plus the preset's patch.
pub fn plain_spec(chain: &Chain, wasm: &[u8]) -> Result<Value, Error> {
	let mut spec = spec_header(chain);
	spec.insert(
		"genesis".into(),
		json!({ "runtimeGenesis": { "code": hex(wasm), "patch": preset_patch(chain.preset)? } }),
	);
	Ok(Value::Object(spec))
}

/// The raw spec: the genesis storage, key by key, as a node stores it.
pub fn raw_spec(chain: &Chain, wasm: &[u8]) -> Result<Value, Error> {
	let storage = genesis_storage(chain.preset, wasm)?;
	let top: Map<String, Value> =
		storage.top.iter().map(|(k, v)| (hex(k), Value::String(hex(v)))).collect();
	let children: BTreeMap<String, Map<String, Value>> = storage
		.children_default
		.values()
		.map(|child| {
			let data = child.data.iter().map(|(k, v)| (hex(k), Value::String(hex(v)))).collect();
			(hex(child.child_info.storage_key()), data)
		})
		.collect();
	let mut spec = spec_header(chain);
	spec.insert("genesis".into(), json!({ "raw": { "top": top, "childrenDefault": children } }));
	Ok(Value::Object(spec))
}

/// Reads LEB128-encoded `u32`.
fn read_leb128(bytes: &[u8], pos: &mut usize) -> Option<u32> {
	let mut result: u32 = 0;
	for shift in (0..35).step_by(7) {
		let byte = *bytes.get(*pos)?;
		*pos += 1;
		result |= u32::from(byte & 0x7f).checked_shl(shift)?;
		if byte & 0x80 == 0 {
			return Some(result);
		}
	}
	None
}

/// The payload of the custom section `name` of a WASM module, if it has one.
pub fn custom_section<'a>(module: &'a [u8], name: &str) -> Option<&'a [u8]> {
	if module.get(..4)? != b"\0asm" {
		return None;
	}
	let mut pos = 8;
	while pos < module.len() {
		let id = module[pos];
		pos += 1;
		let size = read_leb128(module, &mut pos)? as usize;
		let end = pos.checked_add(size)?;
		let section = module.get(pos..end)?;
		if id == 0 {
			let mut p = 0;
			let len = read_leb128(section, &mut p)? as usize;
			let section_name = section.get(p..p.checked_add(len)?)?;
			if section_name == name.as_bytes() {
				return section.get(p + len..);
			}
		}
		pos = end;
	}
	None
}

/// The runtime version embedded in a (possibly compressed) runtime WASM, read without
/// executing it.
pub fn embedded_version(wasm: &[u8]) -> Result<RuntimeVersion, Error> {
	let module =
		decompress(wasm, CODE_BLOB_BOMB_LIMIT).map_err(|e| Error::BadWasm(e.to_string()))?;
	let mut section = custom_section(&module, "runtime_version")
		.ok_or_else(|| Error::BadWasm("no runtime_version section".into()))?;
	// The section is written by `#[sp_version::runtime_version]` with the current layout
	// (Core API version 5: transaction and system versions included).
	RuntimeVersion::decode_with_version_hint(&mut section, Some(5))
		.map_err(|e| Error::BadWasm(format!("undecodable runtime_version section: {e}")))
}

/// Fails unless `wasm` was built from the same runtime version as this tool's native runtime.
pub fn check_wasm_matches_native(wasm: &[u8]) -> Result<RuntimeVersion, Error> {
	let wasm_version = embedded_version(wasm)?;
	let native = medrec_runtime::VERSION;
	let same = wasm_version.spec_name == native.spec_name
		&& wasm_version.spec_version == native.spec_version
		&& wasm_version.impl_version == native.impl_version
		&& wasm_version.transaction_version == native.transaction_version;
	if same {
		Ok(wasm_version)
	} else {
		Err(Error::VersionMismatch { wasm: wasm_version.to_string(), native: native.to_string() })
	}
}

/// Serializes a spec the way the files in `chain-specs/` are written.
pub fn to_pretty_json(spec: &Value) -> String {
	let mut s = serde_json::to_string_pretty(spec).expect("a serde_json::Value serializes; qed");
	s.push('\n');
	s
}

#[cfg(test)]
mod tests {
	use super::*;

	fn leb128(mut n: usize, out: &mut Vec<u8>) {
		loop {
			let byte = (n & 0x7f) as u8;
			n >>= 7;
			if n == 0 {
				out.push(byte);
				return;
			}
			out.push(byte | 0x80);
		}
	}

	/// A minimal module: header, one unrelated custom section, one `runtime_version` section.
	fn module_with_version(payload: &[u8]) -> Vec<u8> {
		let mut m = b"\0asm\x01\0\0\0".to_vec();
		for (name, data) in [("other", &b"xyz"[..]), ("runtime_version", payload)] {
			let mut section = Vec::new();
			leb128(name.len(), &mut section);
			section.extend_from_slice(name.as_bytes());
			section.extend_from_slice(data);
			m.push(0);
			leb128(section.len(), &mut m);
			m.extend(section);
		}
		m
	}

	#[test]
	fn reads_the_runtime_version_of_an_uncompressed_module() {
		use codec::Encode;
		let version = medrec_runtime::VERSION;
		let payload = version.encode();
		let module = module_with_version(&payload);
		assert_eq!(custom_section(&module, "runtime_version"), Some(&payload[..]));
		assert_eq!(custom_section(&module, "missing"), None);
		let read = embedded_version(&module).expect("valid section");
		assert_eq!(read.spec_name, version.spec_name);
		assert_eq!(read.spec_version, version.spec_version);
		check_wasm_matches_native(&module).expect("same version");
	}

	#[test]
	fn refuses_a_wasm_of_another_runtime_version() {
		use codec::Encode;
		let mut other = medrec_runtime::VERSION;
		other.spec_version += 1;
		let module = module_with_version(&other.encode());
		assert!(matches!(check_wasm_matches_native(&module), Err(Error::VersionMismatch { .. })));
	}

	#[test]
	fn refuses_what_is_not_wasm() {
		assert!(matches!(embedded_version(b"not wasm at all"), Err(Error::BadWasm(_))));
		assert_eq!(custom_section(b"\0asm\x01\0\0\0\0\x7f", "x"), None, "truncated section");
	}

	#[test]
	fn every_chain_has_a_preset_and_distinct_names() {
		for chain in CHAINS {
			preset_patch(chain.preset).expect("preset exists");
		}
		let mut ids: Vec<_> = CHAINS.iter().map(|c| c.id).collect();
		ids.sort();
		ids.dedup();
		assert_eq!(ids.len(), CHAINS.len());
		assert!(matches!(preset_patch("nope"), Err(Error::UnknownPreset(_))));
	}

	#[test]
	fn raw_spec_holds_the_code_and_the_parachain_extensions() {
		let wasm = b"fake code".to_vec();
		let spec = raw_spec(&CHAINS[0], &wasm).expect("dev spec builds");
		assert_eq!(spec["para_id"], medrec_runtime::genesis_config_presets::PARA_ID);
		assert_eq!(spec["relay_chain"], "rococo-local");
		let top = spec["genesis"]["raw"]["top"].as_object().expect("top storage");
		assert_eq!(top[&hex(well_known_keys::CODE)], hex(&wasm));
		assert!(top.len() > 20, "genesis sets many storage items, got {}", top.len());
		let plain = plain_spec(&CHAINS[0], &wasm).expect("dev plain spec builds");
		assert_eq!(plain["genesis"]["runtimeGenesis"]["code"], hex(&wasm));
		assert!(plain["genesis"]["runtimeGenesis"]["patch"]["sudo"]["key"].is_string());
	}
}
