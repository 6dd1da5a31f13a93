//@ spec: 15.6
// `fn(A) -> B` pointers: fn items and capture-free closures coerce to them.
struct Op {
    name: &'static str,
    apply: fn(i64, i64) -> i64,
}

fn add(a: i64, b: i64) -> i64 { a + b }
fn sub(a: i64, b: i64) -> i64 { a - b }

struct Counter { n: i32 }
impl Counter {
    fn new(n: i32) -> Counter { Counter { n } }
    fn bump(c: Counter) -> Counter { Counter { n: c.n + 1 } }
}

fn pick(upper: bool) -> fn(char) -> char {
    if upper { to_upper } else { |c| c }
}
fn to_upper(c: char) -> char { if c >= 'a' && c <= 'z' { (c as u8 - 32) as char } else { c } }

fn apply_all(fs: &[fn(i32) -> i32], x: i32) -> i32 {
    let mut v = x;
    for f in fs {
        v = f(v);
    }
    v
}

fn call_generic<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 { f(x) }

fn halve(x: i32) -> i32 { x / 2 }

fn main() {
    let ops = [
        Op { name: "add", apply: add },
        Op { name: "sub", apply: sub },
        Op { name: "mul", apply: |a, b| a * b },
    ];
    for op in ops.iter() {
        println!("{} -> {}", op.name, (op.apply)(7, 3));
    }
    let make: fn(i32) -> Counter = Counter::new;
    let step: fn(Counter) -> Counter = Counter::bump;
    println!("{}", step(step(make(40))).n);
    let up = pick(true);
    let same = pick(false);
    println!("{}{}", up('x'), same('y'));
    let chain: [fn(i32) -> i32; 3] = [halve, |x| x + 100, halve];
    println!("{}", apply_all(&chain, 50));
    let f: fn(i32) -> i32 = halve;
    println!("{} {}", call_generic(f, 9), call_generic(halve, 9));
    let maybe: Option<fn(i32) -> i32> = Some(halve);
    if let Some(g) = maybe {
        println!("{}", g(64));
    }
    println!("{} {}", std::mem::size_of::<fn(i32) -> i32>(), std::mem::size_of::<Option<fn()>>());
    let mut current: fn(i32) -> i32 = halve;
    println!("{}", current(10));
    current = |x| x * x;
    println!("{}", current(10));
}
