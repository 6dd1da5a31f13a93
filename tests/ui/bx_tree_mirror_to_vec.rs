//@ spec: 12.7, 17.1
// Tree transformations that consume the tree: mirror swaps children by destructuring
// `*node`, and to_vec drains values out of the boxes, so each payload moves exactly once.
struct V(i32);
impl Drop for V {
    fn drop(&mut self) {
        println!("  drop V{}", self.0);
    }
}

struct T {
    v: V,
    l: Option<Box<T>>,
    r: Option<Box<T>>,
}

fn leaf(n: i32) -> Option<Box<T>> {
    Some(Box::new(T { v: V(n), l: None, r: None }))
}

fn node(n: i32, l: Option<Box<T>>, r: Option<Box<T>>) -> Option<Box<T>> {
    Some(Box::new(T { v: V(n), l, r }))
}

fn mirror(t: Option<Box<T>>) -> Option<Box<T>> {
    t.map(|b| {
        let T { v, l, r } = *b;
        Box::new(T { v, l: mirror(r), r: mirror(l) })
    })
}

fn to_vec(t: Option<Box<T>>, out: &mut Vec<V>) {
    if let Some(b) = t {
        to_vec(b.l, out);
        out.push(b.v);
        to_vec(b.r, out);
    }
}

fn sum(t: &Option<Box<T>>) -> i32 {
    match t {
        Some(b) => b.v.0 + sum(&b.l) + sum(&b.r),
        None => 0,
    }
}

fn prune_left(t: Box<T>) -> Box<T> {
    let kept_right = t.r;
    println!("  pruning, root {}", t.v.0);
    Box::new(T { v: V(t.v.0 * 10), l: None, r: kept_right })
}

fn main() {
    let t = node(1, node(2, leaf(4), None), leaf(3));
    println!("sum {}", sum(&t));
    let m = mirror(t);
    let mut out = Vec::new();
    to_vec(m, &mut out);
    let order: Vec<i32> = out.iter().map(|v| v.0).collect();
    println!("mirrored in-order {:?}", order);
    drop(out);
    println!("prune:");
    let p = prune_left(node(5, leaf(6), leaf(7)).unwrap());
    println!("  new root {} right {}", p.v.0, p.r.is_some());
    println!("end");
}
