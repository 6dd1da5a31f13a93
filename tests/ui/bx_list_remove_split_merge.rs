//@ spec: 12.7, 17.1
// Remove-by-value, split at an index, and merge of two sorted lists, written by moving
// boxes and their `next` fields around; any node left out is dropped at once.
struct Node {
    val: u32,
    next: Option<Box<Node>>,
}

fn from(vals: &[u32]) -> Option<Box<Node>> {
    let mut head = None;
    for &v in vals.iter().rev() {
        head = Some(Box::new(Node { val: v, next: head }));
    }
    head
}

fn to_vec(mut cur: &Option<Box<Node>>) -> Vec<u32> {
    let mut v = Vec::new();
    while let Some(n) = cur {
        v.push(n.val);
        cur = &n.next;
    }
    v
}

fn remove_all(list: Option<Box<Node>>, x: u32) -> Option<Box<Node>> {
    match list {
        None => None,
        Some(node) => {
            let Node { val, next } = *node;
            let rest = remove_all(next, x);
            if val == x {
                rest
            } else {
                Some(Box::new(Node { val, next: rest }))
            }
        }
    }
}

fn split(list: Option<Box<Node>>, k: usize) -> (Option<Box<Node>>, Option<Box<Node>>) {
    if k == 0 {
        return (None, list);
    }
    match list {
        None => (None, None),
        Some(mut node) => {
            let (front, back) = split(node.next.take(), k - 1);
            node.next = front;
            (Some(node), back)
        }
    }
}

fn merge(a: Option<Box<Node>>, b: Option<Box<Node>>) -> Option<Box<Node>> {
    match (a, b) {
        (None, r) | (r, None) => r,
        (Some(x), Some(y)) => {
            if x.val <= y.val {
                let rest = merge(x.next, Some(y));
                Some(Box::new(Node { val: x.val, next: rest }))
            } else {
                let rest = merge(Some(x), y.next);
                Some(Box::new(Node { val: y.val, next: rest }))
            }
        }
    }
}

fn main() {
    let l = from(&[3, 1, 3, 4, 3, 5]);
    let l = remove_all(l, 3);
    println!("removed 3: {:?}", to_vec(&l));
    let (a, b) = split(from(&[1, 2, 3, 4, 5]), 2);
    println!("split: {:?} | {:?}", to_vec(&a), to_vec(&b));
    let m = merge(from(&[1, 4, 6, 9]), from(&[2, 3, 7]));
    println!("merged: {:?}", to_vec(&m));
    let m2 = merge(m, l);
    println!("merged again: {:?}", to_vec(&m2));
}
