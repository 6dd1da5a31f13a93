//@ run-pass
//@ spec: 20.5
// Naive checker: rejects walking down a Box tree with a &mut cursor that is reassigned.
struct Tree { val: i32, left: Option<Box<Tree>>, right: Option<Box<Tree>> }
fn insert(root: &mut Tree, val: i32) {
    let mut cur = root;
    loop {
        let slot = if val < cur.val { &mut cur.left } else { &mut cur.right };
        match slot {
            Some(next) => cur = next,
            None => {
                *slot = Some(Box::new(Tree { val, left: None, right: None }));
                return;
            }
        }
    }
}
fn walk(t: &Tree, out: &mut Vec<i32>) {
    if let Some(l) = &t.left { walk(l, out); }
    out.push(t.val);
    if let Some(r) = &t.right { walk(r, out); }
}
fn main() {
    let mut t = Tree { val: 5, left: None, right: None };
    for x in [3, 8, 1, 4, 9, 7] { insert(&mut t, x); }
    let mut out = Vec::new();
    walk(&t, &mut out);
    println!("{:?}", out);
}
