//@ spec: 17.1, 17.2, 11.16
// A binary search tree of Option<Box<Node>> is the classic first recursive heap type:
// insertion through `&mut Option<Box<_>>`, search, in-order walk, height and min/max.
#[derive(Debug)]
struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

fn insert(slot: &mut Option<Box<Node>>, key: i32) -> bool {
    match slot {
        None => {
            *slot = Some(Box::new(Node { key, left: None, right: None }));
            true
        }
        Some(node) => {
            if key < node.key {
                insert(&mut node.left, key)
            } else if key > node.key {
                insert(&mut node.right, key)
            } else {
                false
            }
        }
    }
}

fn contains(slot: &Option<Box<Node>>, key: i32) -> bool {
    match slot {
        None => false,
        Some(n) if n.key == key => true,
        Some(n) => contains(if key < n.key { &n.left } else { &n.right }, key),
    }
}

fn in_order(slot: &Option<Box<Node>>, out: &mut Vec<i32>) {
    if let Some(n) = slot {
        in_order(&n.left, out);
        out.push(n.key);
        in_order(&n.right, out);
    }
}

fn height(slot: &Option<Box<Node>>) -> usize {
    match slot {
        None => 0,
        Some(n) => 1 + height(&n.left).max(height(&n.right)),
    }
}

fn min_key(slot: &Option<Box<Node>>) -> Option<i32> {
    let mut cur = slot.as_ref()?;
    while let Some(next) = cur.left.as_ref() {
        cur = next;
    }
    Some(cur.key)
}

fn main() {
    let mut root: Option<Box<Node>> = None;
    println!("empty min: {:?}, height {}", min_key(&root), height(&root));
    for k in [50, 30, 70, 20, 40, 60, 80, 30, 65] {
        let added = insert(&mut root, k);
        println!("insert {} -> {}", k, added);
    }
    let mut keys = Vec::new();
    in_order(&root, &mut keys);
    println!("in order: {:?}", keys);
    println!("height: {}", height(&root));
    println!("min: {:?}", min_key(&root));
    for q in [40, 45, 65, 10] {
        println!("contains {}? {}", q, contains(&root, q));
    }
    let leaf = Node { key: 1, left: None, right: Some(Box::new(Node { key: 2, left: None, right: None })) };
    println!("{:?}", leaf);
}
