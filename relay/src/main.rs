//! The `polkadot` relay-chain node, as the zombienet test network runs it: two `rococo-local`
//! validators under MedRec's collators. Same CLI as the released binary; only the rococo runtime
//! is compiled in. Built by `./scripts/build-relay.sh`.

fn main() {
	if let Err(error) = polkadot_cli::run() {
		eprintln!("Error: {error}");
		std::process::exit(1);
	}
}
