//@ spec: 17.1, 17.2, 13.2, 14.3, 14.13
// A binary search tree of (key, count) over Option<Box<Node>>: insert walks with &mut
// down to an empty link and fills it, in-order traversal yields sorted keys.
use std::cmp::Ordering;

struct Node<K> {
    key: K,
    count: u32,
    left: Option<Box<Node<K>>>,
    right: Option<Box<Node<K>>>,
}

struct Tree<K> {
    root: Option<Box<Node<K>>>,
}

impl<K: Ord + Copy + std::fmt::Debug> Tree<K> {
    fn insert(&mut self, key: K) {
        let mut link = &mut self.root;
        while let Some(node) = link {
            match key.cmp(&node.key) {
                Ordering::Less => link = &mut node.left,
                Ordering::Greater => link = &mut node.right,
                Ordering::Equal => {
                    node.count += 1;
                    return;
                }
            }
        }
        *link = Some(Box::new(Node { key, count: 1, left: None, right: None }));
    }
    fn contains(&self, key: K) -> bool {
        let mut cur = &self.root;
        while let Some(node) = cur {
            if key == node.key {
                return true;
            }
            cur = if key < node.key { &node.left } else { &node.right };
        }
        false
    }
    fn height(node: &Option<Box<Node<K>>>) -> usize {
        match node {
            None => 0,
            Some(n) => 1 + Tree::height(&n.left).max(Tree::height(&n.right)),
        }
    }
    fn in_order(node: &Option<Box<Node<K>>>, out: &mut Vec<(K, u32)>) {
        if let Some(n) = node {
            Tree::in_order(&n.left, out);
            out.push((n.key, n.count));
            Tree::in_order(&n.right, out);
        }
    }
}

fn main() {
    let mut t = Tree { root: None };
    for c in "mississippi river".chars().filter(|c| c.is_alphabetic()) {
        t.insert(c);
    }
    let mut out = Vec::new();
    Tree::in_order(&t.root, &mut out);
    for (k, n) in &out {
        print!("{}:{} ", k, n);
    }
    println!();
    println!("has 'r' {} has 'z' {}", t.contains('r'), t.contains('z'));
    println!("height {}", Tree::height(&t.root));

    let mut nums = Tree { root: None };
    for n in [50, 30, 70, 20, 40, 60, 80, 30, 20] {
        nums.insert(n);
    }
    let mut sorted = Vec::new();
    Tree::in_order(&nums.root, &mut sorted);
    let keys: Vec<i32> = sorted.iter().map(|&(k, _)| k).collect();
    let dups: Vec<i32> = sorted.iter().filter(|p| p.1 > 1).map(|p| p.0).collect();
    println!("{:?} dups {:?} height {}", keys, dups, Tree::height(&nums.root));
}
