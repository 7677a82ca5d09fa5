//! The harness's only source of randomness: SplitMix64, seeded from a `u64`, so that a seed
//! replays a run exactly (and nothing is added to `Cargo.lock`).

/// SplitMix64 (Steele, Lea and Flood, 2014): one 64-bit state, a full-period sequence, good
/// enough statistics for choosing calls, and no dependency.
pub struct Rng(u64);

impl Rng {
	pub fn new(seed: u64) -> Self {
		Self(seed)
	}

	pub fn next_u64(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		z ^ (z >> 31)
	}

	/// A number in `0..n` (`0` when `n` is 0). The modulo bias is below 2^-32 for the small
	/// `n` used here.
	pub fn below(&mut self, n: u64) -> u64 {
		if n == 0 {
			0
		} else {
			self.next_u64() % n
		}
	}

	/// A number in `low..=high`.
	pub fn between(&mut self, low: u64, high: u64) -> u64 {
		low + self.below(high.saturating_sub(low) + 1)
	}

	/// `true` with probability `percent`/100.
	pub fn chance(&mut self, percent: u64) -> bool {
		self.below(100) < percent
	}

	/// An element of `items`, if there is one.
	pub fn pick<T: Clone>(&mut self, items: &[T]) -> Option<T> {
		(!items.is_empty()).then(|| items[self.below(items.len() as u64) as usize].clone())
	}

	/// A reference to an element of `items`, if there is one.
	pub fn pick_ref<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
		(!items.is_empty()).then(|| &items[self.below(items.len() as u64) as usize])
	}

	/// An index into `weights`, each chosen in proportion to its weight.
	pub fn weighted(&mut self, weights: &[u64]) -> usize {
		let mut roll = self.below(weights.iter().sum());
		for (i, w) in weights.iter().enumerate() {
			if roll < *w {
				return i;
			}
			roll -= w;
		}
		weights.len() - 1
	}

	pub fn bytes<const N: usize>(&mut self) -> [u8; N] {
		let mut out = [0u8; N];
		for chunk in out.chunks_mut(8) {
			let word = self.next_u64().to_le_bytes();
			chunk.copy_from_slice(&word[..chunk.len()]);
		}
		out
	}
}
