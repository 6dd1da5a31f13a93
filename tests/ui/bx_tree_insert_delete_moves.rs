//@ spec: 12.7, 17.1
// BST deletion by value moves node.left / node.right out of the owned box and rebuilds;
// the removed key's payload must be dropped exactly once, the rest survive.
struct Item(i32);
impl Drop for Item {
    fn drop(&mut self) {
        println!("  drop item {}", self.0);
    }
}

struct Tree {
    item: Item,
    left: Option<Box<Tree>>,
    right: Option<Box<Tree>>,
}

fn insert(t: Option<Box<Tree>>, k: i32) -> Option<Box<Tree>> {
    match t {
        None => Some(Box::new(Tree { item: Item(k), left: None, right: None })),
        Some(mut n) => {
            if k < n.item.0 {
                n.left = insert(n.left, k);
            } else {
                n.right = insert(n.right, k);
            }
            Some(n)
        }
    }
}

fn take_min(mut n: Box<Tree>) -> (Item, Option<Box<Tree>>) {
    match n.left {
        None => (n.item, n.right),
        Some(l) => {
            let (min, rest) = take_min(l);
            n.left = rest;
            (min, Some(n))
        }
    }
}

fn delete(t: Option<Box<Tree>>, k: i32) -> Option<Box<Tree>> {
    let mut n = t?;
    if k < n.item.0 {
        n.left = delete(n.left, k);
        Some(n)
    } else if k > n.item.0 {
        n.right = delete(n.right, k);
        Some(n)
    } else {
        match (n.left, n.right) {
            (None, r) => r,
            (l, None) => l,
            (l, Some(r)) => {
                let (min, rest) = take_min(r);
                Some(Box::new(Tree { item: min, left: l, right: rest }))
            }
        }
    }
}

fn in_order(t: &Option<Box<Tree>>, out: &mut Vec<i32>) {
    if let Some(n) = t {
        in_order(&n.left, out);
        out.push(n.item.0);
        in_order(&n.right, out);
    }
}

fn main() {
    let mut t = None;
    for k in [50, 30, 70, 20, 40, 60, 80, 35] {
        t = insert(t, k);
    }
    for k in [30, 20, 99, 50] {
        println!("delete {}", k);
        t = delete(t, k);
        let mut v = Vec::new();
        in_order(&t, &mut v);
        println!("  now {:?}", v);
    }
    println!("end");
}
