//@ spec: 17.1, 17.2, 13.5, 16.7
// A trie-like decision tree of Option<Box<Node>> children: building paths through
// get_or_insert-style matching on &mut Option<Box<_>>, counting leaves, and collecting
// every root-to-leaf path into a Vec<String>.
struct Node {
    label: char,
    yes: Option<Box<Node>>,
    no: Option<Box<Node>>,
}

impl Node {
    fn new(label: char) -> Node {
        Node { label, yes: None, no: None }
    }
}

fn add_path(slot: &mut Option<Box<Node>>, path: &str) {
    let mut chars = path.chars();
    let c = match chars.next() {
        Some(c) => c,
        None => return,
    };
    if slot.is_none() {
        *slot = Some(Box::new(Node::new(c)));
    }
    let node = slot.as_mut().unwrap();
    let rest: String = chars.collect();
    if rest.starts_with("y") {
        add_path(&mut node.yes, &rest[1..]);
    } else if rest.starts_with("n") {
        add_path(&mut node.no, &rest[1..]);
    }
}

fn leaves(slot: &Option<Box<Node>>) -> usize {
    match slot {
        None => 0,
        Some(n) if n.yes.is_none() && n.no.is_none() => 1,
        Some(n) => leaves(&n.yes) + leaves(&n.no),
    }
}

fn paths(slot: &Option<Box<Node>>, prefix: String, out: &mut Vec<String>) {
    if let Some(n) = slot {
        let here = format!("{}{}", prefix, n.label);
        if n.yes.is_none() && n.no.is_none() {
            out.push(here);
        } else {
            paths(&n.yes, format!("{}-y-", here), out);
            paths(&n.no, format!("{}-n-", here), out);
        }
    }
}

fn main() {
    let mut root: Option<Box<Node>> = None;
    for p in ["AyB", "AyByC", "AnD", "AnDnE", "AnDyF"] {
        add_path(&mut root, p);
    }
    println!("leaves {}", leaves(&root));
    let mut all = Vec::new();
    paths(&root, String::new(), &mut all);
    for p in &all {
        println!("{}", p);
    }
    let right_label = root.as_ref().and_then(|r| r.no.as_ref()).map(|n| n.label);
    println!("root.no label {:?}", right_label);
    let deep = root.as_ref().and_then(|r| r.yes.as_ref()).and_then(|n| n.no.as_ref()).map(|n| n.label);
    println!("root.yes.no {:?}", deep);
    if let Some(r) = root.as_mut() {
        r.no = None;
    }
    println!("after pruning: leaves {}", leaves(&root));
}
