use super::*;
use crate::tls::tests::{write, TestCa};
use std::net::SocketAddr;
use tokio::{
	io::{AsyncReadExt, AsyncWriteExt},
	net::{TcpListener, TcpStream},
};

/// A folder holding `ca`'s certificate as `ca.pem`.
fn ca_file(ca: &TestCa) -> (tempfile::TempDir, PathBuf) {
	let dir = tempfile::tempdir().expect("a temporary directory");
	let path = dir.path().join("ca.pem");
	std::fs::write(&path, ca.pem()).expect("written");
	(dir, path)
}

fn refusal(url: &str, ca: Option<&Path>) -> String {
	format!("{:#}", Target::parse(url, ca).expect_err("refused"))
}

const URL: &str = "postgres://gatekeeper:s3cret@db.internal:5433/emr";

#[test]
fn verification_is_on_unless_the_url_says_otherwise() {
	let target = Target::parse(URL, None).expect("a URL");
	assert_eq!(target.mode(), SslMode::VerifyFull);
	assert_eq!(target.trust, Trust::System);
	assert_eq!(target.config.get_ssl_mode(), PgSslMode::Require, "never plain text");
	let described = target.describe();
	assert!(described.contains("db.internal (sslmode=verify-full)"), "{described}");
	assert!(described.contains("host name checked against the system's roots"), "{described}");
	assert!(!described.contains("s3cret") && !format!("{target:?}").contains("s3cret"));

	let disabled = Target::parse(&format!("{URL}?sslmode=disable"), None).expect("a URL");
	assert_eq!(disabled.mode(), SslMode::Disable);
	assert_eq!(disabled.config.get_ssl_mode(), PgSslMode::Disable);
	assert!(disabled.describe().contains("without TLS"));
	let required = Target::parse(&format!("{URL}?sslmode=require"), None).expect("a URL");
	assert_eq!(required.mode(), SslMode::Require);
	assert!(required.describe().contains("not verified"));
	let ca_only = Target::parse(&format!("{URL}?sslmode=verify-ca"), None).expect("a URL");
	assert_eq!(ca_only.mode(), SslMode::VerifyCa);
}

#[test]
fn the_ca_comes_from_the_configuration_or_sslrootcert_and_require_then_verifies_it() {
	let ca = TestCa::new("MedRec test CA");
	let (_dir, path) = ca_file(&ca);
	let configured = Target::parse(URL, Some(&path)).expect("a URL");
	assert_eq!(configured.trust, Trust::File(path.clone()));
	assert!(configured.describe().contains(&format!("the CA in {}", path.display())));
	let in_url =
		Target::parse(&format!("{URL}?sslrootcert={}", path.display()), None).expect("a URL");
	assert_eq!(in_url.trust, Trust::File(path.clone()));
	assert_eq!(in_url.mode(), SslMode::VerifyFull);
	// libpq's rule: `require` with a CA checks the chain.
	let required = Target::parse(&format!("{URL}?sslmode=require"), Some(&path)).expect("a URL");
	assert_eq!(required.mode(), SslMode::VerifyCa);
	let system = Target::parse(&format!("{URL}?sslrootcert=system"), None).expect("a URL");
	assert_eq!(system.trust, Trust::System);
}

#[test]
fn other_parameters_reach_tokio_postgres_as_written() {
	let target = Target::parse(
		&format!("{URL}?application_name=gate%2Bkeeper&sslmode=verify-full&connect_timeout=5"),
		None,
	)
	.expect("a URL");
	assert_eq!(target.config.get_application_name(), Some("gate+keeper"));
	assert_eq!(target.config.get_connect_timeout(), Some(&std::time::Duration::from_secs(5)));
	assert_eq!(target.config.get_password(), Some(&b"s3cret"[..]));
}

#[test]
fn fallbacks_to_plain_text_contradictions_and_unreadable_cas_are_refused() {
	for fallback in ["prefer", "allow"] {
		let error = refusal(&format!("{URL}?sslmode={fallback}"), None);
		assert!(error.contains("falls back to an unencrypted connection"), "{error}");
	}
	let error = refusal(&format!("{URL}?sslmode=verify_full"), None);
	assert!(error.contains("\"verify_full\" is not one of"), "{error}");
	let ca = TestCa::new("MedRec test CA");
	let (_dir, path) = ca_file(&ca);
	let error = refusal(&format!("{URL}?sslrootcert={}", path.display()), Some(&path));
	assert!(error.contains("named twice"), "{error}");
	let error = refusal(&format!("{URL}?sslmode=disable"), Some(&path));
	assert!(error.contains("nothing would be verified"), "{error}");
	let error = refusal("host=db.internal user=gatekeeper", None);
	assert!(error.contains("give a URL"), "{error}");
	let error = refusal(URL, Some(Path::new("/nonexistent/ca.pem")));
	assert!(error.contains("database.postgres_ca /nonexistent/ca.pem: cannot read it"), "{error}");
	let empty = path.with_file_name("empty.pem");
	std::fs::write(&empty, "").expect("written");
	let error = refusal(URL, Some(&empty));
	assert!(error.contains("no certificate in it"), "{error}");
	let error = refusal("postgres://gatekeeper@db.internal:notaport/emr", None);
	assert!(error.contains("not a PostgreSQL URL"), "{error}");
}

/// A TLS server on a local port with the certificate `issued`, for one handshake at a time.
async fn tls_server(issued: &crate::tls::tests::Issued) -> SocketAddr {
	let dir = tempfile::tempdir().expect("a temporary directory");
	let config = crate::tls::server_config(&write(dir.path(), issued)).expect("usable");
	let acceptor = tokio_rustls::TlsAcceptor::from(config);
	let listener = TcpListener::bind("127.0.0.1:0").await.expect("binds");
	let addr = listener.local_addr().expect("bound");
	tokio::spawn(async move {
		while let Ok((tcp, _)) = listener.accept().await {
			let acceptor = acceptor.clone();
			tokio::spawn(async move {
				if let Ok(mut tls) = acceptor.accept(tcp).await {
					let _ = tls.write_all(b"ok").await;
					let _ = tls.shutdown().await;
				}
			});
		}
	});
	addr
}

/// A TLS handshake with `addr` as `host`, as tokio-postgres runs it with the client of
/// `mode` and `trust`.
async fn handshake(addr: SocketAddr, host: &str, mode: SslMode, trust: &Trust) -> io::Result<()> {
	let mut make =
		MakeRustlsConnect::new(client_config(mode, trust, "database").expect("a client"));
	let connect =
		MakeTlsConnect::<TcpStream>::make_tls_connect(&mut make, host).expect("a server name");
	let tcp = TcpStream::connect(addr).await?;
	let mut stream = TlsConnect::connect(connect, tcp).await?;
	let mut said = [0u8; 2];
	stream.read_exact(&mut said).await?;
	assert_eq!(&said, b"ok");
	Ok(())
}

fn certificate_error(error: io::Error) -> rustls::CertificateError {
	match error.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) {
		Some(rustls::Error::InvalidCertificate(error)) => error.clone(),
		_ => panic!("not a certificate error: {error}"),
	}
}

#[tokio::test]
async fn each_mode_checks_what_it_says_of_the_servers_certificate() {
	let ca = TestCa::new("MedRec test CA");
	let (_dir, path) = ca_file(&ca);
	let ours = Trust::File(path);
	let addr = tls_server(&ca.issue(&["db.internal", "127.0.0.1"])).await;

	// verify-full: the CA and the name, by DNS name or by address.
	handshake(addr, "db.internal", SslMode::VerifyFull, &ours)
		.await
		.expect("verified");
	handshake(addr, "127.0.0.1", SslMode::VerifyFull, &ours)
		.await
		.expect("verified");
	let wrong_name = handshake(addr, "other.internal", SslMode::VerifyFull, &ours).await;
	assert!(matches!(
		certificate_error(wrong_name.expect_err("another name")),
		rustls::CertificateError::NotValidForName
			| rustls::CertificateError::NotValidForNameContext { .. }
	));
	// verify-ca: the CA only.
	handshake(addr, "other.internal", SslMode::VerifyCa, &ours)
		.await
		.expect("the CA holds");

	// Another CA: refused by both, whatever the name.
	let other = TestCa::new("Another CA");
	let (_other_dir, other_path) = ca_file(&other);
	let theirs = Trust::File(other_path);
	for mode in [SslMode::VerifyFull, SslMode::VerifyCa] {
		let error = handshake(addr, "db.internal", mode, &theirs).await.expect_err("untrusted");
		assert_eq!(certificate_error(error), rustls::CertificateError::UnknownIssuer, "{mode:?}");
	}
	// The system's roots do not know a private CA.
	let error = handshake(addr, "db.internal", SslMode::VerifyFull, &Trust::System)
		.await
		.expect_err("untrusted");
	assert_eq!(certificate_error(error), rustls::CertificateError::UnknownIssuer);
	// require: encrypted, whoever it is.
	handshake(addr, "other.internal", SslMode::Require, &theirs)
		.await
		.expect("not verified");
}

#[test]
fn channel_binding_hashes_the_certificate_with_its_signature_hash() {
	use rcgen::{Certificate, CertificateParams};
	let der = |algorithm: &'static rcgen::SignatureAlgorithm| {
		let mut params = CertificateParams::new(vec!["db.internal".to_owned()]);
		params.alg = algorithm;
		Certificate::from_params(params)
			.expect("a certificate")
			.serialize_der()
			.expect("DER")
	};
	let sha256 = der(&rcgen::PKCS_ECDSA_P256_SHA256);
	assert_eq!(
		server_end_point(&sha256),
		Some(ring::digest::digest(&ring::digest::SHA256, &sha256).as_ref().to_vec())
	);
	let sha384 = der(&rcgen::PKCS_ECDSA_P384_SHA384);
	assert_eq!(
		server_end_point(&sha384),
		Some(ring::digest::digest(&ring::digest::SHA384, &sha384).as_ref().to_vec())
	);
	// Ed25519 has no hash of its own: no binding (RFC 5929 defines none).
	assert_eq!(server_end_point(&der(&rcgen::PKCS_ED25519)), None);
	assert_eq!(server_end_point(b"not DER"), None);
	assert_eq!(server_end_point(&sha256[..sha256.len() / 2]), None, "cut short");
}

/// A server that answers PostgreSQL's TLS request with `answer` (`N`: no TLS; `S`: TLS, with
/// `issued`'s certificate), then hangs up.
async fn postgres_like(answer: u8, issued: Option<crate::tls::tests::Issued>) -> u16 {
	let listener = TcpListener::bind("127.0.0.1:0").await.expect("binds");
	let port = listener.local_addr().expect("bound").port();
	let acceptor = issued.map(|issued| {
		let dir = tempfile::tempdir().expect("a temporary directory");
		tokio_rustls::TlsAcceptor::from(
			crate::tls::server_config(&write(dir.path(), &issued)).expect("usable"),
		)
	});
	tokio::spawn(async move {
		while let Ok((mut tcp, _)) = listener.accept().await {
			let mut request = [0u8; 8];
			if tcp.read_exact(&mut request).await.is_err() {
				continue;
			}
			let _ = tcp.write_all(&[answer]).await;
			if let Some(acceptor) = &acceptor {
				let _ = acceptor.accept(tcp).await;
			}
		}
	});
	port
}

#[tokio::test]
async fn a_server_without_tls_or_with_an_untrusted_certificate_is_refused_with_the_fix() {
	let port = postgres_like(b'N', None).await;
	let target = Target::parse(&format!("postgres://gatekeeper:s3cret@127.0.0.1:{port}/emr"), None)
		.expect("a URL");
	let error = format!("{:#}", target.connect().await.expect_err("refused"));
	assert!(error.contains("does not offer TLS") && error.contains("sslmode=disable"), "{error}");
	assert!(error.contains("sslmode=verify-full"), "says what it tried: {error}");
	assert!(!error.contains("s3cret"), "{error}");

	let ca = TestCa::new("MedRec test CA");
	let port = postgres_like(b'S', Some(ca.issue(&["127.0.0.1"]))).await;
	let url = format!("postgres://gatekeeper:s3cret@127.0.0.1:{port}/emr");
	let error = format!(
		"{:#}",
		Target::parse(&url, None).expect("a URL").connect().await.expect_err("refused")
	);
	assert!(error.contains("not signed by a CA this system trusts"), "{error}");
	assert!(error.contains("[database] postgres_ca"), "the fix: {error}");
	let other = TestCa::new("Another CA");
	let (_dir, path) = ca_file(&other);
	let target = Target::parse(&url, Some(&path)).expect("a URL");
	let error = format!("{:#}", target.connect().await.expect_err("refused"));
	assert!(error.contains(&format!("not signed by a CA in {}", path.display())), "{error}");
}

/// The PostgreSQL of the tests (`scripts/postgres-test-db.sh`): its URL without `sslmode` and
/// `sslrootcert`, and its CA (`sslrootcert`, else `MEDREC_PG_CA`); `None` (saying why) without
/// one.
pub(crate) fn test_postgres() -> Option<(String, Option<PathBuf>)> {
	let Ok(url) = std::env::var("MEDREC_PG_URL") else {
		eprintln!(
			"skipped: no PostgreSQL ({})",
			std::env::var("MEDREC_PG_SKIP_REASON").unwrap_or_else(|_| {
				"MEDREC_PG_URL is not set; see scripts/postgres-test-db.sh".into()
			})
		);
		return None;
	};
	let (base, query) = url.split_once('?').unwrap_or((&url, ""));
	let ca = form_urlencoded::parse(query.as_bytes())
		.find(|(key, _)| key == "sslrootcert")
		.map(|(_, value)| PathBuf::from(value.into_owned()))
		.or_else(|| std::env::var_os("MEDREC_PG_CA").map(PathBuf::from));
	Some((base.to_owned(), ca))
}

/// Whether the session of `client` is encrypted.
async fn encrypted(client: &Client) -> bool {
	client
		.query_one("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", &[])
		.await
		.expect("pg_stat_ssl")
		.get(0)
}

#[tokio::test]
async fn postgres_verify_full_with_its_ca_connects_reads_and_binds_the_channel() {
	let Some((url, ca)) = test_postgres() else { return };
	let Some(ca) = ca else {
		eprintln!("skipped: the test PostgreSQL's CA is unknown (sslrootcert or MEDREC_PG_CA)");
		return;
	};
	// SCRAM with channel binding, or no session: the server's certificate hash must be ours.
	let target =
		Target::parse(&format!("{url}?channel_binding=require"), Some(&ca)).expect("a URL");
	assert_eq!(target.mode(), SslMode::VerifyFull);
	let client = target.connect().await.expect("verified and bound");
	assert!(encrypted(&client).await);
	let user: String =
		client.query_one("SELECT current_user::text", &[]).await.expect("reads").get(0);
	assert!(!user.is_empty());
}

#[tokio::test]
async fn postgres_verify_full_without_trusting_its_ca_is_refused() {
	let Some((url, _)) = test_postgres() else { return };
	let target = Target::parse(&url, None).expect("a URL");
	let error = format!("{:#}", target.connect().await.expect_err("refused"));
	assert!(
		error.contains("not signed by a CA this system trusts")
			|| error.contains("does not offer TLS"),
		"{error}"
	);
}

#[tokio::test]
async fn postgres_sslmode_disable_still_connects_in_plain_text() {
	let Some((url, _)) = test_postgres() else { return };
	let target = Target::parse(&format!("{url}?sslmode=disable"), None).expect("a URL");
	let client = target.connect().await.expect("the test server allows plain text on loopback");
	assert!(!encrypted(&client).await);
}
