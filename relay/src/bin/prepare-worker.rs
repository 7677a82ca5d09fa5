//! The PVF prepare worker the `polkadot` validator spawns to compile parachain validation code.
//! Its version and commit must equal the node's, hence this crate builds both.

polkadot_node_core_pvf_common::decl_worker_main!(
	"prepare-worker",
	polkadot_node_core_pvf_prepare_worker::worker_entrypoint,
	polkadot_cli::NODE_VERSION,
	env!("SUBSTRATE_CLI_COMMIT_HASH"),
);
