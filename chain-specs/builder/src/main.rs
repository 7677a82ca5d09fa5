//! `medrec-chain-spec`: writes (or checks) `chain-specs/*.json`.
//!
//! ```text
//! medrec-chain-spec [--wasm FILE] [--out DIR] [--check [--allow-code-difference]] [CHAIN ...]
//! ```
//! - `--wasm FILE`: the compact, compressed runtime WASM; defaults to the one built together with
//!   this tool (`medrec_runtime::WASM_BINARY`).
//! - `--out DIR`: where the specs are, `chain-specs/` of the workspace by default.
//! - `--check`: write nothing; exit 1 if a committed spec differs from what would be written.
//! - `--allow-code-difference`: with `--check`, accept specs whose only difference is the runtime
//!   code (a WASM built by another compiler than the committed one).
//! - `CHAIN`: `dev`, `local`, `consortium`; all of them by default.

use medrec_chain_spec::{check_wasm_matches_native, plain_spec, raw_spec, to_pretty_json, CHAINS};
use std::{
	path::{Path, PathBuf},
	process::ExitCode,
};

struct Args {
	wasm: Option<PathBuf>,
	out: PathBuf,
	check: bool,
	allow_code_difference: bool,
	chains: Vec<String>,
}

const USAGE: &str = "usage: medrec-chain-spec [--wasm FILE] [--out DIR] \
	[--check [--allow-code-difference]] [CHAIN ...]";

fn parse_args() -> Result<Args, String> {
	let mut args = Args {
		wasm: None,
		out: Path::new(env!("CARGO_MANIFEST_DIR")).join(".."),
		check: false,
		allow_code_difference: false,
		chains: Vec::new(),
	};
	let mut it = std::env::args().skip(1);
	while let Some(arg) = it.next() {
		match arg.as_str() {
			"--wasm" => args.wasm = Some(it.next().ok_or("--wasm needs a file")?.into()),
			"--out" => args.out = it.next().ok_or("--out needs a directory")?.into(),
			"--check" => args.check = true,
			"--allow-code-difference" => args.allow_code_difference = true,
			"-h" | "--help" => return Err(USAGE.into()),
			chain if !chain.starts_with('-') => args.chains.push(chain.into()),
			other => return Err(format!("unknown option {other}\n{USAGE}")),
		}
	}
	Ok(args)
}

fn run() -> Result<bool, String> {
	let args = parse_args()?;
	let wasm = match &args.wasm {
		Some(path) => {
			std::fs::read(path).map_err(|e| format!("reading {}: {e}", path.display()))?
		},
		None => medrec_runtime::WASM_BINARY
			.ok_or(
				"this tool was built with SKIP_WASM_BUILD, so it has no runtime WASM; \
				 pass --wasm FILE or rebuild without SKIP_WASM_BUILD",
			)?
			.to_vec(),
	};
	let version = check_wasm_matches_native(&wasm).map_err(|e| e.to_string())?;
	let chains: Vec<_> = if args.chains.is_empty() {
		CHAINS.to_vec()
	} else {
		args.chains
			.iter()
			.map(|key| {
				CHAINS.iter().copied().find(|c| c.key == key).ok_or_else(|| {
					let known: Vec<_> = CHAINS.iter().map(|c| c.key).collect();
					format!("unknown chain '{key}'; known: {}", known.join(", "))
				})
			})
			.collect::<Result<_, _>>()?
	};

	let mut all_match = true;
	for chain in chains {
		let specs = [
			(format!("{}.plain.json", chain.key), plain_spec(&chain, &wasm)),
			(format!("{}.raw.json", chain.key), raw_spec(&chain, &wasm)),
		];
		for (file, spec) in specs {
			let text = to_pretty_json(&spec.map_err(|e| format!("{file}: {e}"))?);
			let path = args.out.join(&file);
			if args.check {
				let committed = std::fs::read_to_string(&path).unwrap_or_default();
				match difference(&committed, &text) {
					None => println!("ok       {file}"),
					Some(Difference::CodeOnly) if args.allow_code_difference => {
						println!("ok       {file} (genesis; the code was built elsewhere)")
					},
					Some(difference) => {
						all_match = false;
						println!("DIFFERS  {file}: {difference}");
					},
				}
			} else {
				std::fs::write(&path, &text)
					.map_err(|e| format!("writing {}: {e}", path.display()))?;
				println!("wrote    {file} ({} KiB)", text.len() / 1024);
			}
		}
	}
	println!("runtime  {version}, WASM {} KiB", wasm.len() / 1024);
	Ok(all_match)
}

/// How a committed spec differs from the generated one.
enum Difference {
	/// Missing, or not JSON.
	Unreadable,
	/// Only the runtime code differs: another compiler, or runtime logic changed without a
	/// genesis change.
	CodeOnly,
	/// The genesis state (or the spec's metadata) differs.
	Genesis,
}

impl std::fmt::Display for Difference {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		f.write_str(match self {
			Difference::Unreadable => "missing or not JSON",
			Difference::CodeOnly => "only the runtime code differs",
			Difference::Genesis => "the genesis state differs",
		})
	}
}

fn difference(committed: &str, generated: &str) -> Option<Difference> {
	if committed == generated {
		return None;
	}
	let (Ok(mut old), Ok(mut new)) = (
		serde_json::from_str::<serde_json::Value>(committed),
		serde_json::from_str::<serde_json::Value>(generated),
	) else {
		return Some(Difference::Unreadable);
	};
	let strip_code = |spec: &mut serde_json::Value| {
		if let Some(genesis) = spec["genesis"]["runtimeGenesis"].as_object_mut() {
			genesis.remove("code");
		}
		if let Some(top) = spec["genesis"]["raw"]["top"].as_object_mut() {
			top.remove("0x3a636f6465"); // ":code"
		}
	};
	strip_code(&mut old);
	strip_code(&mut new);
	Some(if old == new { Difference::CodeOnly } else { Difference::Genesis })
}

fn main() -> ExitCode {
	match run() {
		Ok(true) => ExitCode::SUCCESS,
		Ok(false) => {
			eprintln!(
				"error: the committed chain specs are not what the runtime produces; \
				 run `make chain-specs` and commit chain-specs/"
			);
			ExitCode::FAILURE
		},
		Err(e) => {
			eprintln!("error: {e}");
			ExitCode::FAILURE
		},
	}
}
