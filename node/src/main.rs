//! `medrec-node`: runs MedRec collators and development chains.
//!
//! A thin binary on `polkadot-omni-node-lib`: the runtime comes from the chain spec, so one
//! node binary runs every MedRec runtime version. MedRec's committed chain specs are built in
//! by name (`--chain dev|local|consortium`); any other `--chain` value is read as a file.

use polkadot_omni_node_lib::{
	chain_spec::{ChainSpec, DiskChainSpecLoader, GenericChainSpec, LoadSpec},
	run,
	runtime::DefaultRuntimeResolver,
	CliConfig, RunConfig, NODE_VERSION,
};

struct MedRecCli;

impl CliConfig for MedRecCli {
	fn impl_version() -> String {
		let commit = option_env!("SUBSTRATE_CLI_COMMIT_HASH").unwrap_or("unknown");
		format!("{NODE_VERSION}-{commit}")
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"the MedRec repository's issues (see node/README.md)".into()
	}

	fn copyright_start_year() -> u16 {
		2026
	}
}

/// MedRec's chain specs, by name; anything else is a path.
struct MedRecChainSpecs;

impl LoadSpec for MedRecChainSpecs {
	fn load_spec(&self, id: &str) -> Result<Box<dyn ChainSpec>, String> {
		let json: &'static [u8] = match id {
			"" | "dev" => include_bytes!("../../chain-specs/dev.raw.json"),
			"local" => include_bytes!("../../chain-specs/local.raw.json"),
			"consortium" => include_bytes!("../../chain-specs/consortium.raw.json"),
			path => return DiskChainSpecLoader.load_spec(path),
		};
		Ok(Box::new(GenericChainSpec::from_json_bytes(json)?))
	}
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
	let config = RunConfig::new(Box::new(DefaultRuntimeResolver), Box::new(MedRecChainSpecs));
	run::<MedRecCli>(config)?;
	Ok(())
}
