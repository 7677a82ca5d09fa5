//! TLS for the API: with `[tls]` the `listen` port serves HTTPS, and WSS for WebSocket
//! clients, with the certificate and key the configuration names. Without it, plain HTTP.
//!
//! rustls with the `ring` provider: what jsonrpsee's clients already build rustls with, so the
//! gatekeeper compiles one TLS stack. TLS 1.2 and 1.3 with rustls' safe defaults; no client
//! certificates (requests carry their requester's signature). The handshake runs inside the
//! server's connection limits and read timeout ([`crate::server`]).

use crate::config::TlsConfig;
use anyhow::{anyhow, Context};
use rustls::{
	pki_types::{pem::PemObject, CertificateDer, PrivateKeyDer},
	ServerConfig,
};
use std::{path::Path, sync::Arc};

/// The crypto provider of every TLS connection the gatekeeper makes or takes.
pub fn provider() -> Arc<rustls::crypto::CryptoProvider> {
	Arc::new(rustls::crypto::ring::default_provider())
}

/// Reads every certificate of the PEM file `path`; `setting` names it in errors.
pub fn certificates(setting: &str, path: &Path) -> anyhow::Result<Vec<CertificateDer<'static>>> {
	let text = std::fs::read(path)
		.with_context(|| format!("{setting} {}: cannot read it", path.display()))?;
	let certificates = CertificateDer::pem_slice_iter(&text)
		.collect::<Result<Vec<_>, _>>()
		.map_err(|e| {
			anyhow!("{setting} {}: not a PEM file of certificates: {e}", path.display())
		})?;
	anyhow::ensure!(
		!certificates.is_empty(),
		"{setting} {}: no certificate in it (a PEM file with -----BEGIN CERTIFICATE----- blocks)",
		path.display()
	);
	Ok(certificates)
}

/// The API's TLS configuration from `[tls]`: refuses a missing or unreadable file, a file that
/// holds no certificate or no key, a certificate rustls cannot use, and a key that is not the
/// certificate's.
pub fn server_config(tls: &TlsConfig) -> anyhow::Result<Arc<ServerConfig>> {
	let chain = certificates("tls.certificate", &tls.certificate)?;
	let text = std::fs::read(&tls.key)
		.with_context(|| format!("tls.key {}: cannot read it", tls.key.display()))?;
	let key = PrivateKeyDer::from_pem_slice(&text).map_err(|e| {
		anyhow!(
			"tls.key {}: no private key in it (a PEM file with a -----BEGIN PRIVATE KEY----- \
			 block, or an RSA or EC one): {e}",
			tls.key.display()
		)
	})?;
	let mut config = ServerConfig::builder_with_provider(provider())
		.with_safe_default_protocol_versions()
		.context("rustls offers no safe protocol version")?
		.with_no_client_auth()
		.with_single_cert(chain, key)
		.map_err(|error| match error {
			rustls::Error::InconsistentKeys(_) => anyhow!(
				"tls.key {} is not the private key of the certificate in tls.certificate {}: \
				 name the key the certificate was issued for",
				tls.key.display(),
				tls.certificate.display()
			),
			error => anyhow!(
				"tls.certificate {} with tls.key {}: not usable: {error}",
				tls.certificate.display(),
				tls.key.display()
			),
		})?;
	// HTTP/1.1 only, as on the plain port: WebSocket clients upgrade an HTTP/1.1 request, and
	// the read timeouts and limits are measured for one request at a time per connection.
	config.alpn_protocols = vec![b"http/1.1".to_vec()];
	Ok(Arc::new(config))
}

#[cfg(test)]
pub(crate) mod tests {
	use super::*;
	use crate::testing::{fetch, fhir_authorization, get, http_request, post, Served};
	use polkadot_sdk::sp_keyring::Sr25519Keyring;
	use rcgen::{BasicConstraints, Certificate, CertificateParams, IsCa, SanType};
	use std::time::{Duration, Instant};

	/// A CA, and certificates it signs, as PEM.
	pub(crate) struct TestCa {
		ca: Certificate,
	}

	/// A certificate and its key, as PEM.
	pub(crate) struct Issued {
		pub certificate: String,
		pub key: String,
	}

	impl TestCa {
		pub(crate) fn new(name: &str) -> Self {
			let mut params = CertificateParams::new(Vec::new());
			params.distinguished_name.push(rcgen::DnType::CommonName, name);
			params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
			Self { ca: Certificate::from_params(params).expect("a CA") }
		}

		/// The CA's certificate, as PEM.
		pub(crate) fn pem(&self) -> String {
			self.ca.serialize_pem().expect("PEM")
		}

		/// The CA's certificate, as a root a client trusts.
		pub(crate) fn root(&self) -> rustls::RootCertStore {
			let mut roots = rustls::RootCertStore::empty();
			let der = CertificateDer::from(self.ca.serialize_der().expect("DER"));
			roots.add(der).expect("a root");
			roots
		}

		/// A server certificate for `names` (DNS names or IP addresses), signed by the CA.
		pub(crate) fn issue(&self, names: &[&str]) -> Issued {
			let mut params = CertificateParams::new(Vec::new());
			params.subject_alt_names = names
				.iter()
				.map(|name| match name.parse() {
					Ok(ip) => SanType::IpAddress(ip),
					Err(_) => SanType::DnsName((*name).to_owned()),
				})
				.collect();
			params.distinguished_name.push(rcgen::DnType::CommonName, names[0]);
			let certificate = Certificate::from_params(params).expect("a certificate");
			Issued {
				certificate: certificate.serialize_pem_with_signer(&self.ca).expect("signed"),
				key: certificate.serialize_private_key_pem(),
			}
		}
	}

	/// A rustls client that trusts `roots` only.
	pub(crate) fn client_trusting(roots: rustls::RootCertStore) -> rustls::ClientConfig {
		rustls::ClientConfig::builder_with_provider(provider())
			.with_safe_default_protocol_versions()
			.expect("safe versions")
			.with_root_certificates(roots)
			.with_no_client_auth()
	}

	/// `issued` written to files in `dir`, as `[tls]` names them.
	pub(crate) fn write(dir: &Path, issued: &Issued) -> TlsConfig {
		let (certificate, key) = (dir.join("cert.pem"), dir.join("key.pem"));
		std::fs::write(&certificate, &issued.certificate).expect("written");
		std::fs::write(&key, &issued.key).expect("written");
		TlsConfig { certificate, key }
	}

	fn refusal(tls: &TlsConfig) -> String {
		format!("{:#}", server_config(tls).expect_err("refused"))
	}

	#[test]
	fn a_certificate_and_its_key_make_a_server_configuration() {
		let dir = tempfile::tempdir().expect("a temporary directory");
		let ca = TestCa::new("MedRec test CA");
		let config = server_config(&write(dir.path(), &ca.issue(&["localhost", "127.0.0.1"])))
			.expect("usable");
		assert_eq!(config.alpn_protocols, vec![b"http/1.1".to_vec()]);
	}

	#[test]
	fn a_missing_unreadable_or_empty_certificate_or_key_is_refused_naming_the_file() {
		let dir = tempfile::tempdir().expect("a temporary directory");
		let ca = TestCa::new("MedRec test CA");
		let good = write(dir.path(), &ca.issue(&["localhost"]));

		let missing = TlsConfig { certificate: dir.path().join("none.pem"), ..good.clone() };
		let error = refusal(&missing);
		assert!(error.contains("tls.certificate") && error.contains("none.pem"), "{error}");
		assert!(error.contains("cannot read it"), "{error}");

		let missing_key = TlsConfig { key: dir.path().join("none.key"), ..good.clone() };
		let error = refusal(&missing_key);
		assert!(error.contains("tls.key") && error.contains("none.key"), "{error}");

		// A key where the certificate belongs: no certificate in it.
		let swapped = TlsConfig { certificate: good.key.clone(), key: good.key.clone() };
		let error = refusal(&swapped);
		assert!(error.contains("no certificate in it"), "{error}");

		// A certificate where the key belongs: no key in it.
		let swapped = TlsConfig { certificate: good.certificate.clone(), key: good.certificate };
		let error = refusal(&swapped);
		assert!(error.contains("no private key in it"), "{error}");

		// PEM armour around something that is not a certificate.
		let garbage = dir.path().join("garbage.pem");
		std::fs::write(
			&garbage,
			"-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n",
		)
		.expect("written");
		let error = refusal(&TlsConfig { certificate: garbage, ..good });
		assert!(error.contains("garbage.pem") && error.contains("not usable"), "{error}");
	}

	/// A gatekeeper serving HTTPS with a certificate of `ca` for localhost, and its limits.
	async fn served_over_tls(ca: &TestCa, limits: crate::config::ServerConfig) -> Served {
		let dir = tempfile::tempdir().expect("a temporary directory");
		let config = server_config(&write(dir.path(), &ca.issue(&["localhost", "127.0.0.1"])))
			.expect("usable");
		Served::start(Some(config), limits).await
	}

	/// A TLS session with `served` as `localhost`, by a client trusting `roots`.
	async fn connect(
		served: &Served,
		roots: rustls::RootCertStore,
	) -> std::io::Result<tokio_rustls::client::TlsStream<tokio::net::TcpStream>> {
		let tcp = tokio::net::TcpStream::connect(served.addr).await?;
		let connector = tokio_rustls::TlsConnector::from(Arc::new(client_trusting(roots)));
		let name = rustls::pki_types::ServerName::try_from("localhost").expect("a name");
		connector.connect(name, tcp).await
	}

	#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
	async fn a_client_trusting_the_ca_is_served_health_json_rpc_websocket_and_fhir() {
		use jsonrpsee::core::client::ClientT;
		let ca = TestCa::new("MedRec test CA");
		let served = served_over_tls(&ca, Default::default()).await;
		let provider = served.gatekeeper.provider.clone();

		let health =
			http_request(connect(&served, ca.root()).await.expect("trusted"), &get("/health", &[]))
				.await
				.expect("answered");
		assert!(health.starts_with("HTTP/1.1 200"), "{health}");
		assert!(
			health.contains("\"number\":5") && health.contains("\"database\":true"),
			"{health}"
		);

		// A signed fetch, served with its record and receipt, over HTTPS.
		let fetch = fetch(&provider, Sr25519Keyring::Dave, 1, &[0, 1, 2, 3, 4]);
		let answer = http_request(
			connect(&served, ca.root()).await.expect("trusted"),
			&post("gatekeeper_fetch", serde_json::json!([fetch])),
		)
		.await
		.expect("answered");
		assert!(answer.contains("\"4548-4\"") && answer.contains("\"receipt\""), "{answer}");

		// FHIR, on the same port.
		let target = "/fhir/Observation/1";
		let authorization = fhir_authorization(&provider, Sr25519Keyring::Dave, target);
		let observation = http_request(
			connect(&served, ca.root()).await.expect("trusted"),
			&get(target, &[("Authorization", &authorization)]),
		)
		.await
		.expect("answered");
		assert!(observation.starts_with("HTTP/1.1 200"), "{observation}");
		assert!(observation.contains("\"resourceType\":\"Observation\""), "{observation}");

		// jsonrpsee's own clients, as the portal's libraries would connect: HTTPS and WSS.
		let https = jsonrpsee::http_client::HttpClientBuilder::default()
			.with_custom_cert_store(client_trusting(ca.root()))
			.build(format!("https://localhost:{}", served.addr.port()))
			.expect("a client");
		let info: serde_json::Value = https
			.request("gatekeeper_info", jsonrpsee::rpc_params![])
			.await
			.expect("answered");
		assert_eq!(info["provider"], served.config.provider);
		let wss = jsonrpsee::ws_client::WsClientBuilder::default()
			.with_custom_cert_store(client_trusting(ca.root()))
			.build(format!("wss://localhost:{}", served.addr.port()))
			.await
			.expect("a WebSocket over TLS");
		let info: serde_json::Value = wss
			.request("gatekeeper_info", jsonrpsee::rpc_params![])
			.await
			.expect("answered");
		assert_eq!(info["receiptKey"], crate::to_hex(served.gatekeeper.receipts.key()));
		assert_eq!(served.gatekeeper.metrics.tls_handshakes_failed.get(), 0);
	}

	#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
	async fn a_client_that_does_not_trust_the_ca_fails_the_handshake_and_gets_nothing() {
		let ca = TestCa::new("MedRec test CA");
		let served = served_over_tls(&ca, Default::default()).await;
		let other = TestCa::new("Another CA");
		let error = connect(&served, other.root()).await.expect_err("refused");
		assert!(error.to_string().contains("UnknownIssuer"), "{error}");
		// The system's roots do not know a private CA either.
		let mut system = rustls::RootCertStore::empty();
		system.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
		assert!(connect(&served, system).await.is_err());
		// Counted once the server has seen the handshake end.
		let metrics = &served.gatekeeper.metrics;
		for _ in 0..100 {
			if metrics.tls_handshakes_failed.get() >= 2 {
				break;
			}
			tokio::time::sleep(Duration::from_millis(10)).await;
		}
		assert_eq!(metrics.tls_handshakes_failed.get(), 2);
	}

	#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
	async fn plain_http_on_the_tls_port_gets_no_answer_but_at_most_an_alert() {
		let ca = TestCa::new("MedRec test CA");
		let served = served_over_tls(&ca, Default::default()).await;
		let tcp = tokio::net::TcpStream::connect(served.addr).await.expect("connects");
		let answer =
			tokio::time::timeout(Duration::from_secs(5), http_request(tcp, &get("/health", &[])))
				.await
				.expect("closed at once")
				.unwrap_or_default();
		assert!(!answer.contains("HTTP/"), "no HTTP answer: {answer:?}");
		assert!(!answer.contains("chain"), "no data: {answer:?}");
		// Nothing but a TLS alert record (content type 21) may come back.
		assert!(answer.is_empty() || answer.as_bytes()[0] == 21, "{answer:?}");
		let plain = tokio::net::TcpStream::connect(served.addr).await.expect("connects");
		let rpc = http_request(plain, &post("gatekeeper_info", serde_json::json!([])))
			.await
			.unwrap_or_default();
		assert!(!rpc.contains("provider"), "{rpc:?}");
	}

	#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
	async fn a_handshake_trickled_byte_by_byte_is_closed_at_the_read_timeout() {
		use tokio::io::{AsyncReadExt, AsyncWriteExt};
		let ca = TestCa::new("MedRec test CA");
		let limits = crate::config::ServerConfig { read_timeout_secs: 1, ..Default::default() };
		let served = served_over_tls(&ca, limits).await;
		let mut tcp = tokio::net::TcpStream::connect(served.addr).await.expect("connects");
		// A handshake record's header announcing 512 bytes, then one byte every 200 ms: each
		// read sees a byte well within the timeout, but the handshake never ends.
		tcp.write_all(&[22, 3, 1, 2, 0]).await.expect("sent");
		let started = Instant::now();
		let closed = async {
			let mut byte = [0u8; 1];
			loop {
				tokio::time::sleep(Duration::from_millis(200)).await;
				if tcp.write_all(&[0]).await.is_err() {
					return;
				}
				let read = tokio::time::timeout(Duration::from_millis(1), tcp.read(&mut byte));
				if let Ok(Ok(0) | Err(_)) = read.await {
					return;
				}
			}
		};
		tokio::time::timeout(Duration::from_secs(5), closed).await.expect("closed");
		let elapsed = started.elapsed();
		assert!(elapsed >= Duration::from_millis(900), "not before the timeout: {elapsed:?}");
		assert!(elapsed < Duration::from_secs(3), "at the timeout: {elapsed:?}");
		let metrics = &served.gatekeeper.metrics;
		for _ in 0..100 {
			if metrics.connections.get() == 0 {
				break;
			}
			tokio::time::sleep(Duration::from_millis(10)).await;
		}
		assert_eq!(metrics.connections.get(), 0, "its place is free again");
		assert_eq!(metrics.read_timeouts.get(), 1);
		assert_eq!(metrics.tls_handshakes_failed.get(), 1);
	}

	/// Not a test of behaviour: what TLS costs, printed (`cargo test … tls_overhead --
	/// --ignored --nocapture`). The handshake of a new connection, then `GET /health` on it,
	/// for plain HTTP and for HTTPS.
	#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
	#[ignore]
	async fn tls_overhead() {
		let ca = TestCa::new("MedRec test CA");
		let tls = served_over_tls(&ca, Default::default()).await;
		let plain = Served::start(None, Default::default()).await;
		const N: u32 = 500;
		let (mut plain_total, mut tls_total, mut handshakes) =
			(Duration::ZERO, Duration::ZERO, Duration::ZERO);
		for _ in 0..N {
			let started = Instant::now();
			let tcp = tokio::net::TcpStream::connect(plain.addr).await.expect("connects");
			http_request(tcp, &get("/health", &[])).await.expect("answered");
			plain_total += started.elapsed();

			let started = Instant::now();
			let session = connect(&tls, ca.root()).await.expect("trusted");
			handshakes += started.elapsed();
			http_request(session, &get("/health", &[])).await.expect("answered");
			tls_total += started.elapsed();
		}
		println!(
			"new connection + GET /health, mean of {N}: plain {:?}, TLS {:?} (of which the \
			 handshake {:?})",
			plain_total / N,
			tls_total / N,
			handshakes / N
		);
	}

	#[test]
	fn a_key_that_is_not_the_certificates_is_refused() {
		let dir = tempfile::tempdir().expect("a temporary directory");
		let ca = TestCa::new("MedRec test CA");
		let one = write(dir.path(), &ca.issue(&["localhost"]));
		let other = ca.issue(&["localhost"]);
		let other_key = dir.path().join("other-key.pem");
		std::fs::write(&other_key, other.key).expect("written");
		let error = refusal(&TlsConfig { key: other_key, ..one });
		assert!(error.contains("is not the private key of the certificate"), "{error}");
		assert!(error.contains("other-key.pem") && error.contains("cert.pem"), "{error}");
	}
}
