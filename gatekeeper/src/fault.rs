//! Pause points: places in the middle of the gatekeeper's work where a test stops it, to kill
//! or terminate it exactly there and check what a restart makes of it.
//!
//! `MEDREC_GATEKEEPER_PAUSE_AT=anchor-after-submit` (a comma-separated list of points) makes
//! the task that reaches a listed point log `paused at anchor-after-submit` and wait there
//! forever. Debug builds only: a release build has no pause points, whatever its environment.
//!
//! | point | where |
//! |---|---|
//! | `anchor-before-submit` | an anchoring round computed its root, nothing is submitted yet |
//! | `anchor-after-submit` | the anchoring transaction is in the node's pool, not yet in a block |
//! | `anchor-after-finality` | it is in a finalized block, not yet recorded here |
//! | `publish-before-submit` | a publisher batch is signed and journaled, not submitted |
//! | `publish-after-submit` | the batch is in the node's pool, not yet recorded |

/// Waits forever if the environment names `point` (debug builds only).
pub async fn pause_point(point: &str) {
	#[cfg(debug_assertions)]
	if std::env::var("MEDREC_GATEKEEPER_PAUSE_AT")
		.is_ok_and(|points| points.split(',').any(|p| p.trim() == point))
	{
		tracing::warn!("paused at {point} (MEDREC_GATEKEEPER_PAUSE_AT)");
		std::future::pending::<()>().await;
	}
	#[cfg(not(debug_assertions))]
	let _ = point;
}
