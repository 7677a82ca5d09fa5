# Shortcuts for the scripts in scripts/; each script says what it does.
.PHONY: run run-build test test-no-e2e setup fmt chain-specs e2e e2e-twice node run-node relay \
	zombienet gatekeeper bench-gatekeeper bench-publisher fuzz-runtime

run:            ## Run the demo: the chain on Chopsticks, two gatekeepers, the portal, a seeded story
	./scripts/run.sh

run-build:      ## Build the runtime from this checkout, then run it on Chopsticks
	./scripts/run.sh --build

test:           ## Everything CI runs
	./scripts/test.sh

test-no-e2e:    ## Everything but the e2e suite
	./scripts/test.sh --no-e2e

setup:          ## Install the toolchain pieces and npm packages
	./scripts/setup.sh

fmt:            ## Format the Rust code
	./scripts/fmt.sh

chain-specs:    ## Rebuild the runtime and rewrite chain-specs/
	./scripts/chain-specs.sh

e2e:            ## The e2e suite; against a running chain with E2E_ENDPOINT=ws://... (e2e/README.md)
	npm --prefix e2e test

e2e-twice:      ## The e2e suite twice against one Chopsticks, new accounts each run, as on a shared network
	./scripts/e2e-twice.sh

node:           ## Build the MedRec node (release; ~40 min cold on 2 cores)
	./scripts/build-node.sh

run-node:       ## Run the node's development chain (instant seal) on ws://127.0.0.1:9944
	./scripts/run-node.sh

relay:          ## Build the polkadot relay binary + PVF workers for zombienet (~25 min after make node)
	./scripts/build-relay.sh

zombienet:      ## Run the zombienet smoke test (needs make node and make relay)
	./scripts/zombienet.sh

gatekeeper:     ## Build the gatekeeper (release); see gatekeeper/README.md
	SKIP_WASM_BUILD=1 ./scripts/cargo.sh build --release --locked -p medrec-gatekeeper

bench-gatekeeper: ## Measure the gatekeeper: one record, then a hospital on a 6 s chain (fetches/s, p50/p99, checks)
	./scripts/bench-gatekeeper.sh

bench-publisher: ## Measure the pointer publisher: 10,000 records of 1,000 patients, records/s, fees
	./scripts/bench-publisher.sh

fuzz-runtime:   ## Fuzz the runtime for 10 min (try_state after every block); ARGS="--seconds N --seed N"
	./scripts/fuzz-runtime.sh $(ARGS)
