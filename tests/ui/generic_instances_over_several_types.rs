//@ run-pass
//@ spec: 9.9
// Generic fns instantiated with primitives, String, Vec and a type with Drop: each
// instance is the checked generic body with the instance's types, so values of T are
// moved, kept and dropped exactly where the generic body says, whatever T is.
struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn keep_first<T>(a: T, b: T) -> T {
    let _second = b;
    println!("keeping the first");
    a
}

fn swap_pair<A, B>(p: (A, B)) -> (B, A) {
    let (a, b) = p;
    (b, a)
}

fn last_of<T>(mut v: Vec<T>) -> Option<T> {
    let last = v.pop();
    println!("{} left behind", v.len());
    last
}

fn maybe<T>(keep: bool, x: T) -> Option<T> {
    if keep { Some(x) } else { None }
}

fn main() {
    let n = keep_first(1, 2);
    println!("{}", n);
    let f = keep_first(1.5, 2.5);
    println!("{}", f);
    let s = keep_first(String::from("one"), String::from("two"));
    println!("{}", s);
    let l = keep_first(Loud("a"), Loud("b"));
    println!("kept {}", l.0);

    let (x, y) = swap_pair((Loud("c"), 7u8));
    println!("{} {}", x, y.0);
    let (v, w) = swap_pair((vec![1, 2], String::from("s")));
    println!("{} {:?}", v, w);

    let last = last_of(vec![Loud("d"), Loud("e"), Loud("f")]);
    println!("got {}", last.as_ref().map(|l| l.0).unwrap_or("none"));
    let none: Option<i64> = last_of(Vec::new());
    println!("{:?}", none);
    println!("{:?}", last_of(vec![String::from("g")]));

    let kept = maybe(true, Loud("h"));
    let dropped = maybe(false, Loud("i"));
    println!("{} {}", kept.is_some(), dropped.is_some());
    println!("{:?} {:?}", maybe(true, 'z'), maybe(false, 3u16));
}
