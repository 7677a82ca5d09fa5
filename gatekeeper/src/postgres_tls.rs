//! TLS to PostgreSQL over rustls, and the URL that says how to use it.
//!
//! tokio-postgres takes its TLS through three traits ([`MakeTlsConnect`], [`TlsConnect`],
//! [`TlsStream`]); this module implements them over tokio-rustls (the crate
//! `tokio-postgres-rustls` does the same, but is not among our dependencies), including
//! channel binding: the `tls-server-end-point` hash of the server's certificate, which SCRAM
//! authentication signs, so a man in the middle holding another certificate cannot relay the
//! login.
//!
//! The URL's `sslmode` is libpq's, with verification on unless the operator says otherwise:
//!
//! | `sslmode` | the connection |
//! |---|---|
//! | absent, `verify-full` | TLS; the server's certificate must chain to a trusted CA and name the host |
//! | `verify-ca` | TLS; the certificate must chain to a trusted CA, whatever name it carries |
//! | `require` | TLS; the server is not verified (as libpq: `verify-ca` if a CA file is named) |
//! | `disable` | no TLS |
//!
//! `prefer` and `allow` are refused: they fall back to plain text without a word. The trusted
//! CAs are those of `[database] postgres_ca` or of the URL's `sslrootcert` (libpq's name for it;
//! `system` means the system's roots), else the system's roots.

use anyhow::{anyhow, bail, Context};
use rustls::{
	client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier},
	pki_types::{CertificateDer, ServerName, UnixTime},
	ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use std::{
	future::Future,
	io,
	path::{Path, PathBuf},
	pin::Pin,
	sync::Arc,
	task::{Context as TaskContext, Poll},
};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio_postgres::{
	config::SslMode as PgSslMode,
	tls::{ChannelBinding, MakeTlsConnect, TlsConnect, TlsStream},
	Client, NoTls,
};

/// How the connection is secured (the URL's `sslmode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
	Disable,
	Require,
	VerifyCa,
	VerifyFull,
}

impl SslMode {
	fn name(self) -> &'static str {
		match self {
			SslMode::Disable => "disable",
			SslMode::Require => "require",
			SslMode::VerifyCa => "verify-ca",
			SslMode::VerifyFull => "verify-full",
		}
	}
}

/// Whom a verifying connection trusts to sign the server's certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trust {
	/// The CA certificates of a PEM file.
	File(PathBuf),
	/// The system's trusted roots.
	System,
}

/// A PostgreSQL server to connect to, and how.
#[derive(Clone)]
pub struct Target {
	/// The URL without `sslmode` and `sslrootcert`, as tokio-postgres reads it.
	config: tokio_postgres::Config,
	mode: SslMode,
	trust: Trust,
	/// The TLS client, built once (the CA file is read at start); none without TLS.
	tls: Option<MakeRustlsConnect>,
	/// The configuration section whose `postgres` this is, for messages.
	section: &'static str,
}

impl std::fmt::Debug for Target {
	// Never the URL: it holds the password.
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		write!(f, "Target({})", self.describe())
	}
}

impl Target {
	/// Reads `url` (`postgres://…`, with libpq's `sslmode` and `sslrootcert` if any) and the
	/// CA file `ca` of `[database] postgres_ca`, and builds the TLS client.
	pub fn parse(url: &str, ca: Option<&Path>) -> anyhow::Result<Self> {
		Self::parse_in("database", url, ca)
	}

	/// [`Self::parse`] for the `postgres` and `postgres_ca` of the configuration's `section`
	/// (`database`, `state`), which its messages name.
	pub fn parse_in(section: &'static str, url: &str, ca: Option<&Path>) -> anyhow::Result<Self> {
		if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
			bail!(
				"{section}.postgres: give a URL, postgres://user:password@host/database \
				 (key=value connection strings are not read)"
			);
		}
		let (base, query) = url.split_once('?').unwrap_or((url, ""));
		let (mut mode, mut rootcert) = (None, None);
		// The other parameters go to tokio-postgres exactly as written (re-encoding could
		// change them: `+` is not a space to it).
		let mut kept = Vec::new();
		for raw in query.split('&').filter(|p| !p.is_empty()) {
			let (key, value) = form_urlencoded::parse(raw.as_bytes())
				.next()
				.map(|(k, v)| (k.into_owned(), v.into_owned()))
				.unwrap_or_default();
			match key.as_str() {
				"sslmode" => mode = Some(value),
				"sslrootcert" => rootcert = Some(value),
				_ => kept.push(raw),
			}
		}
		let mode = match mode.as_deref() {
			None | Some("verify-full") => SslMode::VerifyFull,
			Some("verify-ca") => SslMode::VerifyCa,
			Some("require") => SslMode::Require,
			Some("disable") => SslMode::Disable,
			Some(fallback @ ("prefer" | "allow")) => bail!(
				"{section}.postgres: sslmode={fallback} falls back to an unencrypted connection \
				 without saying so; use verify-full (the default), verify-ca, require or disable"
			),
			Some(other) => bail!(
				"{section}.postgres: sslmode={other:?} is not one of verify-full (the default), \
				 verify-ca, require, disable"
			),
		};
		let trust = match (ca, rootcert.as_deref()) {
			(Some(_), Some(_)) => bail!(
				"{section}: the CA is named twice, by postgres_ca and by the URL's sslrootcert; \
				 keep one"
			),
			(Some(file), None) => Some(Trust::File(file.to_owned())),
			(None, Some("system")) => Some(Trust::System),
			(None, Some(file)) => Some(Trust::File(PathBuf::from(file))),
			(None, None) => None,
		};
		let mode = match (mode, &trust) {
			(SslMode::Disable, Some(_)) => bail!(
				"{section}: sslmode=disable with a CA to trust: nothing would be verified; \
				 remove sslmode=disable, or the CA"
			),
			// libpq's rule: `require` with a CA file verifies the chain.
			(SslMode::Require, Some(_)) => SslMode::VerifyCa,
			(mode, _) => mode,
		};
		let trust = trust.unwrap_or(Trust::System);
		let rebuilt =
			if kept.is_empty() { base.to_owned() } else { format!("{base}?{}", kept.join("&")) };
		let mut config: tokio_postgres::Config = rebuilt.parse().map_err(|e| {
			anyhow!("{section}.postgres: not a PostgreSQL URL tokio-postgres reads: {e}")
		})?;
		config.ssl_mode(if mode == SslMode::Disable {
			PgSslMode::Disable
		} else {
			PgSslMode::Require
		});
		let tls = match mode {
			SslMode::Disable => None,
			mode => Some(MakeRustlsConnect::new(client_config(mode, &trust, section)?)),
		};
		Ok(Self { config, mode, trust, tls, section })
	}

	/// How the connection is secured, for logs and errors (never the password).
	pub fn describe(&self) -> String {
		let hosts = self
			.config
			.get_hosts()
			.iter()
			.map(|host| match host {
				tokio_postgres::config::Host::Tcp(name) => name.clone(),
				tokio_postgres::config::Host::Unix(path) => path.display().to_string(),
			})
			.collect::<Vec<_>>()
			.join(",");
		let trusting = match &self.trust {
			Trust::File(path) => format!("the CA in {}", path.display()),
			Trust::System => "the system's roots".to_owned(),
		};
		let how = match self.mode {
			SslMode::Disable => "without TLS".to_owned(),
			SslMode::Require => "over TLS, the server not verified".to_owned(),
			SslMode::VerifyCa => format!("over TLS, the certificate checked against {trusting}"),
			SslMode::VerifyFull => {
				format!("over TLS, the certificate and host name checked against {trusting}")
			},
		};
		format!("{hosts} (sslmode={}) {how}", self.mode.name())
	}

	/// The connection's `sslmode`.
	pub fn mode(&self) -> SslMode {
		self.mode
	}

	/// Opens a session; its connection runs on a task of its own until the client is dropped.
	pub async fn connect(&self) -> anyhow::Result<Client> {
		let connected = match &self.tls {
			None => self.config.connect(NoTls).await.map(|(client, connection)| {
				tokio::spawn(watch(connection));
				client
			}),
			Some(tls) => self.config.connect(tls.clone()).await.map(|(client, connection)| {
				tokio::spawn(watch(connection));
				client
			}),
		};
		connected.map_err(|error| {
			let why = hint(&error, self).map_or(String::new(), |hint| format!(": {hint}"));
			anyhow!(error).context(format!("connecting to PostgreSQL at {}{why}", self.describe()))
		})
	}
}

/// Runs a session's connection; says why it ended, without the server's words (see
/// [`crate::postgres::describe_error`]).
async fn watch<F: Future<Output = Result<(), tokio_postgres::Error>>>(connection: F) {
	if let Err(error) = connection.await {
		tracing::error!(error = %crate::postgres::describe_error(&error), "PostgreSQL connection ended");
	}
}

/// What an operator should do about a failed connection, when the cause is a known one.
fn hint(error: &tokio_postgres::Error, target: &Target) -> Option<String> {
	let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(error);
	while let Some(current) = cause {
		let rustls_error = current
			.downcast_ref::<io::Error>()
			.and_then(|io| io.get_ref())
			.and_then(|inner| inner.downcast_ref::<rustls::Error>())
			.or_else(|| current.downcast_ref::<rustls::Error>());
		if let Some(rustls::Error::InvalidCertificate(certificate)) = rustls_error {
			use rustls::CertificateError as E;
			return Some(match certificate {
				E::UnknownIssuer | E::BadSignature => match &target.trust {
					Trust::System => format!(
						"the server's certificate is not signed by a CA this system trusts; name \
						 your CA's PEM file in [{}] postgres_ca",
						target.section
					),
					Trust::File(path) => format!(
						"the server's certificate is not signed by a CA in {}; name the CA that \
						 signed it",
						path.display()
					),
				},
				E::NotValidForName | E::NotValidForNameContext { .. } => {
					"the server's certificate does not name the host in the URL; connect by a \
					 name it carries, or use sslmode=verify-ca to check the CA only"
						.to_owned()
				},
				E::Expired | E::ExpiredContext { .. } => {
					"the server's certificate has expired; renew it".to_owned()
				},
				other => format!("the server's certificate is refused: {other:?}"),
			});
		}
		if current.to_string().contains("server does not support TLS") {
			return Some(
				"the server does not offer TLS: turn `ssl = on` in its postgresql.conf, or add \
				 sslmode=disable to the URL (plain text: only on the database host or a \
				 private network)"
					.to_owned(),
			);
		}
		cause = current.source();
	}
	None
}

/// The TLS client configuration for `mode` (not `Disable`), trusting `trust`.
fn client_config(mode: SslMode, trust: &Trust, section: &str) -> anyhow::Result<Arc<ClientConfig>> {
	let provider = crate::tls::provider();
	let builder = ClientConfig::builder_with_provider(provider.clone())
		.with_safe_default_protocol_versions()
		.context("rustls offers no safe protocol version")?;
	let config = match mode {
		SslMode::Require => builder
			.dangerous()
			.with_custom_certificate_verifier(Arc::new(Unverified(provider)))
			.with_no_client_auth(),
		SslMode::VerifyFull => {
			builder.with_root_certificates(roots(trust, section)?).with_no_client_auth()
		},
		SslMode::VerifyCa => {
			let verifier = rustls::client::WebPkiServerVerifier::builder_with_provider(
				Arc::new(roots(trust, section)?),
				provider,
			)
			.build()
			.context("the trusted CAs")?;
			builder
				.dangerous()
				.with_custom_certificate_verifier(Arc::new(AnyName(verifier)))
				.with_no_client_auth()
		},
		SslMode::Disable => bail!("sslmode=disable takes no TLS client"),
	};
	Ok(Arc::new(config))
}

/// The trusted roots: the CA file's certificates, or the system's.
fn roots(trust: &Trust, section: &str) -> anyhow::Result<RootCertStore> {
	let mut roots = RootCertStore::empty();
	match trust {
		Trust::File(path) => {
			for certificate in crate::tls::certificates(&format!("{section}.postgres_ca"), path)? {
				roots.add(certificate).map_err(|e| {
					anyhow!(
						"{section}.postgres_ca {}: a certificate rustls cannot trust as a CA: {e}",
						path.display()
					)
				})?;
			}
		},
		Trust::System => {
			let found = rustls_native_certs::load_native_certs();
			let (added, _) = roots.add_parsable_certificates(found.certs);
			if added == 0 {
				bail!(
					"{section}: no trusted CA certificates found on this system{}; name your \
					 PostgreSQL server's CA in [{section}] postgres_ca",
					found.errors.first().map_or(String::new(), |e| format!(" ({e})"))
				);
			}
		},
	}
	Ok(roots)
}

/// `verify-ca`: the certificate must chain to a trusted CA; the name it carries is not
/// checked (webpki checks the name last, after the chain, so a name error means the chain
/// held).
#[derive(Debug)]
struct AnyName(Arc<rustls::client::WebPkiServerVerifier>);

impl ServerCertVerifier for AnyName {
	fn verify_server_cert(
		&self,
		end_entity: &CertificateDer<'_>,
		intermediates: &[CertificateDer<'_>],
		server_name: &ServerName<'_>,
		ocsp: &[u8],
		now: UnixTime,
	) -> Result<ServerCertVerified, rustls::Error> {
		use rustls::{CertificateError::*, Error::InvalidCertificate};
		match self.0.verify_server_cert(end_entity, intermediates, server_name, ocsp, now) {
			Err(InvalidCertificate(NotValidForName | NotValidForNameContext { .. })) => {
				Ok(ServerCertVerified::assertion())
			},
			verified => verified,
		}
	}

	fn verify_tls12_signature(
		&self,
		message: &[u8],
		cert: &CertificateDer<'_>,
		dss: &DigitallySignedStruct,
	) -> Result<HandshakeSignatureValid, rustls::Error> {
		self.0.verify_tls12_signature(message, cert, dss)
	}

	fn verify_tls13_signature(
		&self,
		message: &[u8],
		cert: &CertificateDer<'_>,
		dss: &DigitallySignedStruct,
	) -> Result<HandshakeSignatureValid, rustls::Error> {
		self.0.verify_tls13_signature(message, cert, dss)
	}

	fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
		self.0.supported_verify_schemes()
	}
}

/// `require`: any certificate. The handshake's signatures are still checked, so the session
/// is encrypted to whoever holds the certificate's key, but nothing says who that is.
#[derive(Debug)]
struct Unverified(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for Unverified {
	fn verify_server_cert(
		&self,
		_end_entity: &CertificateDer<'_>,
		_intermediates: &[CertificateDer<'_>],
		_server_name: &ServerName<'_>,
		_ocsp: &[u8],
		_now: UnixTime,
	) -> Result<ServerCertVerified, rustls::Error> {
		Ok(ServerCertVerified::assertion())
	}

	fn verify_tls12_signature(
		&self,
		message: &[u8],
		cert: &CertificateDer<'_>,
		dss: &DigitallySignedStruct,
	) -> Result<HandshakeSignatureValid, rustls::Error> {
		rustls::crypto::verify_tls12_signature(
			message,
			cert,
			dss,
			&self.0.signature_verification_algorithms,
		)
	}

	fn verify_tls13_signature(
		&self,
		message: &[u8],
		cert: &CertificateDer<'_>,
		dss: &DigitallySignedStruct,
	) -> Result<HandshakeSignatureValid, rustls::Error> {
		rustls::crypto::verify_tls13_signature(
			message,
			cert,
			dss,
			&self.0.signature_verification_algorithms,
		)
	}

	fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
		self.0.signature_verification_algorithms.supported_schemes()
	}
}

/// Makes a TLS connector for each host tokio-postgres connects to.
#[derive(Clone)]
pub struct MakeRustlsConnect {
	config: Arc<ClientConfig>,
}

impl MakeRustlsConnect {
	pub fn new(config: Arc<ClientConfig>) -> Self {
		Self { config }
	}
}

impl<S> MakeTlsConnect<S> for MakeRustlsConnect
where
	S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
	type Stream = RustlsStream<S>;
	type TlsConnect = RustlsConnect;
	type Error = rustls::pki_types::InvalidDnsNameError;

	fn make_tls_connect(&mut self, host: &str) -> Result<RustlsConnect, Self::Error> {
		// An IP address or a DNS name; the certificate must name it (verify-full).
		let name = ServerName::try_from(host.to_owned())?;
		Ok(RustlsConnect { config: self.config.clone(), name })
	}
}

/// Connects to one host.
pub struct RustlsConnect {
	config: Arc<ClientConfig>,
	name: ServerName<'static>,
}

impl<S> TlsConnect<S> for RustlsConnect
where
	S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
	type Stream = RustlsStream<S>;
	type Error = io::Error;
	type Future = Pin<Box<dyn Future<Output = io::Result<RustlsStream<S>>> + Send>>;

	fn connect(self, stream: S) -> Self::Future {
		Box::pin(async move {
			let connector = tokio_rustls::TlsConnector::from(self.config);
			Ok(RustlsStream(connector.connect(self.name, stream).await?))
		})
	}
}

/// A TLS session with the server.
pub struct RustlsStream<S>(tokio_rustls::client::TlsStream<S>);

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncRead for RustlsStream<S> {
	fn poll_read(
		self: Pin<&mut Self>,
		cx: &mut TaskContext<'_>,
		buf: &mut ReadBuf<'_>,
	) -> Poll<io::Result<()>> {
		Pin::new(&mut self.get_mut().0).poll_read(cx, buf)
	}
}

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncWrite for RustlsStream<S> {
	fn poll_write(
		self: Pin<&mut Self>,
		cx: &mut TaskContext<'_>,
		buf: &[u8],
	) -> Poll<io::Result<usize>> {
		Pin::new(&mut self.get_mut().0).poll_write(cx, buf)
	}

	fn poll_flush(self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<io::Result<()>> {
		Pin::new(&mut self.get_mut().0).poll_flush(cx)
	}

	fn poll_shutdown(self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<io::Result<()>> {
		Pin::new(&mut self.get_mut().0).poll_shutdown(cx)
	}
}

impl<S: AsyncRead + AsyncWrite + Unpin> TlsStream for RustlsStream<S> {
	fn channel_binding(&self) -> ChannelBinding {
		let (_, session) = self.0.get_ref();
		session
			.peer_certificates()
			.and_then(|chain| chain.first())
			.and_then(|certificate| server_end_point(certificate.as_ref()))
			.map_or_else(ChannelBinding::none, ChannelBinding::tls_server_end_point)
	}
}

/// RFC 5929's `tls-server-end-point` of a certificate: its hash under the hash function of its
/// signature algorithm, SHA-256 for MD5 and SHA-1. `None` for algorithms without one hash
/// function (Ed25519, RSA-PSS, whose hash is in its parameters) or one ring lacks (SHA-224):
/// then SCRAM runs without channel binding, as it would with a client that has none, unless
/// the URL says `channel_binding=require`.
pub fn server_end_point(certificate: &[u8]) -> Option<Vec<u8>> {
	use ring::digest::{digest, SHA256, SHA384, SHA512};
	const RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01];
	const ECDSA: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04];
	let oid = signature_algorithm(certificate)?;
	let hash = if let Some(rsa) = oid.strip_prefix(RSA) {
		match rsa {
			// md5WithRSAEncryption, sha1WithRSAEncryption, sha256WithRSAEncryption.
			[0x04] | [0x05] | [0x0b] => &SHA256,
			[0x0c] => &SHA384,
			[0x0d] => &SHA512,
			_ => return None,
		}
	} else if let Some(ecdsa) = oid.strip_prefix(ECDSA) {
		match ecdsa {
			// ecdsa-with-SHA1, ecdsa-with-SHA256.
			[0x01] | [0x03, 0x02] => &SHA256,
			[0x03, 0x03] => &SHA384,
			[0x03, 0x04] => &SHA512,
			_ => return None,
		}
	} else {
		return None;
	};
	Some(digest(hash, certificate).as_ref().to_vec())
}

/// The OID of a DER certificate's `signatureAlgorithm` (the field after `tbsCertificate`).
fn signature_algorithm(certificate: &[u8]) -> Option<&[u8]> {
	const SEQUENCE: u8 = 0x30;
	const OID: u8 = 0x06;
	let (certificate, _) = der(certificate, SEQUENCE)?;
	let (_tbs, rest) = der(certificate, SEQUENCE)?;
	let (algorithm, _) = der(rest, SEQUENCE)?;
	let (oid, _) = der(algorithm, OID)?;
	Some(oid)
}

/// The contents of the DER element at the start of `input`, if its tag is `tag`, and what
/// follows it.
fn der(input: &[u8], tag: u8) -> Option<(&[u8], &[u8])> {
	let (&first, rest) = input.split_first()?;
	if first != tag {
		return None;
	}
	let (&short, rest) = rest.split_first()?;
	let (length, rest) = if short < 0x80 {
		(usize::from(short), rest)
	} else {
		let bytes = usize::from(short & 0x7f);
		if bytes == 0 || bytes > 4 || rest.len() < bytes {
			return None;
		}
		let (length, rest) = rest.split_at(bytes);
		(length.iter().fold(0usize, |n, b| n << 8 | usize::from(*b)), rest)
	};
	(rest.len() >= length).then(|| rest.split_at(length))
}

#[cfg(test)]
pub(crate) mod tests;
