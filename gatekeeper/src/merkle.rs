//! The binary Merkle tree over receipts: the gatekeeper signs one root per committed batch
//! of receipts, and anchors on chain the root of every receipt since the last anchor.
//!
//! Leaves are BLAKE2-256 hashes of SCALE-encoded receipts, in receipt order. Each level pairs
//! neighbours, `parent = BLAKE2-256(left ‖ right)`; a level's last node without a neighbour
//! moves up unchanged (it is not paired with itself, so no two leaf lists share a root by
//! duplication). The anchor records the leaf count, which fixes the tree's shape: a proof is
//! the list of sibling hashes, bottom up, and the leaf's index says on which side each one is.

use polkadot_sdk::{sp_core::H256, sp_crypto_hashing::blake2_256};

fn parent(left: &H256, right: &H256) -> H256 {
	let mut both = [0u8; 64];
	both[..32].copy_from_slice(left.as_bytes());
	both[32..].copy_from_slice(right.as_bytes());
	H256(blake2_256(&both))
}

fn next_level(level: &[H256]) -> Vec<H256> {
	level
		.chunks(2)
		.map(|pair| match pair {
			[left, right] => parent(left, right),
			[alone] => *alone,
			_ => unreachable!("chunks(2) yields one or two items; qed"),
		})
		.collect()
}

/// Every level of the tree over some leaves, kept to give the proof of each leaf in
/// O(log n) (a commit batch needs all of them).
pub struct Tree {
	/// From the leaves up to the root; empty for no leaves.
	levels: Vec<Vec<H256>>,
}

impl Tree {
	pub fn new(leaves: Vec<H256>) -> Self {
		let mut levels = Vec::new();
		if !leaves.is_empty() {
			levels.push(leaves);
		}
		while let Some(top) = levels.last().filter(|level| level.len() > 1) {
			let next = next_level(top);
			levels.push(next);
		}
		Self { levels }
	}

	/// The root; `None` for no leaves (nothing is anchored or signed then).
	pub fn root(&self) -> Option<H256> {
		self.levels.last().and_then(|top| top.first()).copied()
	}

	/// The sibling hashes that lead from leaf `index` to the root.
	pub fn proof(&self, mut index: usize) -> Option<Vec<H256>> {
		if index >= self.levels.first().map_or(0, Vec::len) {
			return None;
		}
		let mut siblings = Vec::with_capacity(self.levels.len());
		for level in &self.levels[..self.levels.len() - 1] {
			if let Some(sibling) = level.get(index ^ 1) {
				siblings.push(*sibling);
			}
			index /= 2;
		}
		Some(siblings)
	}
}

/// The root of `leaves`; `None` for no leaves.
pub fn root(leaves: &[H256]) -> Option<H256> {
	Tree::new(leaves.to_vec()).root()
}

/// The sibling hashes that lead from leaf `index` of `leaves` to the root.
pub fn proof(leaves: &[H256], index: usize) -> Option<Vec<H256>> {
	Tree::new(leaves.to_vec()).proof(index)
}

/// Whether `leaf` is leaf `index` of `count` leaves under `root`, by `proof`.
pub fn verify(root: H256, leaf: H256, mut index: usize, mut count: usize, proof: &[H256]) -> bool {
	if index >= count {
		return false;
	}
	let mut hash = leaf;
	let mut siblings = proof.iter();
	while count > 1 {
		let sibling = index ^ 1;
		if sibling < count {
			let Some(other) = siblings.next() else { return false };
			hash =
				if index.is_multiple_of(2) { parent(&hash, other) } else { parent(other, &hash) };
		}
		index /= 2;
		count = count.div_ceil(2);
	}
	siblings.next().is_none() && hash == root
}

#[cfg(test)]
mod tests {
	use super::*;

	fn leaves(n: usize) -> Vec<H256> {
		(0..n).map(|i| H256(blake2_256(&(i as u64).to_le_bytes()))).collect()
	}

	#[test]
	fn every_leaf_of_every_size_up_to_33_proves_and_no_other_does() {
		for n in 1..=33 {
			let leaves = leaves(n);
			let root = root(&leaves).expect("non-empty");
			for (i, leaf) in leaves.iter().enumerate() {
				let proof = proof(&leaves, i).expect("in range");
				assert!(verify(root, *leaf, i, n, &proof), "leaf {i} of {n}");
				// The same proof fails for another index, leaf or root.
				if n > 1 {
					assert!(!verify(root, *leaf, (i + 1) % n, n, &proof), "index {i} of {n}");
				}
				assert!(!verify(root, H256::repeat_byte(7), i, n, &proof));
				assert!(!verify(H256::repeat_byte(7), *leaf, i, n, &proof));
			}
			assert!(proof(&leaves, n).is_none());
			// One tree gives every proof, the same as building the tree for each.
			let tree = Tree::new(leaves.clone());
			assert_eq!(tree.root(), Some(root));
			for i in 0..n {
				assert_eq!(tree.proof(i), proof(&leaves, i));
			}
		}
	}

	#[test]
	fn a_single_leaf_is_its_own_root_and_no_leaves_have_none() {
		let one = leaves(1);
		assert_eq!(root(&one), Some(one[0]));
		assert_eq!(proof(&one, 0), Some(vec![]));
		assert_eq!(root(&[]), None);
	}

	#[test]
	fn roots_commit_to_order_and_to_the_odd_leaf() {
		let mut l = leaves(3);
		let r = root(&l);
		l.swap(0, 1);
		assert_ne!(root(&l), r);
		// Three leaves and the same three with the last duplicated differ.
		let three = leaves(3);
		let mut four = three.clone();
		four.push(three[2]);
		assert_ne!(root(&three), root(&four));
	}
}
